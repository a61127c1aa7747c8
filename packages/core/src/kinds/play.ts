/** A play session: what was done, how the baby joined in, and the signs that said "enough". */
import { engagementSigns, enoughSigns, playActivities } from "../cues/vocabulary.ts";
import { defineKind } from "./define.ts";

export const play = defineKind({
  fields: ({ z, common, instant }) =>
    z.object({
      ...common,
      start: instant,
      end: instant,
      activities: z.array(z.enum(playActivities)).max(playActivities.length),
      engagement: z.array(z.enum(engagementSigns)).max(engagementSigns.length),
      enough: z.array(z.enum(enoughSigns)).max(enoughSigns.length),
    }),
  time: "start",
  logged: true,
  required: ["babyId", "start"],
  // The play screen records the rest; the entry sheet edits its times and note.
  form: [
    { name: "start", input: "datetime" },
    { name: "end", input: "datetime" },
    { name: "note", input: "longText" },
  ],
});
