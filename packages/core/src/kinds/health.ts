/**
 * A health note: a temperature, a symptom, or a medication given (the older way to log a medicine;
 * see medicine.ts). Attune gives no dosing advice.
 */
import { defineKind } from "./define.ts";

export const healthTypes = ["temperature", "symptom", "medication"] as const;
export const temperatureSites = ["armpit", "rectal", "ear", "forehead", "mouth"] as const;
export const doseUnits = ["ml", "mg", "drops", "tablet", "puff", "sachet", "g", "mcg", "iu"] as const;

/** The field each type of health note needs. */
const needs = { temperature: "temperatureC", symptom: "symptom", medication: "medication" } as const;

export const health = defineKind({
  fields: ({ z, common, instant, shortText }) =>
    z.object({
      ...common,
      time: instant,
      type: z.enum(healthTypes),
      temperatureC: z.number().min(30).max(45),
      site: z.enum(temperatureSites),
      symptom: shortText,
      medication: shortText,
      dose: z.number().positive().max(10000),
      doseUnit: z.enum(doseUnits),
    }),
  time: "time",
  logged: true,
  required: ["babyId", "time", "type"],
  rules: (v) => {
    const field = v.type ? needs[v.type] : undefined;
    return field && v[field] == null
      ? [{ field, code: "required", message: `A ${v.type} entry needs "${field}"` }]
      : [];
  },
  form: [
    { name: "time", input: "datetime" },
    { name: "type", input: "choice", options: healthTypes },
    { name: "temperatureC", input: "temperature", when: { type: ["temperature"] } },
    { name: "site", input: "choice", options: temperatureSites, when: { type: ["temperature"] } },
    { name: "symptom", input: "text", when: { type: ["symptom"] } },
    { name: "medication", input: "text", when: { type: ["medication"] } },
    { name: "dose", input: "number", when: { type: ["medication"] } },
    { name: "doseUnit", input: "choice", options: doseUnits, when: { type: ["medication"] } },
    { name: "note", input: "longText" },
  ],
});
