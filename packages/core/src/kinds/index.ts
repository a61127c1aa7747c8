/**
 * Every kind of record, from its module. `RecordKind`, `loggedKinds`, each kind's fields as a type
 * (`FieldsOf<K>`) and its values as an entry holds them (`ValuesOf<K>`) are derived from here. No
 * zod at run time: the schemas are built from the same modules in schemas.ts.
 *
 * Adding a kind: write `kinds/<kind>.ts`, add it below, and give it its words in the language
 * files (`kinds.<kind>`, its fields and options); the type checker then names every table (the
 * web's summaries, the need helper's lists) that must say what it does with it.
 */
import type { z } from "zod";
import { bath } from "./bath.ts";
import { checkin } from "./checkin.ts";
import { checkup } from "./checkup.ts";
import { contact } from "./contact.ts";
import { cry } from "./cry.ts";
import { diaper } from "./diaper.ts";
import { feed } from "./feed.ts";
import { growth } from "./growth.ts";
import { guide } from "./guide.ts";
import { health } from "./health.ts";
import { intake } from "./intake.ts";
import { medicine } from "./medicine.ts";
import { milestone } from "./milestone.ts";
import { moment, type momentTrySchema } from "./moment.ts";
import { note } from "./note.ts";
import { play } from "./play.ts";
import { pump } from "./pump.ts";
import { reminders } from "./reminders.ts";
import { rota } from "./rota.ts";
import { selfscreen } from "./selfscreen.ts";
import { sleep } from "./sleep.ts";

export const kinds = {
  feed,
  sleep,
  diaper,
  growth,
  health,
  milestone,
  note,
  medicine,
  pump,
  bath,
  moment,
  play,
  cry,
  guide,
  checkup,
  checkin,
  selfscreen,
  rota,
  intake,
  contact,
  reminders,
} as const;

export type RecordKind = keyof typeof kinds;
export const recordKindNames = Object.keys(kinds) as RecordKind[];

/** The kinds that are things that happened to the baby, shown on the timeline, in the kinds' order. */
export type LoggedKind = {
  [K in RecordKind]: (typeof kinds)[K]["logged"] extends true ? K : never;
}[RecordKind];
export const loggedKinds: readonly LoggedKind[] = recordKindNames.filter(
  (k): k is LoggedKind => kinds[k].logged,
);

/** A whole record of a kind, every field given. */
export type FieldsOf<K extends RecordKind> = z.infer<ReturnType<(typeof kinds)[K]["fields"]>>;
export type MomentTryFields = z.infer<ReturnType<typeof momentTrySchema>>;

/**
 * A record's values as an entry holds them: any field may be missing (records arrive field by
 * field), and a moment also holds its tries one per field.
 */
export type ValuesOf<K extends RecordKind> = Readonly<Partial<FieldsOf<K>>> &
  (K extends "moment" ? { readonly [field: `try:${string}`]: MomentTryFields | undefined } : unknown);

/** The field that places a record of this kind in time. */
export const timeFieldOf = (kind: RecordKind): "start" | "time" => kinds[kind].time;

export const isRecordKind = (kind: string): kind is RecordKind => Object.hasOwn(kinds, kind);
