/** Households, their members and roles, and their babies. */
import {
  type BabyDetails,
  babyNameMax,
  babyProblems,
  babySexes,
  canEditFamilyDetails,
  canManagePeople,
  isTimeZone,
  role,
} from "@attune/core";
import { z } from "zod";
import { afterDeletion, deleteHouseholdData } from "../account/delete-account.ts";
import { ApiError, forbidden, notFound } from "../http/errors.ts";
import { defineRoute } from "../http/route.ts";
import { householdParams, id, ok } from "../http/schemas.ts";
import { withdrawInvitesBeyond } from "../invites/validity.ts";
import { isoNow, type Services } from "../services.ts";
import { requireMember, requireOwner } from "./access.ts";

const householdName = z.string().trim().min(1, { message: "Give the household a name" }).max(80);
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

const babyView = z.object({
  id,
  name: z.string(),
  birthDate: z.string(),
  dueDate: z.string().nullable(),
  timeZone: z.string(),
  sex: z.enum(babySexes).nullable(),
});

const memberView = z.object({
  userId: id,
  name: z.string(),
  role,
  accessUntil: z.string().nullable(),
  windowDays: z.number().nullable(),
});

const householdView = z.object({
  id,
  name: z.string(),
  role,
  members: z.array(memberView),
  babies: z.array(babyView),
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

const babyRow = (b: {
  id: string;
  name: string;
  birth_date: string;
  due_date: string | null;
  time_zone: string;
  sex: string | null;
}): BabyDetails & { readonly id: string } => ({
  id: b.id,
  name: b.name,
  birthDate: b.birth_date,
  dueDate: b.due_date,
  sex: (babySexes as readonly (string | null)[]).includes(b.sex) ? (b.sex as BabyDetails["sex"]) : null,
  timeZone: b.time_zone,
});

const loadHousehold = async (services: Services, householdId: string, userId: string) => {
  const access = await requireMember(services, householdId, userId);
  const household = await services.db
    .selectFrom("households")
    .select(["id", "name"])
    .where("id", "=", householdId)
    .executeTakeFirstOrThrow();
  const members = await services.db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select([
      "users.id",
      "users.name",
      "memberships.role",
      "memberships.access_until",
      "memberships.window_days",
    ])
    .where("memberships.household_id", "=", householdId)
    .orderBy("memberships.created_at")
    .execute();
  const babies = await services.db
    .selectFrom("babies")
    .selectAll()
    .where("household_id", "=", householdId)
    .orderBy("created_at")
    .execute();
  return {
    id: household.id,
    name: household.name,
    role: access.role,
    members: members.map((m) => ({
      userId: m.id,
      name: m.name,
      role: m.role as "owner",
      accessUntil: m.access_until,
      windowDays: m.window_days,
    })),
    babies: babies.map(babyRow),
  };
};

const ownerCount = async (services: Services, householdId: string) =>
  (
    await services.db
      .selectFrom("memberships")
      .select("user_id")
      .where("household_id", "=", householdId)
      .where("role", "=", "owner")
      .execute()
  ).length;

/** Whether a household holds anything a family would miss: a baby or an entry. */
const hasData = async (services: Services, householdId: string) => {
  const baby = await services.db
    .selectFrom("babies")
    .select("id")
    .where("household_id", "=", householdId)
    .executeTakeFirst();
  const record = await services.db
    .selectFrom("records")
    .select("id")
    .where("household_id", "=", householdId)
    .where("deleted", "=", 0)
    .executeTakeFirst();
  return !!(baby || record);
};

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
        await tx
          .insertInto("households")
          .values({ id: householdId, name: body.name, created_at: now })
          .execute();
        await tx
          .insertInto("memberships")
          .values({
            household_id: householdId,
            user_id: principal.userId,
            role: "owner",
            access_until: null,
            window_days: null,
            created_at: now,
          })
          .execute();
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
      await services.db
        .updateTable("households")
        .set({ name: body.name })
        .where("id", "=", params.householdId)
        .execute();
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
  defineRoute({
    method: "PATCH",
    url: "/api/households/:householdId/members/:userId",
    summary: "Change a member's role, or when a helper's access ends",
    tag: "households",
    auth: true,
    params: z.object({ householdId: id, userId: id }),
    body: z
      .object({
        role: role.optional(),
        accessUntil: z.iso.datetime().nullable().optional(),
        windowDays: z.number().int().min(1).max(14).optional(),
      })
      .strict(),
    response: householdView,
    handler: async ({ principal, services, params, body }) => {
      await requireOwner(services, params.householdId, principal.userId);
      const member = await services.db
        .selectFrom("memberships")
        .select("role")
        .where("household_id", "=", params.householdId)
        .where("user_id", "=", params.userId)
        .executeTakeFirst();
      if (!member) throw notFound("No such member");
      if (
        member.role === "owner" &&
        body.role &&
        body.role !== "owner" &&
        (await ownerCount(services, params.householdId)) < 2
      ) {
        throw new ApiError(409, "last_owner", "A household needs at least one owner");
      }
      const nextRole = body.role ?? member.role;
      const helper = nextRole === "helper";
      await services.db
        .updateTable("memberships")
        .set({
          role: nextRole,
          // Only what the body names changes: a new window leaves the end of access as it was.
          ...(!helper ? { access_until: null, window_days: null } : {}),
          ...(helper && body.accessUntil !== undefined ? { access_until: body.accessUntil } : {}),
          ...(helper && body.windowDays !== undefined ? { window_days: body.windowDays } : {}),
        })
        .where("household_id", "=", params.householdId)
        .where("user_id", "=", params.userId)
        .execute();
      if (nextRole !== member.role) await withdrawInvitesBeyond(services, params.householdId, params.userId);
      services.live.accessChanged({ householdId: params.householdId, userId: params.userId });
      return loadHousehold(services, params.householdId, principal.userId);
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/households/:householdId/members/:userId",
    summary: "Remove a member (an owner may remove anyone; anyone may leave)",
    tag: "households",
    auth: true,
    params: z.object({ householdId: id, userId: id }),
    response: ok,
    handler: async ({ principal, services, params }) => {
      const access = await requireMember(services, params.householdId, principal.userId);
      if (params.userId !== principal.userId && !canManagePeople(access))
        throw forbidden("Only an owner can remove someone else");
      const member = await services.db
        .selectFrom("memberships")
        .select("role")
        .where("household_id", "=", params.householdId)
        .where("user_id", "=", params.userId)
        .executeTakeFirst();
      if (!member) throw notFound("No such member");
      if (member.role === "owner" && (await ownerCount(services, params.householdId)) < 2) {
        const others = await services.db
          .selectFrom("memberships")
          .select("user_id")
          .where("household_id", "=", params.householdId)
          .where("user_id", "!=", params.userId)
          .execute();
        if (others.length)
          throw new ApiError(409, "last_owner", "Make someone else an owner before the last owner leaves");
        // The last person leaving would leave the family's journal where nobody can reach or delete it.
        if (await hasData(services, params.householdId))
          throw new ApiError(
            409,
            "last_member",
            "You are the last person in this household: delete the household, or invite someone and make them an owner, before you leave",
          );
        await services.db.transaction().execute((tx) => deleteHouseholdData(tx, params.householdId));
        services.live.accessChanged({ householdId: params.householdId });
        return { ok: true };
      }
      await services.db
        .deleteFrom("memberships")
        .where("household_id", "=", params.householdId)
        .where("user_id", "=", params.userId)
        .execute();
      await withdrawInvitesBeyond(services, params.householdId, params.userId);
      services.live.accessChanged({ householdId: params.householdId, userId: params.userId });
      return { ok: true };
    },
  }),
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
      checkBaby(services.now(), {
        name: body.name,
        birthDate: body.birthDate,
        dueDate: body.dueDate ?? null,
        sex: body.sex ?? null,
        timeZone: body.timeZone,
      });
      const row = {
        id: services.newId(),
        household_id: params.householdId,
        name: body.name,
        birth_date: body.birthDate,
        due_date: body.dueDate ?? null,
        sex: body.sex ?? null,
        time_zone: body.timeZone,
        created_at: isoNow(services),
      };
      await services.db.insertInto("babies").values(row).execute();
      return babyRow(row);
    },
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/households/:householdId/babies/:babyId",
    summary: "Change a baby's details",
    tag: "households",
    auth: true,
    params: z.object({ householdId: id, babyId: id }),
    body: babyBody.partial().strict(),
    response: babyView,
    handler: async ({ principal, services, params, body }) => {
      const access = await requireMember(services, params.householdId, principal.userId);
      if (!canEditFamilyDetails(access)) throw forbidden("A helper cannot change a baby's details");
      const baby = await services.db
        .selectFrom("babies")
        .selectAll()
        .where("id", "=", params.babyId)
        .where("household_id", "=", params.householdId)
        .executeTakeFirst();
      if (!baby) throw notFound("No such baby");
      const next = {
        name: body.name ?? baby.name,
        birth_date: body.birthDate ?? baby.birth_date,
        due_date: body.dueDate === undefined ? baby.due_date : body.dueDate,
        sex: body.sex === undefined ? baby.sex : body.sex,
        time_zone: body.timeZone ?? baby.time_zone,
      };
      checkBaby(services.now(), babyRow({ ...baby, ...next }));
      await services.db.updateTable("babies").set(next).where("id", "=", params.babyId).execute();
      return babyRow({ ...baby, ...next });
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/households/:householdId/babies/:babyId",
    summary: "Remove a baby (its entries stay in the journal)",
    tag: "households",
    auth: true,
    params: z.object({ householdId: id, babyId: id }),
    response: ok,
    handler: async ({ principal, services, params }) => {
      await requireOwner(services, params.householdId, principal.userId);
      const result = await services.db
        .deleteFrom("babies")
        .where("id", "=", params.babyId)
        .where("household_id", "=", params.householdId)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw notFound("No such baby");
      return { ok: true };
    },
  }),
];
