/** A diaper changed: what was in it and, for a dirty one, the colour. */
import { defineKind } from "./define.ts";

export const diaperContents = ["wet", "dirty", "both", "dry"] as const;
export const stoolColours = ["yellow", "green", "brown", "black", "red", "white", "other"] as const;

export const diaper = defineKind({
  fields: ({ z, common, instant }) =>
    z.object({
      ...common,
      time: instant,
      contents: z.enum(diaperContents),
      colour: z.enum(stoolColours),
    }),
  time: "time",
  logged: true,
  // A diaper whose contents were not noted is still a diaper changed.
  required: ["babyId", "time"],
  form: [
    { name: "time", input: "datetime" },
    { name: "contents", input: "choice", options: diaperContents },
    { name: "colour", input: "choice", options: stoolColours, when: { contents: ["dirty", "both"] } },
    { name: "note", input: "longText" },
  ],
});
