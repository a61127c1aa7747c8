/**
 * A PHQ-9 or GAD-7 self-check: the answers (0–3 each); the score is worked out, never stored (see
 * care/self-checks.ts for the bands). The kind keeps the id it has always had in the journal,
 * "selfscreen", so that records already written stay readable.
 */
import { defineKind } from "./define.ts";

/** The questionnaires and how many items each has. */
export const instrumentItems = { phq9: 9, gad7: 7 } as const;
export type Instrument = keyof typeof instrumentItems;
export const instrumentNames = Object.keys(instrumentItems) as Instrument[];

export const selfscreen = defineKind({
  fields: ({ z, common, instant }) =>
    z.object({
      ...common,
      time: instant,
      instrument: z.enum(instrumentNames),
      answers: z.array(z.number().int().min(0).max(3)).max(9),
    }),
  time: "time",
  logged: false,
  required: ["time", "instrument", "answers"],
  rules: (v) => {
    if (!v.answers || !v.instrument) return [];
    const items = instrumentItems[v.instrument];
    return v.answers.length === items
      ? []
      : [{ field: "answers", code: "invalid", message: `A ${v.instrument} has ${items} answers` }];
  },
});
