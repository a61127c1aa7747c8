/**
 * Deleting an account removes the person and what is theirs alone: sessions, tokens, private
 * records, memberships, and households where nobody else is left. Household entries they logged
 * stay with the family. If they are the last owner of a household others still use, nothing is
 * deleted until they make someone else an owner.
 */
import { type Kysely, sql } from "kysely";
import { ApiError } from "../http/errors.ts";
import type { Services } from "../services.ts";
import type { Database } from "../store/schema.ts";

export const deleteHouseholdData = async (db: Kysely<Database>, householdId: string): Promise<void> => {
  for (const table of ["messages", "records", "babies", "invites", "memberships"] as const) {
    await db.deleteFrom(table).where("household_id", "=", householdId).execute();
  }
  await db.deleteFrom("households").where("id", "=", householdId).execute();
};

export const deleteAccount = async (services: Services, userId: string): Promise<void> => {
  await services.db.transaction().execute(async (tx) => {
    const memberships = await tx
      .selectFrom("memberships")
      .select(["household_id", "role"])
      .where("user_id", "=", userId)
      .execute();
    const blocked: string[] = [];
    const alone: string[] = [];
    for (const m of memberships) {
      const others = await tx
        .selectFrom("memberships")
        .select(["role"])
        .where("household_id", "=", m.household_id)
        .where("user_id", "!=", userId)
        .execute();
      if (!others.length) alone.push(m.household_id);
      else if (m.role === "owner" && !others.some((o) => o.role === "owner")) blocked.push(m.household_id);
    }
    if (blocked.length) {
      throw new ApiError(
        409,
        "last_owner",
        "You are the only owner of a household others use: make one of them an owner first",
        { households: blocked },
      );
    }
    for (const householdId of alone) await deleteHouseholdData(tx, householdId);
    // Private records in every household they ever wrote in, including ones they have since left.
    const withPrivate = await tx
      .selectFrom("records")
      .select("household_id")
      .distinct()
      .where("author_id", "=", userId)
      .where("scope", "=", "private")
      .execute();
    for (const m of withPrivate) {
      const privateIds = tx
        .selectFrom("records")
        .select("id")
        .where("household_id", "=", m.household_id)
        .where("author_id", "=", userId)
        .where("scope", "=", "private");
      await tx
        .deleteFrom("messages")
        .where("household_id", "=", m.household_id)
        .where("record_id", "in", privateIds)
        .execute();
    }
    await tx.deleteFrom("records").where("author_id", "=", userId).where("scope", "=", "private").execute();
    // Invites they made die with their right to make them.
    await tx.deleteFrom("invites").where("created_by", "=", userId).where("used_at", "is", null).execute();
    await tx.deleteFrom("memberships").where("user_id", "=", userId).execute();
    await tx.deleteFrom("sessions").where("user_id", "=", userId).execute();
    await tx.deleteFrom("api_tokens").where("user_id", "=", userId).execute();
    await tx.deleteFrom("users").where("id", "=", userId).execute();
  });
  await afterDeletion(services);
};

/**
 * After a deletion, nothing deleted stays readable in the database's files: SQLite overwrites
 * deleted content (secure_delete, set when the database opens), and the write-ahead log, which
 * still holds the pages as they were, is copied into the database and emptied. PostgreSQL's dead
 * rows are reclaimed by its autovacuum; a host's backups keep what they copied (docs/security.md).
 */
export const afterDeletion = async (services: Pick<Services, "db" | "dialect">): Promise<void> => {
  if (services.dialect === "sqlite") await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(services.db);
};
