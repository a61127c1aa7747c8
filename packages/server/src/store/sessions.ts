/** Sessions, stored by their token's hash, each with the CSRF token the app sends on writes. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

type Db = Kysely<Database>;

export const insertSession = (
  db: Db,
  session: { tokenHash: string; userId: string; csrfToken: string; expiresAt: string },
  now: string,
) =>
  db
    .insertInto("sessions")
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: now,
      expires_at: session.expiresAt,
    })
    .execute();

export const findSession = (db: Db, tokenHash: string) =>
  db
    .selectFrom("sessions")
    .select(["user_id", "csrf_token", "expires_at"])
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();

export const deleteSession = (db: Db, tokenHash: string) =>
  db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();

/** Ends every session of an account, but the one kept (the caller's own) when given. */
export const deleteSessionsOf = (db: Db, userId: string, keepTokenHash?: string) => {
  let query = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (keepTokenHash) query = query.where("token_hash", "!=", keepTokenHash);
  return query.execute();
};
