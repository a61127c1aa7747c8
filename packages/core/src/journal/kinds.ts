/**
 * The kinds of record a caregiver logs, as zod schemas of their fields. Every field is optional at
 * this level because a record arrives field by field (one change message each); the rules that
 * need the whole record (required fields, end after start) live in rules.ts.
 */
import { z } from "zod";
import { instant, longText, seconds, shortText, uuid } from "./fields.ts";
import { deletedField } from "./record-shape.ts";

export const breastSide = z.enum(["left", "right", "both"]);
export const milkType = z.enum(["breast", "formula", "mixed", "donor", "other"]);
export const sleepPlace = z.enum([
  "cot",
  "bassinet",
  "parents_bed",
  "arms",
  "carrier",
  "pram",
  "car",
  "other",
]);
export const fallAsleepWay = z.enum(["feeding", "rocking", "held", "on_own", "dummy", "motion", "other"]);
export const diaperContents = z.enum(["wet", "dirty", "both", "dry"]);
export const stoolColour = z.enum(["yellow", "green", "brown", "black", "red", "white", "other"]);
export const healthType = z.enum(["temperature", "symptom", "medication"]);
export const doseUnit = z.enum(["ml", "mg", "drops", "tablet", "puff"]);
export const temperatureSite = z.enum(["armpit", "rectal", "ear", "forehead", "mouth"]);

const common = {
  babyId: uuid,
  note: longText,
};

export const feedFields = z.object({
  ...common,
  method: z.enum(["breast", "bottle", "solids"]),
  start: instant,
  end: instant,
  side: breastSide,
  leftSeconds: seconds,
  rightSeconds: seconds,
  lastSide: z.enum(["left", "right"]),
  /** While a breast feed runs: the side in use and when it started (its time is not yet in the totals). */
  runningSide: z.enum(["left", "right"]),
  sideStart: instant,
  volumeMl: z.number().positive().max(1000),
  milk: milkType,
  food: shortText,
  amount: shortText,
});

export const sleepFields = z.object({
  ...common,
  start: instant,
  end: instant,
  place: sleepPlace,
  fellAsleep: fallAsleepWay,
});

export const diaperFields = z.object({
  ...common,
  time: instant,
  contents: diaperContents,
  colour: stoolColour,
});

export const growthFields = z.object({
  ...common,
  time: instant,
  weightKg: z.number().positive().max(30),
  lengthCm: z.number().positive().max(130),
  headCm: z.number().positive().max(70),
});

export const healthFields = z.object({
  ...common,
  time: instant,
  type: healthType,
  temperatureC: z.number().min(30).max(45),
  site: temperatureSite,
  symptom: shortText,
  medication: shortText,
  dose: z.number().positive().max(10000),
  doseUnit,
});

export const milestoneFields = z.object({
  ...common,
  time: instant,
  title: shortText,
});

export const noteFields = z.object({
  ...common,
  time: instant,
  text: z.string().trim().min(1).max(5000),
});

export const recordKinds = {
  feed: feedFields,
  sleep: sleepFields,
  diaper: diaperFields,
  growth: growthFields,
  health: healthFields,
  milestone: milestoneFields,
  note: noteFields,
} as const;

export type RecordKind = keyof typeof recordKinds;
export const recordKindNames = Object.keys(recordKinds) as RecordKind[];
export const recordKind = z.enum(recordKindNames as [RecordKind, ...RecordKind[]]);

export type FieldsOf<K extends RecordKind> = z.infer<(typeof recordKinds)[K]>;

export { deletedField, recordTime } from "./record-shape.ts";

export const isRecordKind = (kind: string): kind is RecordKind => Object.hasOwn(recordKinds, kind);

/** The schema a single field's value must match; `null` clears a field. Undefined for unknown fields. */
export const fieldSchema = (kind: RecordKind, field: string): z.ZodType | undefined => {
  if (field === deletedField) return z.boolean();
  const shape = recordKinds[kind].shape as Record<string, z.ZodType>;
  const schema = Object.hasOwn(shape, field) ? shape[field] : undefined;
  return schema ? schema.nullable() : undefined;
};

export const scope = z.enum(["household", "private"]);
export type { Scope } from "./record-shape.ts";
