/**
 * The journal on the server: pushes of change messages, stored once each with a per-household
 * sequence number, and the current state of every record, which pulls read. Privacy and a helper's
 * window are enforced here, in the queries, so no route can forget them.
 */
import {
  canSeePrivate,
  type Json,
  type RecordKind,
  type RecordState,
  type Result,
  visibleFrom,
} from "@attune/core";
import type { Kysely, Transaction } from "kysely";
import type { Dialect } from "./database.ts";
import type { MemberAccess } from "./members.ts";
import { checkMessages, type PushInput, type PushOutcome, type PushRejection } from "./push-check.ts";
import { pushGroupInTransaction } from "./push-group.ts";
import type { Database } from "./schema.ts";

export {
  checkMessages,
  messageProblems,
  type PushInput,
  type PushOutcome,
  type PushRejection,
  type PushRejectionCode,
} from "./push-check.ts";

/**
 * Stores a batch of messages all or nothing. Messages already stored are counted as duplicates
 * and change nothing, so a device may resend a batch whose answer it never got.
 */
export const pushMessages = async (
  db: Kysely<Database>,
  input: PushInput,
  dialect: Dialect,
): Promise<Result<PushOutcome, PushRejection>> => {
  const checked = checkMessages(input);
  if (!checked.ok) return checked;
  return db.transaction().execute((tx) => pushInTransaction(tx, input, dialect));
};

/**
 * One push inside a transaction the caller owns. Every refusal happens before the first write, so
 * a refused push leaves the transaction as it found it and other pushes may share it.
 */
export const pushInTransaction = async (
  tx: Transaction<Database>,
  input: PushInput,
  dialect: Dialect,
): Promise<Result<PushOutcome, PushRejection>> => (await pushGroupInTransaction(tx, [input], dialect))[0]!;

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
  // The household's number is read before its records, never after: a push that commits between
  // the two reads would otherwise be counted in the cursor without being in the page, and the
  // device would never pull it. Read first, every change up to it is in the records read next
  // (a household's changes commit in number order, under its row's lock).
  const household = await db
    .selectFrom("households")
    .select("seq")
    .where("id", "=", access.householdId)
    .executeTakeFirst();
  const rows = await visibleRecords(db, access, now)
    .select(["state", "updated_seq"])
    .where("updated_seq", ">", since)
    .orderBy("updated_seq")
    .limit(limit + 1)
    .execute();
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  let cursor = page.length ? Number(page[page.length - 1]!.updated_seq) : since;
  if (!more) cursor = Math.max(cursor, Number(household?.seq ?? 0));
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
