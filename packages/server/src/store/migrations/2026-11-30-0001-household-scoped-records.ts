/**
 * A record belongs to its household: the key of a record is (household, id) and of a message
 * (household, record, field, stamp). With the id alone as the key, two households pushing the same
 * new id at the same moment on PostgreSQL both got through, and the second overwrote the first's
 * record; and an id already used in one household blocked it in another for good. The tables are
 * rebuilt (SQLite cannot change a primary key in place) with their rows and indexes.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export const up = async (db: Kysely<any>): Promise<void> => {
  await db.schema
    .createTable("records_scoped")
    .addColumn("household_id", "text", (c) => c.notNull().references("households.id").onDelete("cascade"))
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.notNull())
    .addColumn("baby_id", "text")
    .addColumn("at", "text")
    .addColumn("deleted", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("updated_seq", "integer", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("records_scoped_pk", ["household_id", "id"])
    .execute();
  await sql`INSERT INTO records_scoped (household_id, id, kind, scope, author_id, baby_id, at, deleted, updated_seq, state)
    SELECT household_id, id, kind, scope, author_id, baby_id, at, deleted, updated_seq, state FROM records`.execute(
    db,
  );
  await db.schema.dropTable("records").execute();
  await db.schema.alterTable("records_scoped").renameTo("records").execute();
  await db.schema
    .createIndex("records_household_seq")
    .on("records")
    .columns(["household_id", "updated_seq"])
    .execute();
  await db.schema.createIndex("records_household_at").on("records").columns(["household_id", "at"]).execute();
  await db.schema.createIndex("records_author").on("records").columns(["author_id", "scope"]).execute();

  await db.schema
    .createTable("messages_scoped")
    .addColumn("household_id", "text", (c) => c.notNull().references("households.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("record_id", "text", (c) => c.notNull())
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("hlc", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.notNull())
    .addColumn("received_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("messages_scoped_pk", ["household_id", "record_id", "field", "hlc"])
    .execute();
  await sql`INSERT INTO messages_scoped (household_id, seq, record_id, field, hlc, value, author_id, received_at)
    SELECT household_id, seq, record_id, field, hlc, value, author_id, received_at FROM messages`.execute(db);
  await db.schema.dropTable("messages").execute();
  await db.schema.alterTable("messages_scoped").renameTo("messages").execute();
  await db.schema
    .createIndex("messages_household_seq")
    .on("messages")
    .columns(["household_id", "seq"])
    .execute();
};
