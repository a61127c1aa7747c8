/** Households: start one (its creator is its owner), read it, rename it, delete it with everything in it. */
import { z } from "zod";
import { afterDeletion, deleteHouseholdData } from "../account/delete-account.ts";
import { defineRoute } from "../http/route.ts";
import { householdParams, ok } from "../http/schemas.ts";
import { isoNow } from "../services.ts";
import { insertHousehold, renameHousehold } from "../store/households.ts";
import { addMember } from "../store/members.ts";
import { requireOwner } from "./access.ts";
import { householdView, loadHousehold } from "./views.ts";

const householdName = z.string().trim().min(1, { message: "Give the household a name" }).max(80);

export const householdRoutes = [
  defineRoute({
    method: "POST",
    url: "/api/households",
    summary: "Create a household; its creator becomes its owner",
    tag: "households",
    auth: true,
    status: 201,
    body: z.object({ name: householdName }),
    response: householdView,
    handler: async ({ principal, services, body }) => {
      const householdId = services.newId();
      const now = isoNow(services);
      await services.db.transaction().execute(async (tx) => {
        await insertHousehold(tx, { id: householdId, name: body.name }, now);
        await addMember(
          tx,
          { householdId, userId: principal.userId, role: "owner", accessUntil: null, windowDays: null },
          now,
        );
      });
      return loadHousehold(services, householdId, principal.userId);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/households/:householdId",
    summary: "A household with its members and babies",
    tag: "households",
    auth: true,
    params: householdParams,
    response: householdView,
    handler: ({ principal, services, params }) =>
      loadHousehold(services, params.householdId, principal.userId),
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/households/:householdId",
    summary: "Rename a household",
    tag: "households",
    auth: true,
    params: householdParams,
    body: z.object({ name: householdName }),
    response: householdView,
    handler: async ({ principal, services, params, body }) => {
      await requireOwner(services, params.householdId, principal.userId);
      await renameHousehold(services.db, params.householdId, body.name);
      return loadHousehold(services, params.householdId, principal.userId);
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/households/:householdId",
    summary: "Delete a household and everything in it",
    tag: "households",
    auth: true,
    params: householdParams,
    response: ok,
    handler: async ({ principal, services, params }) => {
      await requireOwner(services, params.householdId, principal.userId);
      await services.db.transaction().execute((tx) => deleteHouseholdData(tx, params.householdId));
      await afterDeletion(services);
      services.live.accessChanged({ householdId: params.householdId });
      return { ok: true };
    },
  }),
];
