/**
 * The kinds of record a caregiver logs, as zod schemas of their fields. Every field is optional at
 * this level because a record arrives field by field (one change message each); the rules that
 * need the whole record (required fields, end after start) live in rules.ts.
 */

import { z } from "zod";
import { circumstances } from "../care/circumstances.ts";
import { rotaPatternNames } from "../care/rota.ts";
import { instrumentNames } from "../care/self-screens.ts";
import {
  discomfortKinds,
  engagementSigns,
  enoughSigns,
  needs,
  outcomes,
  playActivities,
  resolvedNeeds,
  responses,
  signs,
} from "../cues/vocabulary.ts";
import { instant, longText, seconds, shortText, uuid } from "./fields.ts";
import { deletedField, momentTryField } from "./record-shape.ts";

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
export const doseUnit = z.enum(["ml", "mg", "drops", "tablet", "puff", "sachet", "g", "mcg", "iu"]);
export const pumpSide = z.enum(["left", "right", "both"]);
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

/** A medicine given: what, how much, and who gave it. Attune gives no dosing advice. */
export const medicineFields = z.object({
  ...common,
  time: instant,
  name: shortText.max(80),
  dose: z.number().positive().max(10000),
  doseUnit,
  /** Who gave it, as written (a caregiver's name, the nursery). */
  givenBy: shortText.max(80),
});

/** Expressing milk: when, which side, how much. */
export const pumpFields = z.object({
  ...common,
  start: instant,
  end: instant,
  side: pumpSide,
  volumeMl: z.number().positive().max(2000),
  leftMl: z.number().positive().max(1000),
  rightMl: z.number().positive().max(1000),
});

/** A bath. */
export const bathFields = z.object({
  ...common,
  time: instant,
});

/** One try within a cue moment: what was done, when, and how it went (filled in a moment later). */
export const momentTry = z.strictObject({
  response: z.enum(responses),
  at: instant,
  outcome: z.enum(outcomes).optional(),
  outcomeAt: instant.optional(),
  /** The entry this try was logged as (a feed, a diaper change), so it is logged once. */
  loggedId: uuid.optional(),
});

/**
 * The context kept with a moment: what was going on when it began, in minutes. These numbers are
 * worked out from other records (a feed imported without its end, a week-long gap in the log), so
 * the rules ask only that they be sane numbers, never that they fall in a range: a caregiver must
 * always be able to save a moment, whatever the rest of the journal holds.
 */
const derivedMinutes = z.number().min(0).finite();
export const momentContext = z.strictObject({
  sinceFeedMin: derivedMinutes.optional(),
  typicalFeedMin: derivedMinutes.optional(),
  sinceWakeMin: derivedMinutes.optional(),
  typicalWakeMin: derivedMinutes.optional(),
  asleep: z.boolean().optional(),
  sinceDiaperMin: derivedMinutes.optional(),
  recentPlay: z.boolean().optional(),
  hour: z.number().int().min(0).max(23),
  ageDays: z.number().int().min(0).finite(),
});

/** A cue moment: the signs, the context, the guess, each response tried and the need it turned out to be. */
export const momentFields = z.object({
  ...common,
  start: instant,
  end: instant,
  signs: z.array(z.enum(signs)).max(signs.length),
  ownSigns: z.array(shortText.max(60)).max(10),
  context: momentContext,
  guess: z.enum(needs),
  tries: z.array(momentTry).max(20),
  need: z.enum(resolvedNeeds),
  discomfort: z.enum(discomfortKinds),
});

/** A play session: what was done, how the baby joined in, and the signs that said "enough". */
export const playFields = z.object({
  ...common,
  start: instant,
  end: instant,
  activities: z.array(z.enum(playActivities)).max(playActivities.length),
  engagement: z.array(z.enum(engagementSigns)).max(engagementSigns.length),
  enough: z.array(z.enum(enoughSigns)).max(enoughSigns.length),
});

/** A guide line written by hand, in one of the guide's sections. */
export const guideLine = z.strictObject({
  section: z.enum(["signs", "soothes", "avoid", "notes"]),
  text: shortText,
  need: z.enum(needs).optional(),
});

/** The hand-edited part of a baby's guide (one record per baby): added lines, learned lines hidden. */
export const guideFields = z.object({
  ...common,
  time: instant,
  added: z.array(guideLine).max(100),
  hidden: z.array(z.string().max(80)).max(200),
});

/** A caregiver's ten-second check-in: private unless they share it (the record's scope). */
export const checkinFields = z.object({
  ...common,
  time: instant,
  sleepHours: z.number().min(0).max(24),
  stress: z.number().int().min(1).max(5),
  mood: z.number().int().min(1).max(5),
  hadHelp: z.boolean(),
  ownTime: z.boolean(),
});

/** A PHQ-9 or GAD-7 self-screen: the answers (0–3 each); the score is worked out, never stored. */
export const selfScreenFields = z.object({
  ...common,
  time: instant,
  instrument: z.enum(instrumentNames),
  answers: z.array(z.number().int().min(0).max(3)).max(9),
});

const calendarDate = z.iso.date().describe("A calendar day, YYYY-MM-DD");

/** The household's night-duty rota (one record per household). */
export const rotaFields = z.object({
  ...common,
  time: instant,
  pattern: z.enum(rotaPatternNames),
  people: z.array(uuid).min(2).max(6),
  startDate: calendarDate,
  swaps: z.array(z.strictObject({ date: calendarDate, userId: uuid })).max(400),
});

/** The intake: the baby's circumstances (shared) or a caregiver's own (private). */
export const intakeFields = z.object({
  ...common,
  time: instant,
  subject: z.enum(["baby", "caregiver"]),
  flags: z.array(z.enum(circumstances)).max(circumstances.length),
  weeksEarly: z.number().int().min(1).max(20),
});

/** A number the household wants at hand: a crisis line, the doctor, the health visitor. */
export const contactFields = z.object({
  ...common,
  time: instant,
  name: shortText.max(80),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ().*#-]{1,24}$/, "Use digits, spaces, +, -, ( ) only"),
  role: z.enum(["crisis", "doctor", "health_visitor", "other"]),
});

export const recordKinds = {
  feed: feedFields,
  sleep: sleepFields,
  diaper: diaperFields,
  growth: growthFields,
  health: healthFields,
  milestone: milestoneFields,
  note: noteFields,
  medicine: medicineFields,
  pump: pumpFields,
  bath: bathFields,
  moment: momentFields,
  play: playFields,
  guide: guideFields,
  checkin: checkinFields,
  selfscreen: selfScreenFields,
  rota: rotaFields,
  intake: intakeFields,
  contact: contactFields,
} as const;

export type RecordKind = keyof typeof recordKinds;
export const recordKindNames = Object.keys(recordKinds) as RecordKind[];
export const recordKind = z.enum(recordKindNames as [RecordKind, ...RecordKind[]]);

export type FieldsOf<K extends RecordKind> = z.infer<(typeof recordKinds)[K]>;

export { deletedField, momentTryField, recordTime } from "./record-shape.ts";

export const isRecordKind = (kind: string): kind is RecordKind => Object.hasOwn(recordKinds, kind);

/** The schema a single field's value must match; `null` clears a field. Undefined for unknown fields. */
export const fieldSchema = (kind: RecordKind, field: string): z.ZodType | undefined => {
  if (field === deletedField) return z.boolean();
  if (kind === "moment" && momentTryField.test(field)) return momentTry.nullable();
  const shape = recordKinds[kind].shape as Record<string, z.ZodType>;
  const schema = Object.hasOwn(shape, field) ? shape[field] : undefined;
  return schema ? schema.nullable() : undefined;
};

export const scope = z.enum(["household", "private"]);
export type { Scope } from "./record-shape.ts";
