/** A household's members: an owner changes a role or a helper's access, or removes someone; anyone may leave. */
import { canManagePeople, role } from "@attune/core";
import { z } from "zod";
import { deleteHouseholdData } from "../account/delete-account.ts";
import { ApiError, forbidden, notFound } from "../http/errors.ts";
import { defineRoute } from "../http/route.ts";
import { id, ok } from "../http/schemas.ts";
import { withdrawInvitesBeyond } from "../invites/validity.ts";
import { householdHasData } from "../store/households.ts";
import { countOthers, countOwners, findMember, removeMember, updateMember } from "../store/members.ts";
import { requireMember, requireOwner } from "./access.ts";
import { householdView, loadHousehold } from "./views.ts";

const memberParams = z.object({ householdId: id, userId: id });

export const memberRoutes = [
  defineRoute({
    method: "PATCH",
    url: "/api/households/:householdId/members/:userId",
    summary: "Change a member's role, or when a helper's access ends",
    tag: "households",
    auth: true,
    params: memberParams,
    body: z
      .object({
        role: role.optional(),
        accessUntil: z.iso.datetime().nullable().optional(),
        windowDays: z.number().int().min(1).max(14).optional(),
      })
      .strict(),
    response: householdView,
    handler: async ({ principal, services, params, body }) => {
      const { householdId, userId } = params;
      await requireOwner(services, householdId, principal.userId);
      const member = await findMember(services.db, householdId, userId);
      if (!member) throw notFound("No such member");
      if (
        member.role === "owner" &&
        body.role &&
        body.role !== "owner" &&
        (await countOwners(services.db, householdId)) < 2
      ) {
        throw new ApiError(409, "last_owner", "A household needs at least one owner");
      }
      const nextRole = body.role ?? member.role;
      const helper = nextRole === "helper";
      await updateMember(services.db, householdId, userId, {
        role: nextRole,
        // Only a helper has an end of access and a window; a new window leaves the end as it was.
        ...(!helper ? { accessUntil: null, windowDays: null } : {}),
        ...(helper && body.accessUntil !== undefined ? { accessUntil: body.accessUntil } : {}),
        ...(helper && body.windowDays !== undefined ? { windowDays: body.windowDays } : {}),
      });
      if (nextRole !== member.role) await withdrawInvitesBeyond(services, householdId, userId);
      services.live.accessChanged({ householdId, userId });
      return loadHousehold(services, householdId, principal.userId);
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/households/:householdId/members/:userId",
    summary: "Remove a member (an owner may remove anyone; anyone may leave)",
    tag: "households",
    auth: true,
    params: memberParams,
    response: ok,
    handler: async ({ principal, services, params }) => {
      const { householdId, userId } = params;
      const access = await requireMember(services, householdId, principal.userId);
      if (userId !== principal.userId && !canManagePeople(access))
        throw forbidden("Only an owner can remove someone else");
      const member = await findMember(services.db, householdId, userId);
      if (!member) throw notFound("No such member");
      if (member.role === "owner" && (await countOwners(services.db, householdId)) < 2) {
        if (await countOthers(services.db, householdId, userId))
          throw new ApiError(409, "last_owner", "Make someone else an owner before the last owner leaves");
        // The last person leaving would leave the family's journal where nobody can reach or delete it.
        if (await householdHasData(services.db, householdId))
          throw new ApiError(
            409,
            "last_member",
            "You are the last person in this household: delete the household, or invite someone and make them an owner, before you leave",
          );
        await services.db.transaction().execute((tx) => deleteHouseholdData(tx, householdId));
        services.live.accessChanged({ householdId });
        return { ok: true };
      }
      await removeMember(services.db, householdId, userId);
      await withdrawInvitesBeyond(services, householdId, userId);
      services.live.accessChanged({ householdId, userId });
      return { ok: true };
    },
  }),
];
