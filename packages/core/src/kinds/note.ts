/** A note about the day, not tied to any one thing. */
import { defineKind } from "./define.ts";

export const note = defineKind({
  fields: ({ z, common, instant }) =>
    z.object({ ...common, time: instant, text: z.string().trim().min(1).max(5000) }),
  time: "time",
  logged: true,
  required: ["time", "text"],
  form: [
    { name: "time", input: "datetime" },
    { name: "text", input: "longText" },
  ],
});
