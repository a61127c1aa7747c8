/** Memberships: who is in a household, in which role, and until when a helper's access lasts. */
import type { Membership, Role } from "@attune/core";
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

type Db = Kysely<Database>;

/** A member's access to a household, as the journal's privacy rules read it. */
export interface MemberAccess extends Membership {
  readonly householdId: string;
  readonly userId: string;
  readonly role: Role;
}

export const findMember = async (
  db: Db,
  householdId: string,
  userId: string,
): Promise<MemberAccess | undefined> => {
  const row = await db
    .selectFrom("memberships")
    .select(["role", "access_until", "window_days"])
    .where("household_id", "=", householdId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row
    ? {
        householdId,
        userId,
        role: row.role as Role,
        accessUntil: row.access_until,
        windowDays: row.window_days,
      }
    : undefined;
};

/** The household's members with their names, in the order they joined. */
export const listMembers = (db: Db, householdId: string) =>
  db
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

export const countOwners = async (db: Db, householdId: string): Promise<number> =>
  (
    await db
      .selectFrom("memberships")
      .select("user_id")
      .where("household_id", "=", householdId)
      .where("role", "=", "owner")
      .execute()
  ).length;

/** How many others there are in the household besides this member. */
export const countOthers = async (db: Db, householdId: string, userId: string): Promise<number> =>
  (
    await db
      .selectFrom("memberships")
      .select("user_id")
      .where("household_id", "=", householdId)
      .where("user_id", "!=", userId)
      .execute()
  ).length;

export const addMember = (
  db: Db,
  member: {
    householdId: string;
    userId: string;
    role: Role;
    accessUntil: string | null;
    windowDays: number | null;
  },
  now: string,
) =>
  db
    .insertInto("memberships")
    .values({
      household_id: member.householdId,
      user_id: member.userId,
      role: member.role,
      access_until: member.accessUntil,
      window_days: member.windowDays,
      created_at: now,
    })
    .execute();

/** Changes only what is given: a new window leaves the end of access as it was. */
export const updateMember = (
  db: Db,
  householdId: string,
  userId: string,
  change: { role: Role; accessUntil?: string | null; windowDays?: number | null },
) =>
  db
    .updateTable("memberships")
    .set({
      role: change.role,
      ...(change.accessUntil !== undefined ? { access_until: change.accessUntil } : {}),
      ...(change.windowDays !== undefined ? { window_days: change.windowDays } : {}),
    })
    .where("household_id", "=", householdId)
    .where("user_id", "=", userId)
    .execute();

export const removeMember = (db: Db, householdId: string, userId: string) =>
  db
    .deleteFrom("memberships")
    .where("household_id", "=", householdId)
    .where("user_id", "=", userId)
    .execute();

/** The households an account is in, with its role in each, oldest household first. */
export const householdsOf = (db: Db, userId: string) =>
  db
    .selectFrom("memberships")
    .innerJoin("households", "households.id", "memberships.household_id")
    .select(["households.id", "households.name", "memberships.role", "memberships.access_until"])
    .where("memberships.user_id", "=", userId)
    .orderBy("households.created_at")
    .execute();

/** The household's first owner (whom the command line's import writes as). */
export const firstOwner = async (db: Db, householdId: string): Promise<string | undefined> =>
  (
    await db
      .selectFrom("memberships")
      .select("user_id")
      .where("household_id", "=", householdId)
      .where("role", "=", "owner")
      .orderBy("created_at")
      .executeTakeFirst()
  )?.user_id;

/** The members as an export writes them. */
export const memberRowsForExport = (db: Db, householdId: string) =>
  db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.id", "users.name", "memberships.role"])
    .where("memberships.household_id", "=", householdId)
    .execute();
