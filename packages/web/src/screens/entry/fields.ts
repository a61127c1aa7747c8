/**
 * The form fields of each kind of entry, in the order a person fills them, and how a typed value
 * becomes a journal value (in the journal's units) and back.
 */
import {
  type FormField,
  type InputType,
  type Json,
  kinds,
  lengthFromCm,
  lengthUnitFor,
  parseLength,
  parseWeight,
  poundsAndOunces,
  type RecordKind,
  temperatureFromC,
  temperatureToC,
  volumeFromMl,
  volumeToMl,
} from "@attune/core/light";
import { fromLocalInput, toLocalInput } from "../../format.ts";
import type { Settings } from "../../settings/settings.ts";

/** A field of a kind's form (kinds/<kind>.ts), with its name as the form keeps it. */
export type FieldSpec = FormField<Record<string, unknown>>;

/** A kind's form fields, in the order a person fills them; none for kinds with screens of their own. */
export const formFields = (kind: RecordKind): readonly FieldSpec[] =>
  (kinds[kind] as { readonly form?: readonly FieldSpec[] }).form ?? [];

/** Whether a field shows, given what the form holds now (a bottle's amount only for a bottle). */
export const isShown = (field: FieldSpec, form: Readonly<Record<string, string>>): boolean =>
  !field.when ||
  Object.entries(field.when).every(([name, values]) => (values as readonly unknown[]).includes(form[name]));

/** Inputs whose text is a number in the reader's units. */
export const numericInputs: ReadonlySet<InputType> = new Set([
  "number",
  "volume",
  "weight",
  "length",
  "temperature",
  "minutes",
]);

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A journal value as the text in its input, in the reader's units. */
export const toInput = (spec: FieldSpec, value: Json | undefined, s: Settings): string => {
  if (value === undefined || value === null) return "";
  switch (spec.input) {
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
  switch (spec.input) {
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
