/** A measurement: weight, length and head size, any of them. */
import { defineKind } from "./define.ts";

export const growth = defineKind({
  fields: ({ z, common, instant }) =>
    z.object({
      ...common,
      time: instant,
      weightKg: z.number().positive().max(30),
      lengthCm: z.number().positive().max(130),
      headCm: z.number().positive().max(70),
    }),
  time: "time",
  logged: true,
  required: ["babyId", "time"],
  rules: (v) =>
    v.weightKg == null && v.lengthCm == null && v.headCm == null
      ? [{ field: "weightKg", code: "required", message: "Give at least one of weight, length or head size" }]
      : [],
  form: [
    { name: "time", input: "datetime" },
    { name: "weightKg", input: "weight" },
    { name: "lengthCm", input: "length" },
    { name: "headCm", input: "length" },
    { name: "note", input: "longText" },
  ],
});
