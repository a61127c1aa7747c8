/**
 * Reminders: each phone's push subscription, the ledger of reminders sent (one row per reminder and
 * person, claimed before sending so that one is never sent twice), the scheduler's lease (so one
 * process runs it), the server's VAPID keys, and each household's webhook.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export const up = async (db: Kysely<any>): Promise<void> => {
  await db.schema
    .createTable("push_subscriptions")
    .addColumn("endpoint", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("p256dh", "text", (c) => c.notNull())
    .addColumn("auth", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_outcome", "text")
    .execute();
  await db.schema.createIndex("push_subscriptions_user").on("push_subscriptions").column("user_id").execute();
  await db.schema
    .createTable("reminder_sends")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("household_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("due_at", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("claimed_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addColumn("outcome", "text")
    .addPrimaryKeyConstraint("reminder_sends_pk", ["key", "user_id"])
    .execute();
  await db.schema
    .createIndex("reminder_sends_state")
    .on("reminder_sends")
    .columns(["state", "claimed_at"])
    .execute();
  await db.schema
    .createTable("scheduler_leases")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("holder", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("server_keys")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("webhooks")
    .addColumn("household_id", "text", (c) => c.primaryKey().references("households.id"))
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("secret", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("records_household_kind_at")
    .on("records")
    .columns(["household_id", "kind", "at"])
    .execute();
};
