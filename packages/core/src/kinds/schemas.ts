/**
 * The kinds' zod schemas, built once from the kind modules (which import zod only as a type), and
 * the schema each field's value must match. Loaded with the validation: the server, the entry form,
 * the importers; never by the first screen.
 */
import { z } from "zod";
import { deletedField } from "../journal/record-shape.ts";
import { kinds, type RecordKind, recordKindNames } from "./index.ts";
import { kit } from "./kit.ts";
import { momentContextSchema, momentTryField, momentTrySchema } from "./moment.ts";

type Schemas = { readonly [K in RecordKind]: ReturnType<(typeof kinds)[K]["fields"]> };

export const recordKinds = Object.fromEntries(
  recordKindNames.map((k) => [k, kinds[k].fields(kit)]),
) as unknown as Schemas;

export const recordKind = z.enum(recordKindNames as [RecordKind, ...RecordKind[]]);
export const momentTry = momentTrySchema(kit);
export const momentContext = momentContextSchema(kit);
export const scope = z.enum(["household", "private"]);

/** The schema a single field's value must match; `null` clears a field. Undefined for unknown fields. */
export const fieldSchema = (kind: RecordKind, field: string): z.ZodType | undefined => {
  if (field === deletedField) return z.boolean();
  if (kind === "moment" && momentTryField.test(field)) return momentTry.nullable();
  const shape = recordKinds[kind].shape as Record<string, z.ZodType>;
  const schema = Object.hasOwn(shape, field) ? shape[field] : undefined;
  return schema ? schema.nullable() : undefined;
};
