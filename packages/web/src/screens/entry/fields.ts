/**
 * The form fields of each kind of entry, in the order a person fills them, and how a typed value
 * becomes a journal value (in the journal's units) and back.
 */
import {
  doseUnit,
  fallAsleepWay,
  type Json,
  lengthFromCm,
  lengthUnitFor,
  milkType,
  parseLength,
  parseWeight,
  poundsAndOunces,
  pumpSide,
  type RecordKind,
  sleepPlace,
  stoolColour,
  temperatureFromC,
  temperatureSite,
  temperatureToC,
  volumeFromMl,
  volumeToMl,
} from "@attune/core";
import { fromLocalInput, toLocalInput } from "../../format.ts";
import type { Settings } from "../../settings/settings.ts";

export type FieldType =
  | "datetime"
  | "select"
  | "number"
  | "text"
  | "textarea"
  | "volume"
  | "weight"
  | "temperature"
  | "minutes"
  | "length";

export interface FieldSpec {
  /** The journal field it sets (minutes fields set `<side>Seconds`). */
  readonly name: string;
  readonly type: FieldType;
  readonly options?: readonly string[];
  readonly showIf?: (form: Record<string, string>) => boolean;
}

const breast = (f: Record<string, string>) => f.method === "breast";
const note: FieldSpec = { name: "note", type: "textarea" };

export const fieldSpecs: Partial<Record<RecordKind, readonly FieldSpec[]>> = {
  feed: [
    { name: "method", type: "select", options: ["breast", "bottle", "solids"] },
    { name: "start", type: "datetime" },
    { name: "end", type: "datetime" },
    { name: "leftSeconds", type: "minutes", showIf: breast },
    { name: "rightSeconds", type: "minutes", showIf: breast },
    { name: "volumeMl", type: "volume", showIf: (f) => f.method === "bottle" },
    { name: "milk", type: "select", options: milkType.options, showIf: (f) => f.method === "bottle" },
    { name: "food", type: "text", showIf: (f) => f.method === "solids" },
    { name: "amount", type: "text", showIf: (f) => f.method === "solids" },
    note,
  ],
  sleep: [
    { name: "start", type: "datetime" },
    { name: "end", type: "datetime" },
    { name: "place", type: "select", options: sleepPlace.options },
    { name: "fellAsleep", type: "select", options: fallAsleepWay.options },
    note,
  ],
  diaper: [
    { name: "time", type: "datetime" },
    { name: "contents", type: "select", options: ["wet", "dirty", "both", "dry"] },
    {
      name: "colour",
      type: "select",
      options: stoolColour.options,
      showIf: (f) => f.contents === "dirty" || f.contents === "both",
    },
    note,
  ],
  growth: [
    { name: "time", type: "datetime" },
    { name: "weightKg", type: "weight" },
    { name: "lengthCm", type: "length" },
    { name: "headCm", type: "length" },
    note,
  ],
  health: [
    { name: "time", type: "datetime" },
    { name: "type", type: "select", options: ["temperature", "symptom", "medication"] },
    { name: "temperatureC", type: "temperature", showIf: (f) => f.type === "temperature" },
    {
      name: "site",
      type: "select",
      options: temperatureSite.options,
      showIf: (f) => f.type === "temperature",
    },
    { name: "symptom", type: "text", showIf: (f) => f.type === "symptom" },
    { name: "medication", type: "text", showIf: (f) => f.type === "medication" },
    { name: "dose", type: "number", showIf: (f) => f.type === "medication" },
    { name: "doseUnit", type: "select", options: doseUnit.options, showIf: (f) => f.type === "medication" },
    note,
  ],
  medicine: [
    { name: "time", type: "datetime" },
    { name: "name", type: "text" },
    { name: "dose", type: "number" },
    { name: "doseUnit", type: "select", options: doseUnit.options },
    { name: "givenBy", type: "text" },
    note,
  ],
  pump: [
    { name: "start", type: "datetime" },
    { name: "end", type: "datetime" },
    { name: "side", type: "select", options: pumpSide.options },
    { name: "volumeMl", type: "volume" },
    note,
  ],
  bath: [{ name: "time", type: "datetime" }, note],
  milestone: [{ name: "time", type: "datetime" }, { name: "title", type: "text" }, note],
  note: [
    { name: "time", type: "datetime" },
    { name: "text", type: "textarea" },
  ],
  // Moments and play have their own screens; the form edits only their times and note. The
  // caregiver's own records (check-ins, screens, rota, intake, contacts) have none here.
  moment: [{ name: "start", type: "datetime" }, { name: "end", type: "datetime" }, note],
  play: [{ name: "start", type: "datetime" }, { name: "end", type: "datetime" }, note],
};

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A journal value as the text in its input, in the reader's units. */
export const toInput = (spec: FieldSpec, value: Json | undefined, s: Settings): string => {
  if (value === undefined || value === null) return "";
  switch (spec.type) {
    case "datetime":
      return toLocalInput(String(value));
    case "volume":
      return String(round(volumeFromMl(Number(value), s.volume), s.volume === "ml" ? 0 : 1));
    case "weight": {
      if (s.weight === "kg") return String(round(Number(value), 3));
      const { lb, oz } = poundsAndOunces(Number(value));
      return `${lb} lb ${oz} oz`;
    }
    case "length":
      return String(round(lengthFromCm(Number(value), lengthUnitFor(s.weight)), 1));
    case "temperature":
      return String(round(temperatureFromC(Number(value), s.temperature), 1));
    case "minutes":
      return String(round(Number(value) / 60, 1));
    default:
      return String(value);
  }
};

/**
 * The text of an input as a journal value: undefined when empty, NaN for a number that is not one
 * (which the rules then refuse with a message next to the field).
 */
export const fromInput = (spec: FieldSpec, text: string, s: Settings): Json | undefined => {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const n = Number(trimmed.replace(",", "."));
  switch (spec.type) {
    case "datetime":
      return fromLocalInput(trimmed) ?? "invalid";
    case "volume":
      return Number.isFinite(n) ? round(volumeToMl(n, s.volume), 1) : Number.NaN;
    case "weight": {
      const kg = parseWeight(trimmed, s.weight);
      return Number.isFinite(kg) ? round(kg, 4) : Number.NaN;
    }
    case "length": {
      const cm = parseLength(trimmed, lengthUnitFor(s.weight));
      return Number.isFinite(cm) ? round(cm, 1) : Number.NaN;
    }
    case "temperature":
      return Number.isFinite(n) ? round(temperatureToC(n, s.temperature), 2) : Number.NaN;
    case "minutes":
      return Number.isFinite(n) ? Math.round(n * 60) : Number.NaN;
    case "number":
      return n;
    default:
      return trimmed;
  }
};
