/** Read-only links to a baby's guide card: the card as shared, and only the token's hash. */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export const up = async (db: Kysely<any>): Promise<void> => {
  await db.schema
    .createTable("card_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("household_id", "text", (c) => c.notNull().references("households.id"))
    .addColumn("baby_id", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("card", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("card_links_household").on("card_links").column("household_id").execute();
};
