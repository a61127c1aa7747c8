/**
 * How a kind of record is defined: one module per kind (`kinds/<kind>.ts`) holds its fields, the
 * fields it needs, its whole-record rules, its time field, whether it is on the timeline and its
 * form. Everything else — the record rules, `RecordKind`, `loggedKinds`, the typed `Entry<K>`, the
 * web's forms — is derived from these modules. A module imports zod only as a type: its fields are
 * a function of the kit (kit.ts), called once by schemas.ts, so the facts load on the first screen
 * without the validation library.
 */
import type { z } from "zod";
import type { Kit } from "./kit.ts";

export interface RecordIssue {
  readonly field: string;
  readonly code: "required" | "invalid" | "future" | "end_before_start" | "too_long";
  readonly message: string;
}

/** How a field is typed in a form; the web turns each into an input in the reader's units. */
export type InputType =
  | "datetime"
  | "choice"
  | "number"
  | "text"
  | "longText"
  | "volume"
  | "weight"
  | "length"
  | "temperature"
  | "minutes";

/** One field of a kind's form, in the order a person fills them. */
export interface FormField<F> {
  readonly name: keyof F & string;
  readonly input: InputType;
  /** The choices of a `choice` field, in the order shown. */
  readonly options?: readonly string[];
  /** Shown only while another field of the form has one of these values. */
  readonly when?: { readonly [P in keyof F]?: readonly NonNullable<F[P]>[] };
}

export interface KindDefinition<
  Shape extends z.core.$ZodShape = z.core.$ZodShape,
  Logged extends boolean = boolean,
> {
  /** Every field a record of this kind may hold; each arrives on its own, so all are optional here. */
  readonly fields: (kit: Kit) => z.ZodObject<Shape>;
  /** The field that places it in time: when it started, or when it happened. */
  readonly time: "start" | "time";
  /** A thing that happened to the baby, shown on the timeline (the rest have screens of their own). */
  readonly logged: Logged;
  /** The fields a whole record needs. */
  readonly required: readonly (keyof Shape & string)[];
  /** What else a whole record must keep, beyond each field's own type. */
  readonly rules?: (values: Readonly<Partial<z.infer<z.ZodObject<Shape>>>>) => RecordIssue[];
  /**
   * Whether a record saved with a start and no end happened at that instant (a bottle given, milk
   * pumped) rather than starting a timer; kinds without it never start one from the form.
   */
  readonly instant?: (values: Readonly<Partial<z.infer<z.ZodObject<Shape>>>>) => boolean;
  /** The form that adds or edits one, if it has one in the entry sheet. */
  readonly form?: readonly FormField<z.infer<z.ZodObject<Shape>>>[];
}

/** Defines a kind, keeping its fields' types and whether it is logged for the types derived from it. */
export const defineKind = <const Shape extends z.core.$ZodShape, const Logged extends boolean>(
  definition: KindDefinition<Shape, Logged>,
): KindDefinition<Shape, Logged> => definition;
