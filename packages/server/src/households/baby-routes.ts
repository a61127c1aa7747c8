/** A household's babies: add one, change a baby's details, remove one (its entries stay in the journal). */
import {
  type BabyDetails,
  babyNameMax,
  babyProblems,
  babySexes,
  canEditFamilyDetails,
  isTimeZone,
} from "@attune/core";
import { z } from "zod";
import { ApiError, forbidden, notFound } from "../http/errors.ts";
import { defineRoute } from "../http/route.ts";
import { householdParams, id, ok } from "../http/schemas.ts";
import { isoNow } from "../services.ts";
import { deleteBaby, findBaby, insertBaby, updateBaby } from "../store/babies.ts";
import { requireMember, requireOwner } from "./access.ts";
import { babyView } from "./views.ts";

const isoDate = z.iso.date({ message: "Use a date like 2026-03-14" });
const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, { message: "Use a time zone name like Europe/Madrid or America/Mexico_City" });

const babyBody = z.object({
  name: z.string().trim().min(1, { message: "Enter the baby's name" }).max(babyNameMax),
  birthDate: isoDate,
  dueDate: isoDate.nullable().optional(),
  timeZone,
  sex: z.enum(babySexes, { message: 'Choose "female" or "male", or leave it out' }).nullable().optional(),
});

const problemMessages = {
  required: "is required",
  too_long: "is too long",
  invalid_date: "is not a date like 2026-03-14",
  future: "is in the future",
  due_far: "must be within six months of the birth date",
  invalid_zone: "is not a time zone",
} as const;

/** The baby's rules (core's `babyProblems`), the same the app's baby form checks before sending. */
const checkBaby = (now: number, baby: BabyDetails) => {
  const problems = Object.entries(babyProblems(baby, now));
  if (!problems.length) return;
  const details = problems.map(([path, code]) => ({ path, code, message: problemMessages[code] }));
  throw new ApiError(400, "invalid_body", details.map((d) => `${d.path} ${d.message}`).join("; "), details);
};

const babyParams = z.object({ householdId: id, babyId: id });

export const babyRoutes = [
  defineRoute({
    method: "POST",
    url: "/api/households/:householdId/babies",
    summary: "Add a baby",
    tag: "households",
    auth: true,
    status: 201,
    params: householdParams,
    body: babyBody,
    response: babyView,
    handler: async ({ principal, services, params, body }) => {
      const access = await requireMember(services, params.householdId, principal.userId);
      if (!canEditFamilyDetails(access)) throw forbidden("A helper cannot add babies");
      const baby = {
        id: services.newId(),
        name: body.name,
        birthDate: body.birthDate,
        dueDate: body.dueDate ?? null,
        sex: body.sex ?? null,
        timeZone: body.timeZone,
      };
      checkBaby(services.now(), baby);
      return insertBaby(services.db, params.householdId, baby, isoNow(services));
    },
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/households/:householdId/babies/:babyId",
    summary: "Change a baby's details",
    tag: "households",
    auth: true,
    params: babyParams,
    body: babyBody.partial().strict(),
    response: babyView,
    handler: async ({ principal, services, params, body }) => {
      const access = await requireMember(services, params.householdId, principal.userId);
      if (!canEditFamilyDetails(access)) throw forbidden("A helper cannot change a baby's details");
      const baby = await findBaby(services.db, params.householdId, params.babyId);
      if (!baby) throw notFound("No such baby");
      const next = {
        ...baby,
        name: body.name ?? baby.name,
        birthDate: body.birthDate ?? baby.birthDate,
        dueDate: body.dueDate === undefined ? baby.dueDate : body.dueDate,
        sex: body.sex === undefined ? baby.sex : body.sex,
        timeZone: body.timeZone ?? baby.timeZone,
      };
      checkBaby(services.now(), next);
      return updateBaby(services.db, next);
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/households/:householdId/babies/:babyId",
    summary: "Remove a baby (its entries stay in the journal)",
    tag: "households",
    auth: true,
    params: babyParams,
    response: ok,
    handler: async ({ principal, services, params }) => {
      await requireOwner(services, params.householdId, principal.userId);
      if (!(await deleteBaby(services.db, params.householdId, params.babyId))) throw notFound("No such baby");
      return { ok: true };
    },
  }),
];
