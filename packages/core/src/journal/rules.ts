/**
 * The rules a whole record must keep, the ones users rely on: no time further in the future than a
 * small clock skew, an end after its start, nothing longer than 24 hours, and the fields each kind
 * needs. Overlaps are not a rule: they are kept and flagged (see overlaps.ts).
 */
import { fieldSchema, type RecordKind } from "./kinds.ts";
import type { Json } from "./message.ts";

/** How far in the future a time may be: phones' clocks disagree by a little. */
export const futureSkewMs = 5 * 60 * 1000;
export const maxDurationMs = 24 * 60 * 60 * 1000;

export interface RecordIssue {
  readonly field: string;
  readonly code: "required" | "invalid" | "future" | "end_before_start" | "too_long";
  readonly message: string;
}

const timeFields = ["start", "end", "time"] as const;

const required: Record<RecordKind, readonly string[]> = {
  feed: ["babyId", "method", "start"],
  sleep: ["babyId", "start"],
  diaper: ["babyId", "time", "contents"],
  growth: ["babyId", "time"],
  health: ["babyId", "time", "type"],
  milestone: ["babyId", "time", "title"],
  note: ["time", "text"],
  moment: ["babyId", "start"],
  play: ["babyId", "start"],
  guide: ["babyId", "time"],
  checkin: ["time"],
  selfscreen: ["time", "instrument", "answers"],
  rota: ["time", "pattern", "people", "startDate"],
  intake: ["time", "subject"],
  contact: ["time", "name", "phone"],
};

const typeIssues = (kind: RecordKind, values: Record<string, Json>): RecordIssue[] => {
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

const kindIssues = (kind: RecordKind, values: Record<string, Json>): RecordIssue[] => {
  const issues: RecordIssue[] = [];
  if (kind === "growth" && values.weightKg == null && values.lengthCm == null && values.headCm == null) {
    issues.push({
      field: "weightKg",
      code: "required",
      message: "Give at least one of weight, length or head size",
    });
  }
  if (kind === "health") {
    const needs = { temperature: "temperatureC", symptom: "symptom", medication: "medication" } as const;
    const type = values.type as keyof typeof needs | undefined;
    const field = type ? needs[type] : undefined;
    if (field && values[field] == null) {
      issues.push({ field, code: "required", message: `A ${type} entry needs "${field}"` });
    }
  }
  if (kind === "selfscreen" && Array.isArray(values.answers) && typeof values.instrument === "string") {
    const items = values.instrument === "phq9" ? 9 : 7;
    if (values.answers.length !== items)
      issues.push({
        field: "answers",
        code: "invalid",
        message: `A ${values.instrument} has ${items} answers`,
      });
  }
  return issues;
};

/** Everything wrong with a record as a whole; an empty list means it may be saved. */
export const recordIssues = (kind: RecordKind, values: Record<string, Json>, now: number): RecordIssue[] => {
  const issues = typeIssues(kind, values);
  for (const field of required[kind]) {
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
    const length = Date.parse(values.end) - Date.parse(values.start);
    if (length <= 0)
      issues.push({ field: "end", code: "end_before_start", message: "The end must be after the start" });
    else if (length > maxDurationMs) {
      issues.push({ field: "end", code: "too_long", message: "An entry can last at most 24 hours" });
    }
  }
  return issues;
};
