/** Data repairs that run once (see store/repairs.ts), remembered by name. */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export const up = async (db: Kysely<any>): Promise<void> => {
  await db.schema
    .createTable("repairs")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("done_at", "text", (c) => c.notNull())
    .addColumn("changed", "integer", (c) => c.notNull())
    .execute();
};
