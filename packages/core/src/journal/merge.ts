/**
 * Merging messages into record states. The latest stamp wins per field (last writer wins), a
 * delete is the `deleted` field set true, and a record's kind and scope are fixed by its first
 * message. Applying a message twice, or a set of messages in any order, gives the same state, and
 * merging two states is the same as applying all their messages: devices can exchange either.
 */

import type { Json, Message } from "./message.ts";
import { deletedField, recordTime, type Scope } from "./record-shape.ts";

/** A record's state: each field's value with the stamp that set it. */
export interface RecordState {
  readonly id: string;
  readonly kind: string;
  readonly scope: Scope;
  readonly fields: Readonly<Record<string, readonly [value: Json, hlc: string]>>;
  /** The account that created the record; set by the server, kept by merges. */
  readonly author?: string | undefined;
}

export type ApplyOutcome = "changed" | "unchanged" | "conflict";

/** What makes a message itself: the same field of the same record at the same clock stamp. */
export const messageKey = (m: Pick<Message, "recordId" | "field" | "hlc">): string =>
  `${m.recordId}|${m.field}|${m.hlc}`;

/** What applying a message to one record gives: the new state (or the old one) and what happened. */
export const applyToRecord = (
  state: RecordState | undefined,
  m: Message,
): { state: RecordState; outcome: ApplyOutcome } => {
  if (!state) {
    return {
      state: { id: m.recordId, kind: m.kind, scope: m.scope, fields: { [m.field]: [m.value, m.hlc] } },
      outcome: "changed",
    };
  }
  if (state.kind !== m.kind || state.scope !== m.scope) return { state, outcome: "conflict" };
  const current = state.fields[m.field];
  if (current && current[1] >= m.hlc) return { state, outcome: "unchanged" };
  return {
    state: { ...state, fields: { ...state.fields, [m.field]: [m.value, m.hlc] } },
    outcome: "changed",
  };
};

/** Joins two states of the same record field by field; the result does not depend on the order. */
export const mergeStates = (a: RecordState, b: RecordState): RecordState => {
  if (a.kind !== b.kind || a.scope !== b.scope) return a.id <= b.id ? a : b;
  const fields: Record<string, readonly [Json, string]> = { ...a.fields };
  for (const [name, entry] of Object.entries(b.fields)) {
    const mine = fields[name];
    if (!mine || mine[1] < entry[1]) fields[name] = entry;
  }
  return { ...a, fields };
};

/** A store of record states in memory: what a device or a test replica holds. */
export class Replica {
  readonly records = new Map<string, RecordState>();

  apply(m: Message): ApplyOutcome {
    const { state, outcome } = applyToRecord(this.records.get(m.recordId), m);
    if (outcome === "changed") this.records.set(m.recordId, state);
    return outcome;
  }

  mergeState(incoming: RecordState): void {
    const mine = this.records.get(incoming.id);
    this.records.set(incoming.id, mine ? mergeStates(mine, incoming) : incoming);
  }
}

export const isDeleted = (state: RecordState): boolean => state.fields[deletedField]?.[0] === true;

/** The plain values of a record, without stamps, with null (cleared) fields left out. */
export const fieldValues = (state: RecordState): Record<string, Json> => {
  const values: Record<string, Json> = {};
  for (const [name, [value]] of Object.entries(state.fields)) {
    if (value !== null && name !== deletedField) values[name] = value;
  }
  return values;
};

export const stateTime = (state: RecordState): string | undefined => recordTime(fieldValues(state));
