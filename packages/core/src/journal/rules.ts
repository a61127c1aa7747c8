/**
 * The rules a whole record must keep, the ones users rely on: no time further in the future than a
 * small clock skew, an end after its start, nothing longer than 24 hours, and the fields each kind
 * needs. Overlaps are not a rule: they are kept and flagged (see overlaps.ts).
 */
import type { RecordIssue } from "../kinds/define.ts";
import { kinds, type RecordKind } from "../kinds/index.ts";
import { fieldSchema } from "../kinds/schemas.ts";

export type { RecordIssue } from "../kinds/define.ts";

/** How far in the future a time may be: phones' clocks disagree by a little. */
export const futureSkewMs = 5 * 60 * 1000;
export const maxDurationMs = 24 * 60 * 60 * 1000;

const timeFields = ["start", "end", "time"] as const;

/** A record's values: from a form, a push, or an entry of any kind. */
type Values = Readonly<Record<string, unknown>>;

const typeIssues = (kind: RecordKind, values: Values): RecordIssue[] => {
  const issues: RecordIssue[] = [];
  for (const [field, value] of Object.entries(values)) {
    const schema = fieldSchema(kind, field);
    if (!schema) {
      issues.push({ field, code: "invalid", message: `"${field}" is not a field of a ${kind} record` });
      continue;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      issues.push({ field, code: "invalid", message: parsed.error.issues[0]?.message ?? "invalid" });
  }
  return issues;
};

/** The kind's own whole-record rules (kinds/<kind>.ts), on values whose fields have their types. */
const kindIssues = (kind: RecordKind, values: Values): RecordIssue[] => {
  // Each field already has its type here, or typeIssues has said what is wrong with it.
  const rules = kinds[kind].rules as ((v: Values) => RecordIssue[]) | undefined;
  return rules ? rules(values) : [];
};

/** Everything wrong with a record as a whole; an empty list means it may be saved. */
export const recordIssues = (kind: RecordKind, values: Values, now: number): RecordIssue[] => {
  const issues = typeIssues(kind, values);
  for (const field of kinds[kind].required) {
    if (values[field] == null) issues.push({ field, code: "required", message: `"${field}" is required` });
  }
  issues.push(...kindIssues(kind, values));
  for (const field of timeFields) {
    const value = values[field];
    if (typeof value !== "string") continue;
    const at = Date.parse(value);
    if (at - now > futureSkewMs) {
      issues.push({ field, code: "future", message: `"${field}" is in the future` });
    }
  }
  if (typeof values.start === "string" && typeof values.end === "string") {
    // An entry may last no time at all: a bottle noted as given, an import that had no end.
    const length = Date.parse(values.end) - Date.parse(values.start);
    if (length < 0)
      issues.push({
        field: "end",
        code: "end_before_start",
        message: "The end must not be before the start",
      });
    else if (length > maxDurationMs) {
      issues.push({ field: "end", code: "too_long", message: "An entry can last at most 24 hours" });
    }
  }
  return issues;
};

/** How long an entry lasts; a running one (a start and no end) lasts for ever so far. */
const lengthOf = (values: Values): number | undefined => {
  if (typeof values.start !== "string") return undefined;
  if (typeof values.end !== "string") return Number.POSITIVE_INFINITY;
  return Date.parse(values.end) - Date.parse(values.start);
};

/**
 * What is wrong with a change to a record: only what the change itself makes wrong. A problem the
 * record already had (an entry longer than a day from another app, a time a clock put ahead) does
 * not stop a caregiver from changing its amount or its note; ending, shortening or deleting an
 * entry is never refused, so a timer left running for days can always be stopped.
 */
export const changeIssues = (
  kind: RecordKind,
  before: Values | undefined,
  after: Values,
  now: number,
): RecordIssue[] => {
  if (after.deleted === true) return [];
  const issues = recordIssues(kind, after, now);
  if (!before) return issues;
  const had = new Set(recordIssues(kind, { ...before }, now).map((i) => `${i.field}|${i.code}`));
  const previous = lengthOf(before);
  const next = lengthOf(after);
  const shorter = previous !== undefined && next !== undefined && next <= previous;
  return issues.filter((i) => !had.has(`${i.field}|${i.code}`) && !(i.code === "too_long" && shorter));
};
