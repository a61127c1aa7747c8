/** A sleep: when it started and ended, where, and how the baby fell asleep. */
import { defineKind } from "./define.ts";

export const sleepPlaces = [
  "cot",
  "bassinet",
  "parents_bed",
  "arms",
  "carrier",
  "pram",
  "car",
  "other",
] as const;
export const fallAsleepWays = ["feeding", "rocking", "held", "on_own", "dummy", "motion", "other"] as const;

export const sleep = defineKind({
  fields: ({ z, common, instant }) =>
    z.object({
      ...common,
      start: instant,
      end: instant,
      place: z.enum(sleepPlaces),
      fellAsleep: z.enum(fallAsleepWays),
    }),
  time: "start",
  logged: true,
  required: ["babyId", "start"],
  form: [
    { name: "start", input: "datetime" },
    { name: "end", input: "datetime" },
    { name: "place", input: "choice", options: sleepPlaces },
    { name: "fellAsleep", input: "choice", options: fallAsleepWays },
    { name: "note", input: "longText" },
  ],
});
