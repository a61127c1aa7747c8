/** Browsers that have logged in to an account before, by their cookie's hash. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

type Db = Kysely<Database>;

export const isTrusted = async (db: Db, tokenHash: string, userId: string): Promise<boolean> =>
  !!(await db
    .selectFrom("trusted_devices")
    .select("user_id")
    .where("token_hash", "=", tokenHash)
    .where("user_id", "=", userId)
    .executeTakeFirst());

/** Trusts a browser for an account, forgetting those of the account not used since `before`. */
export const trust = async (db: Db, tokenHash: string, userId: string, now: string, before: string) => {
  await db
    .deleteFrom("trusted_devices")
    .where("user_id", "=", userId)
    .where("created_at", "<", before)
    .execute();
  await db
    .insertInto("trusted_devices")
    .values({ token_hash: tokenHash, user_id: userId, created_at: now })
    .onConflict((oc) => oc.columns(["token_hash", "user_id"]).doNothing())
    .execute();
};
