/** Rate-limit counters in the database, so that every server process counts the same requests. */

import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { Database } from "./schema.ts";

type Db = Kysely<Database>;

/** Counts one request for `key` in a window of `windowMs`: the count so far and ms until it resets. */
export const countRequest = async (
  db: Db,
  key: string,
  windowMs: number,
  now: number,
): Promise<{ current: number; ttl: number }> => {
  const row = await db
    .insertInto("rate_limits")
    .values({ key, count: 1, reset_at: now + windowMs })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql`CASE WHEN rate_limits.reset_at <= ${now} THEN 1 ELSE rate_limits.count + 1 END`,
        reset_at: sql`CASE WHEN rate_limits.reset_at <= ${now} THEN ${now + windowMs} ELSE rate_limits.reset_at END`,
      }),
    )
    .returning(["count", "reset_at"])
    .executeTakeFirstOrThrow();
  return { current: Number(row.count), ttl: Math.max(0, Number(row.reset_at) - now) };
};

export const readRequests = async (db: Db, key: string, now: number) => {
  const row = await db
    .selectFrom("rate_limits")
    .select(["count", "reset_at"])
    .where("key", "=", key)
    .executeTakeFirst();
  return row && Number(row.reset_at) > now
    ? { current: Number(row.count), ttl: Number(row.reset_at) - now }
    : { current: 0, ttl: 0 };
};

/** Forgets windows that ended more than an hour ago. */
export const forgetOldCounts = (db: Db, now: number) =>
  db
    .deleteFrom("rate_limits")
    .where("reset_at", "<", now - 3600_000)
    .execute();
