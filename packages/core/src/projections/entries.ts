/**
 * A record as the screens use it: its values, typed by its kind, next to its identity. Built from a
 * record state (see merge.ts); deleted records are left out by the callers that list entries.
 * `entry.kind === "feed"` narrows `entry.values` to a feed's fields.
 */

import { fieldValues, isDeleted, type RecordState } from "../journal/merge.ts";
import type { RecordKind, ValuesOf } from "../kinds/index.ts";

interface EntryBase {
  readonly id: string;
  readonly scope: "household" | "private";
  readonly author?: string | undefined;
  /** When it started or happened (ISO), for sorting. */
  readonly at: string;
  readonly deleted: boolean;
}

/** An entry of one kind (or, by default, of any kind: a union that `kind` narrows). */
export type Entry<K extends RecordKind = RecordKind> = K extends RecordKind
  ? EntryBase & { readonly kind: K; readonly values: ValuesOf<K> }
  : never;

export const entryOf = (state: RecordState): Entry => {
  const values = fieldValues(state);
  const at = (values.start ?? values.time ?? "") as string;
  // The journal's rules keep every field of a record to its kind's type (kinds/<kind>.ts).
  return {
    id: state.id,
    kind: state.kind as RecordKind,
    scope: state.scope,
    author: state.author,
    values: values as ValuesOf<RecordKind>,
    at,
    deleted: isDeleted(state),
  } as Entry;
};

/** A filter for entries of the kinds given, typed: `entries.filter(ofKind("feed"))` is `Entry<"feed">[]`. */
export const ofKind =
  <K extends RecordKind>(...kinds: K[]) =>
  (e: Entry): e is Entry<K> =>
    (kinds as RecordKind[]).includes(e.kind);

/** When an entry of any kind started, for kinds that last (a feed, a sleep); undefined for the rest. */
export const startOf = (e: Entry): string | undefined => {
  const start = (e.values as { readonly start?: unknown }).start;
  return typeof start === "string" ? start : undefined;
};

/** When an entry of any kind ended, if it has an end and it has been given. */
export const endOf = (e: Entry): string | undefined => {
  const end = (e.values as { readonly end?: unknown }).end;
  return typeof end === "string" ? end : undefined;
};

/** A feed or sleep that has started and not ended: a running timer. */
export const isRunning = (entry: Entry): entry is Entry<"feed" | "sleep"> =>
  (entry.kind === "feed" || entry.kind === "sleep") && !!entry.values.start && !entry.values.end;
