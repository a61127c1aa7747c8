/** Invites: a single-use code, stored only as its hash, for a role in a household until it expires. */
import type { Kysely, Selectable } from "kysely";
import type { Database } from "./schema.ts";

type Db = Kysely<Database>;
export type InviteRow = Selectable<Database["invites"]>;

export const insertInvite = (db: Db, invite: InviteRow) => db.insertInto("invites").values(invite).execute();

/** The household's invites not used and not expired, oldest first. */
export const openInvites = (db: Db, householdId: string, now: string) =>
  db
    .selectFrom("invites")
    .select(["id", "role", "expires_at", "access_until", "window_days"])
    .where("household_id", "=", householdId)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .orderBy("created_at")
    .execute();

/** The invites a member made that nobody has used yet. */
export const unusedInvitesBy = (db: Db, householdId: string, userId: string) =>
  db
    .selectFrom("invites")
    .select(["id", "household_id", "created_by", "role"])
    .where("household_id", "=", householdId)
    .where("created_by", "=", userId)
    .where("used_at", "is", null)
    .execute();

/** Withdraws an invite; false when there was none (in this household). */
export const deleteInvite = async (db: Db, inviteId: string, householdId?: string): Promise<boolean> => {
  let query = db.deleteFrom("invites").where("id", "=", inviteId);
  if (householdId) query = query.where("household_id", "=", householdId);
  return Number((await query.executeTakeFirst()).numDeletedRows) > 0;
};

export const findInviteByCode = (db: Db, codeHash: string) =>
  db.selectFrom("invites").selectAll().where("code_hash", "=", codeHash).executeTakeFirst();

/** An invite with what a person about to join is told: the household's name and who invited them. */
export const previewInvite = (db: Db, codeHash: string) =>
  db
    .selectFrom("invites")
    .innerJoin("households", "households.id", "invites.household_id")
    .leftJoin("users", "users.id", "invites.created_by")
    .select([
      "invites.household_id",
      "invites.created_by",
      "invites.role",
      "invites.expires_at",
      "invites.access_until",
      "invites.used_at",
      "households.name as household_name",
      "users.name as maker_name",
    ])
    .where("invites.code_hash", "=", codeHash)
    .executeTakeFirst();

/** Marks an invite used, once: false when another request used it first. */
export const claimInvite = async (
  db: Db,
  inviteId: string,
  userId: string,
  now: string,
): Promise<boolean> => {
  const claimed = await db
    .updateTable("invites")
    .set({ used_at: now, used_by: userId })
    .where("id", "=", inviteId)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
};
