/** API tokens for integrations, stored by their hash; the secret is shown once, when made. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

type Db = Kysely<Database>;

export const insertApiToken = (
  db: Db,
  token: { id: string; userId: string; name: string; tokenHash: string },
  now: string,
) =>
  db
    .insertInto("api_tokens")
    .values({
      id: token.id,
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      created_at: now,
      last_used_at: null,
    })
    .execute();

export const findApiTokenByHash = (db: Db, tokenHash: string) =>
  db
    .selectFrom("api_tokens")
    .select(["id", "user_id", "last_used_at"])
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();

export const apiTokenExists = async (db: Db, tokenId: string, userId: string): Promise<boolean> =>
  !!(await db
    .selectFrom("api_tokens")
    .select("id")
    .where("id", "=", tokenId)
    .where("user_id", "=", userId)
    .executeTakeFirst());

export const noteApiTokenUse = (db: Db, tokenId: string, now: string) =>
  db.updateTable("api_tokens").set({ last_used_at: now }).where("id", "=", tokenId).execute();

export const apiTokensOf = (db: Db, userId: string) =>
  db
    .selectFrom("api_tokens")
    .select(["id", "name", "created_at", "last_used_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .execute();

/** Revokes a token of this account; false when it had none by that id. */
export const deleteApiToken = async (db: Db, tokenId: string, userId: string): Promise<boolean> => {
  const result = await db
    .deleteFrom("api_tokens")
    .where("id", "=", tokenId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
};
