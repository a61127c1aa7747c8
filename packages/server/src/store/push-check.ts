/**
 * What a push must pass before anything is written: each message on its own (a known field, a
 * value of the right type, a sane clock), what the pusher may write, and the push against the
 * records as they stand (the journal's rules, a helper's window, the household's babies).
 */
import {
  applyToRecord,
  changeIssues,
  checkRemoteHlc,
  err,
  fieldSchema,
  fieldValues,
  isDeleted,
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
import type { MemberAccess } from "./members.ts";

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

/** A record as the database holds it, with who wrote it first. */
export interface StoredRecord {
  readonly state: RecordState;
  readonly authorId: string;
}

export interface PushInput {
  readonly access: MemberAccess;
  readonly messages: readonly Message[];
  readonly now: number;
}

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
 * One push checked against the records and messages as the group has them so far (stored, and
 * changed by the pushes before it): the messages not stored yet and each record's new state, or
 * why the push is refused as a whole.
 */
export const checkPush = (
  { access, messages, now }: PushInput,
  stored: ReadonlyMap<string, StoredRecord>,
  known: ReadonlySet<string>,
  babies: ReadonlySet<string>,
): Result<{ fresh: Message[]; states: Map<string, RecordState> }, PushRejection> => {
  const household = access.householdId;
  const fresh: Message[] = [];
  const seen = new Set<string>();
  for (const m of messages) {
    const k = messageKey(m);
    if (known.has(groupKey(household, k)) || seen.has(k)) continue;
    seen.add(k);
    fresh.push(m);
  }
  const states = new Map<string, RecordState>();
  for (const m of fresh) {
    const existing = stored.get(groupKey(household, m.recordId));
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
    const was = stored.get(groupKey(household, recordId))?.state;
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
    if (typeof babyId === "string" && !babies.has(groupKey(household, babyId)))
      return reject("unknown_baby", "A record names a baby that is not in this household");
  }
  return ok({ fresh, states });
};

/** What a group's checks need from the database, read once for the whole group. */
export interface GroupReads {
  /** By `groupKey(household, record id)`. */
  readonly stored: Map<string, StoredRecord>;
  /** `groupKey(household, messageKey)` of the messages already stored. */
  readonly known: Set<string>;
  /** `groupKey(household, baby id)`. */
  readonly babies: Set<string>;
  /** Each household's number of its last message. */
  readonly seqs: Map<string, number>;
}

/** One key for a household's own id (record, message, baby): ids are only unique in a household. */
export const groupKey = (householdId: string, id: string): string => `${householdId}\u0000${id}`;
