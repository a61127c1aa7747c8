/**
 * The journal on the server: pushes of change messages, stored once each with a per-household
 * sequence number, and the current state of every record, which pulls read. Privacy and a helper's
 * window are enforced here, in the queries, so no route can forget them.
 */
import {
  applyToRecord,
  canSeePrivate,
  changeIssues,
  checkRemoteHlc,
  err,
  fieldSchema,
  fieldValues,
  isDeleted,
  type Json,
  type Message,
  messageKey,
  ok,
  type RecordIssue,
  type RecordKind,
  type RecordState,
  type Result,
  stateTime,
  visibleFrom,
} from "@attune/core";
import type { Insertable, Kysely, Transaction } from "kysely";
import type { MemberAccess } from "./members.ts";
import type { Database } from "./schema.ts";

/** Why a push was refused as a whole; the HTTP layer says it with a status (http/errors.ts). */
export type PushRejectionCode =
  | "invalid_messages"
  | "forbidden"
  | "record_conflict"
  | "outside_window"
  | "invalid_records"
  | "unknown_baby";

export interface PushRejection {
  readonly code: PushRejectionCode;
  readonly message: string;
  readonly details: unknown;
}

export interface PushOutcome {
  readonly accepted: number;
  readonly duplicates: number;
  /** The household's sequence number after this push. */
  readonly cursor: number;
}

const reject = (code: PushRejectionCode, message: string, details: unknown = null) =>
  err<PushRejection>({ code, message, details });

/** Checks each message on its own: a known field, a value of the right type, a sane clock. */
export const messageProblems = (messages: readonly Message[], now: number) => {
  const problems: { index: number; field: string; message: string }[] = [];
  messages.forEach((m, index) => {
    const schema = fieldSchema(m.kind as RecordKind, m.field);
    if (!schema) {
      problems.push({ index, field: m.field, message: `"${m.field}" is not a field of a ${m.kind} record` });
      return;
    }
    const value = schema.safeParse(m.value);
    if (!value.success) {
      problems.push({ index, field: m.field, message: value.error.issues[0]?.message ?? "invalid value" });
    }
    const clock = checkRemoteHlc(m.hlc, now);
    if (!clock.ok) {
      problems.push({
        index,
        field: m.field,
        message:
          clock.error.type === "drift"
            ? "The device clock is ahead of the server's by more than five minutes"
            : "The clock stamp is malformed",
      });
    }
  });
  return problems;
};

interface StoredRecord {
  readonly state: RecordState;
  readonly authorId: string;
}

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

export interface PushInput {
  readonly access: MemberAccess;
  readonly messages: readonly Message[];
  readonly now: number;
}

/**
 * Stores a batch of messages all or nothing. Messages already stored are counted as duplicates
 * and change nothing, so a device may resend a batch whose answer it never got.
 */
export const pushMessages = async (
  db: Kysely<Database>,
  input: PushInput,
): Promise<Result<PushOutcome, PushRejection>> => {
  const checked = checkMessages(input);
  if (!checked.ok) return checked;
  return db.transaction().execute((tx) => pushInTransaction(tx, input));
};

/** The checks that need no database: each message on its own, and what a helper may write. */
export const checkMessages = ({ access, messages, now }: PushInput): Result<null, PushRejection> => {
  const problems = messageProblems(messages, now);
  if (problems.length) return reject("invalid_messages", "Some messages are not valid", problems);
  if (access.role === "helper" && messages.some((m) => m.scope === "private")) {
    return reject("forbidden", "A helper cannot write private records");
  }
  return ok(null);
};

/**
 * One push inside a transaction the caller owns. Every refusal happens before the first write, so
 * a refused push leaves the transaction as it found it and other pushes may share it.
 */
export const pushInTransaction = async (
  tx: Transaction<Database>,
  input: PushInput,
): Promise<Result<PushOutcome, PushRejection>> => (await pushGroupInTransaction(tx, [input]))[0]!;

/**
 * One push checked against the records and messages as the group has them so far (stored, and
 * changed by the pushes before it): the messages not stored yet and each record's new state, or
 * why the push is refused as a whole.
 */
const checkPush = (
  { access, messages, now }: PushInput,
  stored: ReadonlyMap<string, StoredRecord>,
  known: ReadonlySet<string>,
  babies: ReadonlySet<string>,
  key: (householdId: string, id: string) => string,
): Result<{ fresh: Message[]; states: Map<string, RecordState> }, PushRejection> => {
  const household = access.householdId;
  const fresh: Message[] = [];
  const seen = new Set<string>();
  for (const m of messages) {
    const k = messageKey(m);
    if (known.has(key(household, k)) || seen.has(k)) continue;
    seen.add(k);
    fresh.push(m);
  }
  const states = new Map<string, RecordState>();
  for (const m of fresh) {
    const existing = stored.get(key(household, m.recordId));
    if (existing) {
      const belongs = existing.state.scope === "household" || existing.authorId === access.userId;
      if (!belongs) return reject("record_conflict", `Record ${m.recordId} cannot be written here`);
    }
    const before = states.get(m.recordId) ?? existing?.state;
    const { state, outcome } = applyToRecord(before, m);
    if (outcome === "conflict") {
      return reject(
        "record_conflict",
        `Record ${m.recordId} is a ${before?.kind}/${before?.scope}, not a ${m.kind}/${m.scope}`,
      );
    }
    states.set(
      m.recordId,
      before?.author ? state : { ...state, author: existing?.authorId ?? access.userId },
    );
  }
  const issues: { recordId: string; issues: RecordIssue[] }[] = [];
  const from = visibleFrom(access, now);
  for (const [recordId, state] of states) {
    const was = stored.get(key(household, recordId))?.state;
    // A helper's window holds for the record as it was and as it would be: no delete, edit or move
    // of an entry it may not see, and none moved out of its sight.
    if (from) {
      const times = [was, state].map((s) => (s ? stateTime(s) : undefined));
      if (times.some((at) => at !== undefined && at < from))
        return reject("outside_window", "A helper can only write entries of the last few days");
    }
    if (isDeleted(state)) continue;
    const values = fieldValues(state);
    // Only what this push makes wrong is refused: ending, shortening or correcting an entry that
    // already broke a rule (an import's, another phone's) is never blocked by what it was.
    const recordProblems = changeIssues(
      state.kind as RecordKind,
      was && !isDeleted(was) ? fieldValues(was) : undefined,
      values,
      now,
    ).filter((i) => i.code !== "required");
    if (recordProblems.length) issues.push({ recordId, issues: recordProblems });
  }
  if (issues.length) return reject("invalid_records", "Some records would break the journal's rules", issues);
  for (const state of states.values()) {
    if (isDeleted(state)) continue;
    const babyId = fieldValues(state).babyId;
    if (typeof babyId === "string" && !babies.has(key(household, babyId)))
      return reject("unknown_baby", "A record names a baby that is not in this household");
  }
  return ok({ fresh, states });
};

/**
 * Stores the pushes of one group in one transaction, in order, with a few statements for the whole
 * group rather than six for each push: the records and messages the group touches are read once
 * per household, each push is checked against them (and against the pushes before it in the group)
 * in memory, each household's numbers are taken once (households in id order, so two server
 * processes locking the same households never wait on each other in a circle), and the messages
 * and records are written once. A refused push changes nothing and the others go on; the result
 * of each push is the one it would have had on its own, in that order.
 */
export const pushGroupInTransaction = async (
  tx: Transaction<Database>,
  inputs: readonly PushInput[],
): Promise<Result<PushOutcome, PushRejection>[]> => {
  const households = [...new Set(inputs.map((i) => i.access.householdId))].sort();
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
  const key = (householdId: string, id: string) => `${householdId}\u0000${id}`;
  const stored = new Map<string, StoredRecord>();
  const known = new Set<string>();
  for (const householdId of households) {
    const ids = [...idsOf.get(householdId)!];
    for (const [id, record] of await loadRecords(tx, householdId, ids))
      stored.set(key(householdId, id), record);
    for (const k of await knownMessages(tx, householdId, ids, [...hlcsOf.get(householdId)!]))
      known.add(key(householdId, k));
  }
  const babyRows = await tx
    .selectFrom("babies")
    .select(["id", "household_id"])
    .where("household_id", "in", households)
    .execute();
  const babiesOf = new Set(babyRows.map((b) => key(b.household_id, b.id)));

  interface Accepted {
    readonly index: number;
    readonly householdId: string;
    readonly userId: string;
    readonly receivedAt: string;
    readonly fresh: Message[];
    readonly states: Map<string, RecordState>;
    readonly duplicates: number;
  }
  const results: (Result<PushOutcome, PushRejection> | Accepted)[] = [];
  inputs.forEach((input, index) => {
    const checked = checkPush(input, stored, known, babiesOf, key);
    if (!checked.ok) {
      results.push(checked);
      return;
    }
    const { fresh, states } = checked.value;
    const householdId = input.access.householdId;
    for (const m of fresh) known.add(key(householdId, messageKey(m)));
    for (const [id, state] of states) {
      const was = stored.get(key(householdId, id));
      stored.set(key(householdId, id), {
        state,
        authorId: was?.authorId ?? state.author ?? input.access.userId,
      });
    }
    results.push({
      index,
      householdId,
      userId: input.access.userId,
      receivedAt: new Date(input.now).toISOString(),
      fresh,
      states,
      duplicates: input.messages.length - fresh.length,
    });
  });
  const accepted = results.filter((r): r is Accepted => "fresh" in r);

  // The numbers: one statement per household, in id order.
  const totals = new Map<string, number>();
  for (const a of accepted) totals.set(a.householdId, (totals.get(a.householdId) ?? 0) + a.fresh.length);
  const next = new Map<string, number>();
  for (const householdId of households) {
    if (!accepted.some((a) => a.householdId === householdId)) continue;
    const total = totals.get(householdId) ?? 0;
    const row = total
      ? await tx
          .updateTable("households")
          .set((eb) => ({ seq: eb("seq", "+", total) }))
          .where("id", "=", householdId)
          .returning("seq")
          .executeTakeFirstOrThrow()
      : await tx
          .selectFrom("households")
          .select("seq")
          .where("id", "=", householdId)
          .executeTakeFirstOrThrow();
    next.set(householdId, Number(row.seq) - total + 1);
  }

  const messageRows: Insertable<Database["messages"]>[] = [];
  const recordRows = new Map<string, Insertable<Database["records"]>>();
  const outcomes = new Map<number, PushOutcome>();
  for (const a of accepted) {
    let seq = next.get(a.householdId)!;
    const updatedSeq = new Map<string, number>();
    for (const m of a.fresh) {
      updatedSeq.set(m.recordId, seq);
      messageRows.push({
        household_id: a.householdId,
        seq,
        record_id: m.recordId,
        field: m.field,
        hlc: m.hlc,
        value: JSON.stringify(m.value),
        author_id: a.userId,
        received_at: a.receivedAt,
      });
      seq++;
    }
    next.set(a.householdId, seq);
    for (const [recordId, state] of a.states) {
      const values = fieldValues(state);
      recordRows.set(key(a.householdId, recordId), {
        id: recordId,
        household_id: a.householdId,
        kind: state.kind,
        scope: state.scope,
        author_id: state.author ?? a.userId,
        baby_id: typeof values.babyId === "string" ? values.babyId : null,
        at: stateTime(state) ?? null,
        deleted: isDeleted(state) ? 1 : 0,
        updated_seq: updatedSeq.get(recordId)!,
        state: JSON.stringify(state),
      });
    }
    outcomes.set(a.index, { accepted: a.fresh.length, duplicates: a.duplicates, cursor: seq - 1 });
  }
  // Many rows to a statement (a big import is 10,000): one round trip per row was most of an
  // import's time on PostgreSQL.
  for (let i = 0; i < messageRows.length; i += 1000)
    await tx
      .insertInto("messages")
      .values(messageRows.slice(i, i + 1000))
      .execute();
  const records = [...recordRows.values()];
  for (let i = 0; i < records.length; i += 1000)
    await tx
      .insertInto("records")
      .values(records.slice(i, i + 1000))
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
  return results.map((r, index) => ("fresh" in r ? ok(outcomes.get(index)!) : r));
};

/** Records this member may read, as stored: household records, plus its own private ones. */
const visibleRecords = (db: Kysely<Database>, access: MemberAccess, now: number) => {
  let query = db.selectFrom("records").where("household_id", "=", access.householdId);
  if (canSeePrivate(access)) {
    query = query.where((eb) => eb.or([eb("scope", "=", "household"), eb("author_id", "=", access.userId)]));
  } else {
    query = query.where("scope", "=", "household");
  }
  const from = visibleFrom(access, now);
  if (from) query = query.where("at", ">=", from);
  return query;
};

export interface PullPage {
  /** Record states as stored JSON, so a large pull is sent without parsing each record. */
  readonly records: string[];
  readonly cursor: number;
  readonly more: boolean;
}

/** Every visible record changed after `since`, oldest change first. */
export const pullRecords = async (
  db: Kysely<Database>,
  access: MemberAccess,
  since: number,
  limit: number,
  now: number,
): Promise<PullPage> => {
  const rows = await visibleRecords(db, access, now)
    .select(["state", "updated_seq"])
    .where("updated_seq", ">", since)
    .orderBy("updated_seq")
    .limit(limit + 1)
    .execute();
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  let cursor = page.length ? Number(page[page.length - 1]!.updated_seq) : since;
  if (!more) {
    const household = await db
      .selectFrom("households")
      .select("seq")
      .where("id", "=", access.householdId)
      .executeTakeFirst();
    cursor = Math.max(cursor, Number(household?.seq ?? 0));
  }
  return { records: page.map((r) => r.state), cursor, more };
};

export interface RecordQuery {
  readonly kind?: RecordKind | undefined;
  readonly babyId?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly id?: string | undefined;
  readonly limit?: number | undefined;
}

/** Current, undeleted records for reading through the API, newest first. */
export const listRecords = async (
  db: Kysely<Database>,
  access: MemberAccess,
  query: RecordQuery,
  now: number,
): Promise<RecordState[]> => {
  let q = visibleRecords(db, access, now).select("state").where("deleted", "=", 0);
  if (query.id) q = q.where("id", "=", query.id);
  if (query.kind) q = q.where("kind", "=", query.kind);
  if (query.babyId) q = q.where("baby_id", "=", query.babyId);
  if (query.from) q = q.where("at", ">=", query.from);
  if (query.to) q = q.where("at", "<", query.to);
  const rows = await q
    .orderBy("at", "desc")
    .limit(query.limit ?? 1000)
    .execute();
  return rows.map((r) => JSON.parse(r.state) as RecordState);
};

/**
 * Every current record this member may read, a page at a time in the order they last changed, so
 * that a whole household can be streamed without holding it in memory.
 */
export async function* visibleRecordPages(
  db: Kysely<Database>,
  access: MemberAccess,
  now: number,
  pageSize = 1000,
): AsyncGenerator<RecordState[]> {
  let after = -1;
  for (;;) {
    const rows = await visibleRecords(db, access, now)
      .select(["state", "updated_seq"])
      .where("deleted", "=", 0)
      .where("updated_seq", ">", after)
      .orderBy("updated_seq")
      .limit(pageSize)
      .execute();
    if (!rows.length) return;
    yield rows.map((r) => JSON.parse(r.state) as RecordState);
    if (rows.length < pageSize) return;
    after = Number(rows[rows.length - 1]!.updated_seq);
  }
}

export type { Json };

/** Which of these record ids the household holds already (in pages of 500 ids). */
export const existingRecordIds = async (
  db: Kysely<Database>,
  householdId: string,
  ids: readonly string[],
): Promise<Set<string>> => {
  const existing = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const page = ids.slice(i, i + 500);
    for (const row of await db
      .selectFrom("records")
      .select("id")
      .where("household_id", "=", householdId)
      .where("id", "in", page)
      .execute())
      existing.add(row.id);
  }
  return existing;
};

/**
 * A baby's current, shared records placed before `before` (ISO), oldest first: what a report or an
 * export for the family reads. Private records are never returned, whoever asks.
 */
export const sharedRecordsOfBaby = async (
  db: Kysely<Database>,
  householdId: string,
  babyId: string,
  before?: string,
): Promise<RecordState[]> => {
  let q = db
    .selectFrom("records")
    .select("state")
    .where("household_id", "=", householdId)
    .where("scope", "=", "household")
    .where("baby_id", "=", babyId)
    .where("deleted", "=", 0);
  if (before) q = q.where("at", "<", before);
  const rows = await q.orderBy("at").execute();
  return rows.map((r) => JSON.parse(r.state) as RecordState);
};

/**
 * Every current record a household shares (nothing private), a page at a time in the order they
 * last changed: what the command line's household export writes, in little memory.
 */
export async function* sharedRecordPages(
  db: Kysely<Database>,
  householdId: string,
  pageSize = 1000,
): AsyncGenerator<RecordState[]> {
  let after = -1;
  for (;;) {
    const rows = await db
      .selectFrom("records")
      .select(["state", "updated_seq"])
      .where("household_id", "=", householdId)
      .where("scope", "=", "household")
      .where("deleted", "=", 0)
      .where("updated_seq", ">", after)
      .orderBy("updated_seq")
      .limit(pageSize)
      .execute();
    if (!rows.length) return;
    yield rows.map((r) => JSON.parse(r.state) as RecordState);
    if (rows.length < pageSize) return;
    after = Number(rows[rows.length - 1]!.updated_seq);
  }
}
