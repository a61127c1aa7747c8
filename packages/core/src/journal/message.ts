/**
 * A change message: one field of one record set to one value at one clock stamp. Messages are the
 * only way the journal changes, on a device and on the server alike.
 */
import { z } from "zod";
import { uuid } from "../kinds/kit.ts";
import { recordKind, scope } from "../kinds/schemas.ts";

export const jsonValue: z.ZodType<Json> = z.lazy(() =>
  z.union([
    z.string().max(10_000),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValue),
    z.record(z.string(), jsonValue),
  ]),
);
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export const message = z.object({
  recordId: uuid,
  kind: recordKind,
  scope,
  field: z.string().min(1).max(64),
  value: jsonValue,
  hlc: z.string().max(40),
});
export type Message = z.infer<typeof message>;
