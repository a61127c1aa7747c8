/** A medicine given: what, how much, and who gave it. Attune gives no dosing advice. */
import { defineKind } from "./define.ts";
import { doseUnits } from "./health.ts";

export const medicine = defineKind({
  fields: ({ z, common, instant, shortText }) =>
    z.object({
      ...common,
      time: instant,
      name: shortText.max(80),
      dose: z.number().positive().max(10000),
      doseUnit: z.enum(doseUnits),
      /** Who gave it, as written (a caregiver's name, the nursery). */
      givenBy: shortText.max(80),
      /** The caregiver's own "not before" time for the next dose, for a reminder (no dosing advice). */
      nextAt: instant,
    }),
  time: "time",
  logged: true,
  required: ["babyId", "time", "name"],
  form: [
    { name: "time", input: "datetime" },
    { name: "name", input: "text" },
    { name: "dose", input: "number" },
    { name: "doseUnit", input: "choice", options: doseUnits },
    { name: "givenBy", input: "text" },
    { name: "nextAt", input: "datetime" },
    { name: "note", input: "longText" },
  ],
});
