/**
 * A record as the screens use it: its plain values next to its identity. Built from a record state
 * (see merge.ts); deleted records are left out by the callers that list entries.
 */

import { fieldValues, isDeleted, type RecordState } from "../journal/merge.ts";
import type { Json } from "../journal/message.ts";

export interface Entry {
  readonly id: string;
  readonly kind: string;
  readonly scope: "household" | "private";
  readonly author?: string | undefined;
  readonly values: Readonly<Record<string, Json>>;
  /** When it started or happened (ISO), for sorting. */
  readonly at: string;
  readonly deleted: boolean;
}

export const entryOf = (state: RecordState): Entry => {
  const values = fieldValues(state);
  const at = (values.start ?? values.time ?? "") as string;
  return {
    id: state.id,
    kind: state.kind,
    scope: state.scope,
    author: state.author,
    values,
    at,
    deleted: isDeleted(state),
  };
};

export const str = (entry: Entry, field: string): string | undefined => {
  const v = entry.values[field];
  return typeof v === "string" ? v : undefined;
};

export const num = (entry: Entry, field: string): number | undefined => {
  const v = entry.values[field];
  return typeof v === "number" ? v : undefined;
};

/** A field holding a list of words (signs, flags, activities): its strings, ignoring anything else. */
export const strs = (entry: Entry, field: string): string[] => {
  const v = entry.values[field];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
};

/** A feed or sleep that has started and not ended: a running timer. */
export const isRunning = (entry: Entry): boolean =>
  (entry.kind === "feed" || entry.kind === "sleep") && !!str(entry, "start") && !str(entry, "end");
