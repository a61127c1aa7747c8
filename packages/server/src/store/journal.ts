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
import type { Kysely, Transaction } from "kysely";
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

const knownMessages = async (tx: Transaction<Database>, householdId: string, ids: readonly string[]) => {
  const keys = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await tx
      .selectFrom("messages")
      .select(["record_id", "field", "hlc"])
      .where("household_id", "=", householdId)
      .where("record_id", "in", ids.slice(i, i + 500))
      .execute();
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
  { access, messages, now }: PushInput,
): Promise<Result<PushOutcome, PushRejection>> => {
  const receivedAt = new Date(now).toISOString();
  const ids = [...new Set(messages.map((m) => m.recordId))];
  const stored = await loadRecords(tx, access.householdId, ids);
  const known = await knownMessages(tx, access.householdId, ids);
  const fresh: Message[] = [];
  const seen = new Set<string>();
  for (const m of messages) {
    const key = messageKey(m);
    if (known.has(key) || seen.has(key)) continue;
    seen.add(key);
    fresh.push(m);
  }
  const states = new Map<string, RecordState>();
  for (const m of fresh) {
    const existing = stored.get(m.recordId);
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
  const babyIds = new Set<string>();
  const from = visibleFrom(access, now);
  for (const [recordId, state] of states) {
    // A helper's window holds for the record as it was and as it would be: no delete, edit or move
    // of an entry it may not see, and none moved out of its sight.
    if (from) {
      const times = [stored.get(recordId)?.state, state].map((s) => (s ? stateTime(s) : undefined));
      if (times.some((at) => at !== undefined && at < from))
        return reject("outside_window", "A helper can only write entries of the last few days");
    }
    if (isDeleted(state)) continue;
    const values = fieldValues(state);
    // Only what this push makes wrong is refused: ending, shortening or correcting an entry that
    // already broke a rule (an import's, another phone's) is never blocked by what it was.
    const was = stored.get(recordId)?.state;
    const recordProblems = changeIssues(
      state.kind as RecordKind,
      was && !isDeleted(was) ? fieldValues(was) : undefined,
      values,
      now,
    ).filter((i) => i.code !== "required");
    if (recordProblems.length) issues.push({ recordId, issues: recordProblems });
    if (typeof values.babyId === "string") babyIds.add(values.babyId);
  }
  if (issues.length) return reject("invalid_records", "Some records would break the journal's rules", issues);
  if (babyIds.size) {
    const babies = await tx
      .selectFrom("babies")
      .select("id")
      .where("household_id", "=", access.householdId)
      .where("id", "in", [...babyIds])
      .execute();
    if (babies.length !== babyIds.size) {
      return reject("unknown_baby", "A record names a baby that is not in this household");
    }
  }
  if (!fresh.length) {
    const row = await tx
      .selectFrom("households")
      .select("seq")
      .where("id", "=", access.householdId)
      .executeTakeFirstOrThrow();
    return ok({ accepted: 0, duplicates: messages.length, cursor: Number(row.seq) });
  }
  // Taking the numbers locks the household's row until commit, so numbers commit in order and a
  // device that pulls up to n never misses a message numbered below n.
  const { seq } = await tx
    .updateTable("households")
    .set((eb) => ({ seq: eb("seq", "+", fresh.length) }))
    .where("id", "=", access.householdId)
    .returning("seq")
    .executeTakeFirstOrThrow();
  const last = Number(seq);
  const first = last - fresh.length + 1;
  const updatedSeq = new Map<string, number>();
  const rows = fresh.map((m, i) => {
    updatedSeq.set(m.recordId, first + i);
    return {
      household_id: access.householdId,
      seq: first + i,
      record_id: m.recordId,
      field: m.field,
      hlc: m.hlc,
      value: JSON.stringify(m.value),
      author_id: access.userId,
      received_at: receivedAt,
    };
  });
  for (let i = 0; i < rows.length; i += 1000)
    await tx
      .insertInto("messages")
      .values(rows.slice(i, i + 1000))
      .execute();
  const records = [...states].map(([recordId, state]) => {
    const values = fieldValues(state);
    return {
      id: recordId,
      household_id: access.householdId,
      kind: state.kind,
      scope: state.scope,
      author_id: state.author ?? access.userId,
      baby_id: typeof values.babyId === "string" ? values.babyId : null,
      at: stateTime(state) ?? null,
      deleted: isDeleted(state) ? 1 : 0,
      updated_seq: updatedSeq.get(recordId)!,
      state: JSON.stringify(state),
    };
  });
  // Many records to a statement (a big import is 10,000): one round trip per record was most of
  // an import's time on PostgreSQL.
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
  return ok({ accepted: fresh.length, duplicates: messages.length - fresh.length, cursor: last });
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
