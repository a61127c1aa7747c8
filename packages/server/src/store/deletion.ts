/**
 * Deleting what belongs to a household or an account, table by table. The rules of what goes
 * (households left with nobody, private records, the last owner) are in account/delete-account.ts.
 */
import { type Kysely, sql } from "kysely";
import type { Dialect } from "./database.ts";
import type { Database } from "./schema.ts";

type Db = Kysely<Database>;

export const deleteHouseholdData = async (db: Db, householdId: string): Promise<void> => {
  for (const table of [
    "messages",
    "records",
    "card_links",
    "webhooks",
    "reminder_sends",
    "babies",
    "invites",
    "memberships",
  ] as const) {
    await db.deleteFrom(table).where("household_id", "=", householdId).execute();
  }
  await db.deleteFrom("households").where("id", "=", householdId).execute();
};

/** For each household the account is in: its role there and the roles of everyone else. */
export const householdsWithOthers = async (db: Db, userId: string) => {
  const memberships = await db
    .selectFrom("memberships")
    .select(["household_id", "role"])
    .where("user_id", "=", userId)
    .execute();
  const out: { householdId: string; role: string; others: string[] }[] = [];
  for (const m of memberships) {
    const others = await db
      .selectFrom("memberships")
      .select("role")
      .where("household_id", "=", m.household_id)
      .where("user_id", "!=", userId)
      .execute();
    out.push({ householdId: m.household_id, role: m.role, others: others.map((o) => o.role) });
  }
  return out;
};

/**
 * Removes the account and what is its alone: its private records (and their messages) in every
 * household it ever wrote in, the invites it made that nobody used, its memberships, sessions and
 * tokens. Household entries it logged stay with the family.
 */
export const deleteAccountRows = async (db: Db, userId: string): Promise<void> => {
  const withPrivate = await db
    .selectFrom("records")
    .select("household_id")
    .distinct()
    .where("author_id", "=", userId)
    .where("scope", "=", "private")
    .execute();
  for (const m of withPrivate) {
    const privateIds = db
      .selectFrom("records")
      .select("id")
      .where("household_id", "=", m.household_id)
      .where("author_id", "=", userId)
      .where("scope", "=", "private");
    await db
      .deleteFrom("messages")
      .where("household_id", "=", m.household_id)
      .where("record_id", "in", privateIds)
      .execute();
  }
  await db.deleteFrom("records").where("author_id", "=", userId).where("scope", "=", "private").execute();
  await db.deleteFrom("invites").where("created_by", "=", userId).where("used_at", "is", null).execute();
  await db.deleteFrom("card_links").where("created_by", "=", userId).execute();
  await db.deleteFrom("push_subscriptions").where("user_id", "=", userId).execute();
  await db.deleteFrom("reminder_sends").where("user_id", "=", userId).execute();
  await db.deleteFrom("memberships").where("user_id", "=", userId).execute();
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
  await db.deleteFrom("api_tokens").where("user_id", "=", userId).execute();
  await db.deleteFrom("users").where("id", "=", userId).execute();
};

/**
 * After a deletion, nothing deleted stays readable in the database's files: SQLite overwrites
 * deleted content (secure_delete, set when the database opens), and the write-ahead log, which
 * still holds the pages as they were, is copied into the database and emptied. PostgreSQL's dead
 * rows are reclaimed by its autovacuum; a host's backups keep what they copied (docs/security.md).
 */
export const checkpointAfterDeletion = async (db: Db, dialect: Dialect): Promise<void> => {
  if (dialect === "sqlite") await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
};
