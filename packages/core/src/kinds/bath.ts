/** A bath. */
import { defineKind } from "./define.ts";

export const bath = defineKind({
  fields: ({ z, common, instant }) => z.object({ ...common, time: instant }),
  time: "time",
  logged: true,
  required: ["babyId", "time"],
  form: [
    { name: "time", input: "datetime" },
    { name: "note", input: "longText" },
  ],
});
