/**
 * Wrong passwords slow down the account they aim at, wherever they come from. The first few are
 * free; after that each one doubles the wait before the next check, up to a quarter of an hour, so a
 * guesser gets a few dozen tries a day instead of thousands. It is a delay, never a lock: after the
 * wait the right password works. And a browser that has logged in to the account before (a trusted
 * device, by its cookie) is counted on its own, so a stranger failing on purpose cannot keep the
 * family out of their own account. Kept in the database, so every server process counts alike.
 */
import type { Kysely } from "kysely";
import { sha256 } from "../auth/secrets.ts";
import type { Dialect } from "./database.ts";
import type { Database } from "./schema.ts";

export const freeFailures = 5;
export const maxWaitMs = 15 * 60 * 1000;
/** A quiet day forgets the count. */
const forgetAfterMs = 24 * 3600 * 1000;

/** The wait after `failures` wrong passwords in a row. */
export const waitAfter = (failures: number): number =>
  failures < freeFailures ? 0 : Math.min(maxWaitMs, 1000 * 2 ** (failures - freeFailures));

export const accountKey = (email: string) => `account:${sha256(email)}`;
export const deviceKey = (deviceToken: string, userId: string) => `device:${sha256(deviceToken)}:${userId}`;
/** Password checks from a logged-in session (deleting the account, changing the password). */
export const userKey = (userId: string) => `user:${userId}`;

/**
 * Asks to check a password for this key. Answers how long to wait when it may not yet (nothing is
 * counted then); otherwise 0, and the attempt is already counted as a failure, so that a burst of
 * guesses sent at once cannot all slip through before the first is counted. A right password
 * clears the count (`clearFailures`).
 */
export const claimPasswordCheck = async (
  db: Kysely<Database>,
  dialect: Dialect,
  key: string,
  now: number,
): Promise<number> =>
  db.transaction().execute(async (tx) => {
    const nowIso = new Date(now).toISOString();
    await tx
      .insertInto("password_failures")
      .values({ key, failures: 0, wait_until: nowIso, updated_at: nowIso })
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
    let query = tx
      .selectFrom("password_failures")
      .select(["failures", "wait_until", "updated_at"])
      .where("key", "=", key);
    // SQLite runs one transaction at a time; PostgreSQL needs the row locked until commit.
    if (dialect === "postgres") query = query.forUpdate();
    const row = await query.executeTakeFirstOrThrow();
    const wait = Date.parse(row.wait_until) - now;
    if (wait > 0) return wait;
    // Now and then, counts a quiet day has forgotten go, so guesses at made-up addresses do not pile up.
    if (Math.random() < 0.01)
      await tx
        .deleteFrom("password_failures")
        .where("updated_at", "<", new Date(now - forgetAfterMs).toISOString())
        .where("wait_until", "<", nowIso)
        .execute();
    const failures = now - Date.parse(row.updated_at) > forgetAfterMs ? 1 : row.failures + 1;
    await tx
      .updateTable("password_failures")
      .set({ failures, wait_until: new Date(now + waitAfter(failures)).toISOString(), updated_at: nowIso })
      .where("key", "=", key)
      .execute();
    return 0;
  });

export const clearFailures = async (db: Kysely<Database>, key: string): Promise<void> => {
  await db.deleteFrom("password_failures").where("key", "=", key).execute();
};
