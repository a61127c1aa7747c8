/** Password-reset links, stored by their token's hash: good once, until they expire. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

type Db = Kysely<Database>;

export const insertReset = (
  db: Db,
  reset: { tokenHash: string; userId: string; expiresAt: string },
  now: string,
) =>
  db
    .insertInto("password_resets")
    .values({
      token_hash: reset.tokenHash,
      user_id: reset.userId,
      created_at: now,
      expires_at: reset.expiresAt,
      used_at: null,
    })
    .execute();

/** A reset with the account it is for. */
export const findReset = (db: Db, tokenHash: string) =>
  db
    .selectFrom("password_resets")
    .innerJoin("users", "users.id", "password_resets.user_id")
    .select([
      "password_resets.user_id",
      "password_resets.expires_at",
      "password_resets.used_at",
      "users.email",
      "users.name",
    ])
    .where("password_resets.token_hash", "=", tokenHash)
    .executeTakeFirst();

/** Uses a reset, once: false when another request used it first. */
export const claimReset = async (db: Db, tokenHash: string, now: string): Promise<boolean> => {
  const claimed = await db
    .updateTable("password_resets")
    .set({ used_at: now })
    .where("token_hash", "=", tokenHash)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
};

export const deleteResetsOf = (db: Db, userId: string) =>
  db.deleteFrom("password_resets").where("user_id", "=", userId).execute();
