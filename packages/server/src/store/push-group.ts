/**
 * Stores the pushes of one group, in order, with a few statements for the whole group rather than
 * six for each push: the records and messages the group touches are read once, each push is checked
 * against them (and against the pushes before it in the group) in memory, each household's numbers
 * are taken once, and the messages and records are written once. A refused push changes nothing
 * and the others go on; the result of each push is the one it would have had on its own, in that
 * order.
 *
 * On SQLite (one writer) this is a transaction with a few statements per household. On PostgreSQL
 * it is two statements and no transaction of its own (journal-group-postgres.ts): one read, then one
 * write that goes ahead only if no other server process has written to those households since.
 */
import { fieldValues, isDeleted, messageKey, ok, type Result, stateTime } from "@attune/core";
import type { Insertable, Kysely, Transaction } from "kysely";
import type { Dialect } from "./database.ts";
import { type GroupWrite, lockHouseholds, readGroup, writeGroup } from "./journal-group-postgres.ts";
import {
  checkPush,
  type GroupReads,
  groupKey,
  type PushInput,
  type PushOutcome,
  type PushRejection,
  type StoredRecord,
} from "./push-check.ts";
import type { Database } from "./schema.ts";

/** A household's records by id: ids are the household's own (the key is household and id). */
const loadRecords = async (tx: Transaction<Database>, householdId: string, ids: readonly string[]) => {
  const found = new Map<string, StoredRecord>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await tx
      .selectFrom("records")
      .select(["id", "author_id", "state"])
      .where("household_id", "=", householdId)
      .where("id", "in", ids.slice(i, i + 500))
      .execute();
    for (const row of rows) {
      found.set(row.id, { state: JSON.parse(row.state), authorId: row.author_id });
    }
  }
  return found;
};

/**
 * Which of these messages are stored already. Narrowed by their clock stamps too, when there are
 * few enough of them to name in a statement, so a record with a long history is not read whole.
 */
const knownMessages = async (
  tx: Transaction<Database>,
  householdId: string,
  ids: readonly string[],
  hlcs: readonly string[],
) => {
  const keys = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    let query = tx
      .selectFrom("messages")
      .select(["record_id", "field", "hlc"])
      .where("household_id", "=", householdId)
      .where("record_id", "in", ids.slice(i, i + 500));
    if (hlcs.length <= 2000) query = query.where("hlc", "in", hlcs);
    const rows = await query.execute();
    for (const r of rows) keys.add(messageKey({ recordId: r.record_id, field: r.field, hlc: r.hlc }));
  }
  return keys;
};

/** On SQLite (one writer, in one process): a few statements per household, inside the transaction. */
const readGroupSqlite = async (
  tx: Transaction<Database>,
  households: readonly string[],
  inputs: readonly PushInput[],
): Promise<GroupReads> => {
  const idsOf = new Map<string, Set<string>>();
  const hlcsOf = new Map<string, Set<string>>();
  for (const { access, messages } of inputs) {
    const ids = idsOf.get(access.householdId) ?? new Set();
    const hlcs = hlcsOf.get(access.householdId) ?? new Set();
    for (const m of messages) {
      ids.add(m.recordId);
      hlcs.add(m.hlc);
    }
    idsOf.set(access.householdId, ids);
    hlcsOf.set(access.householdId, hlcs);
  }
  const stored = new Map<string, StoredRecord>();
  const known = new Set<string>();
  for (const householdId of households) {
    const ids = [...idsOf.get(householdId)!];
    for (const [id, record] of await loadRecords(tx, householdId, ids))
      stored.set(groupKey(householdId, id), record);
    for (const k of await knownMessages(tx, householdId, ids, [...hlcsOf.get(householdId)!]))
      known.add(groupKey(householdId, k));
  }
  const babyRows = await tx
    .selectFrom("babies")
    .select(["id", "household_id"])
    .where("household_id", "in", households)
    .execute();
  const seqRows = await tx
    .selectFrom("households")
    .select(["id", "seq"])
    .where("id", "in", households)
    .execute();
  return {
    stored,
    known,
    babies: new Set(babyRows.map((b) => groupKey(b.household_id, b.id))),
    seqs: new Map(seqRows.map((r) => [r.id, Number(r.seq)])),
  };
};

const wantedKeys = (inputs: readonly PushInput[]) =>
  inputs.flatMap(({ access, messages }) =>
    messages.map((m) => ({
      householdId: access.householdId,
      recordId: m.recordId,
      field: m.field,
      hlc: m.hlc,
    })),
  );

const householdsOf = (inputs: readonly PushInput[]) =>
  [...new Set(inputs.map((i) => i.access.householdId))].sort();

interface GroupPlan extends GroupWrite {
  readonly results: Result<PushOutcome, PushRejection>[];
}

/**
 * Each push checked in order against what was read and the pushes before it, numbered, and turned
 * into the rows to write. Reads nothing and writes nothing; `reads` is changed as it goes.
 */
const planGroup = (inputs: readonly PushInput[], reads: GroupReads): GroupPlan => {
  const { stored, known, babies, seqs } = reads;
  const next = new Map<string, number>();
  const messages: Insertable<Database["messages"]>[] = [];
  const records = new Map<string, Insertable<Database["records"]>>();
  const results = inputs.map((input): Result<PushOutcome, PushRejection> => {
    const householdId = input.access.householdId;
    const checked = checkPush(input, stored, known, babies);
    if (!checked.ok) return checked;
    const { fresh, states } = checked.value;
    const last = next.get(householdId) ?? seqs.get(householdId);
    if (last === undefined) throw new Error(`Household ${householdId} is not in the database`);
    const userId = input.access.userId;
    const receivedAt = new Date(input.now).toISOString();
    let seq = last;
    const updatedSeq = new Map<string, number>();
    for (const m of fresh) {
      seq++;
      known.add(groupKey(householdId, messageKey(m)));
      updatedSeq.set(m.recordId, seq);
      messages.push({
        household_id: householdId,
        seq,
        record_id: m.recordId,
        field: m.field,
        hlc: m.hlc,
        value: JSON.stringify(m.value),
        author_id: userId,
        received_at: receivedAt,
      });
    }
    next.set(householdId, seq);
    for (const [recordId, state] of states) {
      const was = stored.get(groupKey(householdId, recordId));
      stored.set(groupKey(householdId, recordId), {
        state,
        authorId: was?.authorId ?? state.author ?? userId,
      });
      const values = fieldValues(state);
      records.set(groupKey(householdId, recordId), {
        id: recordId,
        household_id: householdId,
        kind: state.kind,
        scope: state.scope,
        author_id: state.author ?? userId,
        baby_id: typeof values.babyId === "string" ? values.babyId : null,
        at: stateTime(state) ?? null,
        deleted: isDeleted(state) ? 1 : 0,
        updated_seq: updatedSeq.get(recordId)!,
        state: JSON.stringify(state),
      });
    }
    return ok({ accepted: fresh.length, duplicates: input.messages.length - fresh.length, cursor: seq });
  });
  const seqsAfter = new Map([...next].filter(([householdId, seq]) => seq !== seqs.get(householdId)));
  return { results, seqsRead: seqs, seqsAfter, messages, records: [...records.values()] };
};

/** Many rows to a statement (a big import is 10,000): one round trip per row was most of an import's time. */
const writeGroupSqlite = async (tx: Transaction<Database>, plan: GroupPlan) => {
  for (const [householdId, seq] of plan.seqsAfter)
    await tx.updateTable("households").set({ seq }).where("id", "=", householdId).execute();
  for (let i = 0; i < plan.messages.length; i += 1000)
    await tx
      .insertInto("messages")
      .values(plan.messages.slice(i, i + 1000))
      .execute();
  for (let i = 0; i < plan.records.length; i += 1000)
    await tx
      .insertInto("records")
      .values(plan.records.slice(i, i + 1000))
      .onConflict((oc) =>
        oc.columns(["household_id", "id"]).doUpdateSet((eb) => ({
          baby_id: eb.ref("excluded.baby_id"),
          at: eb.ref("excluded.at"),
          deleted: eb.ref("excluded.deleted"),
          updated_seq: eb.ref("excluded.updated_seq"),
          state: eb.ref("excluded.state"),
        })),
      )
      .execute();
};

/**
 * The group inside a transaction the caller owns (an import, a repair, one push on its own). On
 * PostgreSQL the households are locked first, so the write cannot find them moved.
 */
export const pushGroupInTransaction = async (
  tx: Transaction<Database>,
  inputs: readonly PushInput[],
  dialect: Dialect,
): Promise<Result<PushOutcome, PushRejection>[]> => {
  const households = householdsOf(inputs);
  if (dialect === "sqlite") {
    const plan = planGroup(inputs, await readGroupSqlite(tx, households, inputs));
    await writeGroupSqlite(tx, plan);
    return plan.results;
  }
  await lockHouseholds(tx, households);
  const plan = planGroup(inputs, await readGroup(tx, households, wantedKeys(inputs)));
  if (plan.messages.length && !(await writeGroup(tx, plan)))
    throw new Error("A household's number moved while it was locked");
  return plan.results;
};

/** How many times a group is read and checked again when another process wrote first. */
const attempts = 3;

/**
 * The group on PostgreSQL without a transaction of its own: read, check, write if nothing moved,
 * else again; after a few tries (households other processes keep writing to), in a transaction
 * that locks them first.
 */
export const pushGroupPostgres = async (
  db: Kysely<Database>,
  inputs: readonly PushInput[],
): Promise<Result<PushOutcome, PushRejection>[]> => {
  const households = householdsOf(inputs);
  const wanted = wantedKeys(inputs);
  for (let attempt = 0; attempt < attempts; attempt++) {
    const plan = planGroup(inputs, await readGroup(db, households, wanted));
    if (!plan.messages.length || (await writeGroup(db, plan))) return plan.results;
  }
  return db.transaction().execute((tx) => pushGroupInTransaction(tx, inputs, "postgres"));
};
