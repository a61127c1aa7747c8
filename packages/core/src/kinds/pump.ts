/** Expressing milk: when, which side, how much. */
import { defineKind } from "./define.ts";

export const pumpSides = ["left", "right", "both"] as const;

export const pump = defineKind({
  fields: ({ z, common, instant }) =>
    z.object({
      ...common,
      start: instant,
      end: instant,
      side: z.enum(pumpSides),
      volumeMl: z.number().positive().max(2000),
      leftMl: z.number().positive().max(1000),
      rightMl: z.number().positive().max(1000),
    }),
  time: "start",
  logged: true,
  required: ["babyId", "start"],
  instant: () => true,
  form: [
    { name: "start", input: "datetime" },
    { name: "end", input: "datetime" },
    { name: "side", input: "choice", options: pumpSides },
    { name: "volumeMl", input: "volume" },
    { name: "note", input: "longText" },
  ],
});
