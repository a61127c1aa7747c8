/**
 * A push group on PostgreSQL in two statements, whatever the number of pushes and households in it:
 * one read of everything the group touches, and one write of everything it changes. Each round trip
 * to a database on another core (or machine) costs more than the statement itself, so the
 * statements carry their rows as arrays (`unnest`), and the group opens no transaction of its own
 * (a BEGIN and a COMMIT are two more round trips): the write is one statement, so it is atomic.
 *
 * Between the read and the write another server process may have pushed to one of the households,
 * and this group's checks and record states would then be made from what was true before. So the
 * write first locks the households' rows (in id order, so processes never wait on each other in a
 * circle) and goes ahead only if each household's number is still the one read; every write to a
 * household's records or messages raises its number while holding that lock (this module and
 * push-group.ts are the only writers). If a number moved, nothing is written and the group is read
 * and checked again (push-group.ts).
 */
import { messageKey } from "@attune/core";
import { type Insertable, type Kysely, sql } from "kysely";
import { type GroupReads, groupKey, type StoredRecord } from "./push-check.ts";
import type { Database } from "./schema.ts";

export interface WantedKeys {
  readonly householdId: string;
  readonly recordId: string;
  readonly field: string;
  readonly hlc: string;
}

/**
 * Locks the households' rows until the caller's transaction ends, for a group written in a
 * transaction (an import, a repair): then the read that follows sees every push before it.
 */
export const lockHouseholds = async (db: Kysely<Database>, households: readonly string[]): Promise<void> => {
  await sql`SELECT id FROM households WHERE id = ANY(${households}::text[]) ORDER BY id FOR UPDATE`.execute(
    db,
  );
};

/** The households' numbers, the records, the messages already stored and the babies, in one statement. */
export const readGroup = async (
  db: Kysely<Database>,
  households: readonly string[],
  wanted: readonly WantedKeys[],
): Promise<GroupReads> => {
  const records = new Map<string, { householdId: string; recordId: string }>();
  for (const w of wanted) records.set(groupKey(w.householdId, w.recordId), w);
  const recordList = [...records.values()];
  const { rows } = await sql<{ t: string; h: string; a: string; b: string | null; c: string | null }>`
    SELECT 'h' AS t, id AS h, NULL AS a, NULL AS b, seq::text AS c
      FROM households WHERE id = ANY(${households}::text[])
    UNION ALL
    SELECT 'r', r.household_id, r.id, r.author_id, r.state
      FROM unnest(${recordList.map((r) => r.householdId)}::text[], ${recordList.map((r) => r.recordId)}::text[])
        AS k(h, id)
      JOIN records r ON r.household_id = k.h AND r.id = k.id
    UNION ALL
    SELECT 'm', m.household_id, m.record_id, m.field, m.hlc
      FROM unnest(${wanted.map((w) => w.householdId)}::text[], ${wanted.map((w) => w.recordId)}::text[],
                  ${wanted.map((w) => w.field)}::text[], ${wanted.map((w) => w.hlc)}::text[]) AS k(h, r, f, v)
      JOIN messages m ON m.household_id = k.h AND m.record_id = k.r AND m.field = k.f AND m.hlc = k.v
    UNION ALL
    SELECT 'b', household_id, id, NULL, NULL FROM babies WHERE household_id = ANY(${households}::text[])`.execute(
    db,
  );
  const stored = new Map<string, StoredRecord>();
  const known = new Set<string>();
  const babies = new Set<string>();
  const seqs = new Map<string, number>();
  for (const row of rows) {
    if (row.t === "h") seqs.set(row.h, Number(row.c));
    else if (row.t === "r")
      stored.set(groupKey(row.h, row.a), { state: JSON.parse(row.c!), authorId: row.b! });
    else if (row.t === "m")
      known.add(groupKey(row.h, messageKey({ recordId: row.a, field: row.b!, hlc: row.c! })));
    else babies.add(groupKey(row.h, row.a));
  }
  return { stored, known, babies, seqs };
};

const column = <T, K extends keyof T>(rows: readonly T[], name: K) => rows.map((r) => r[name] ?? null);

export interface GroupWrite {
  /** Each household's number as the group read it. */
  readonly seqsRead: ReadonlyMap<string, number>;
  /** Each household's number after the group, for those it adds messages to. */
  readonly seqsAfter: ReadonlyMap<string, number>;
  readonly messages: readonly Insertable<Database["messages"]>[];
  readonly records: readonly Insertable<Database["records"]>[];
}

/**
 * The households' new numbers, the new messages and the records' new states, in one statement, if
 * no household's number moved since the group read it. Answers whether it wrote.
 */
export const writeGroup = async (db: Kysely<Database>, write: GroupWrite): Promise<boolean> => {
  const { seqsRead, seqsAfter, messages, records } = write;
  const { rows } = await sql<{ unchanged: boolean }>`
    WITH locked AS MATERIALIZED (
      SELECT id, seq FROM households WHERE id = ANY(${[...seqsRead.keys()]}::text[]) ORDER BY id FOR UPDATE
    ), checked AS MATERIALIZED (
      SELECT count(*) = ${seqsRead.size} AS unchanged
        FROM locked JOIN unnest(${[...seqsRead.keys()]}::text[], ${[...seqsRead.values()]}::int[]) AS k(id, seq)
          ON locked.id = k.id AND locked.seq = k.seq
    ), numbers AS (
      UPDATE households h SET seq = k.seq
        FROM unnest(${[...seqsAfter.keys()]}::text[], ${[...seqsAfter.values()]}::int[]) AS k(id, seq)
        WHERE h.id = k.id AND (SELECT unchanged FROM checked)
    ), new_messages AS (
      INSERT INTO messages (household_id, seq, record_id, field, hlc, value, author_id, received_at)
      SELECT * FROM unnest(
        ${column(messages, "household_id")}::text[], ${column(messages, "seq")}::int[],
        ${column(messages, "record_id")}::text[], ${column(messages, "field")}::text[],
        ${column(messages, "hlc")}::text[], ${column(messages, "value")}::text[],
        ${column(messages, "author_id")}::text[], ${column(messages, "received_at")}::text[])
      WHERE (SELECT unchanged FROM checked)
    ), new_records AS (
      INSERT INTO records (household_id, id, kind, scope, author_id, baby_id, at, deleted, updated_seq, state)
      SELECT * FROM unnest(
        ${column(records, "household_id")}::text[], ${column(records, "id")}::text[],
        ${column(records, "kind")}::text[], ${column(records, "scope")}::text[],
        ${column(records, "author_id")}::text[], ${column(records, "baby_id")}::text[],
        ${column(records, "at")}::text[], ${column(records, "deleted")}::int[],
        ${column(records, "updated_seq")}::int[], ${column(records, "state")}::text[])
      WHERE (SELECT unchanged FROM checked)
      ON CONFLICT (household_id, id) DO UPDATE SET
        baby_id = excluded.baby_id, at = excluded.at, deleted = excluded.deleted,
        updated_seq = excluded.updated_seq, state = excluded.state
    )
    SELECT unchanged FROM checked`.execute(db);
  return rows[0]?.unchanged === true;
};
