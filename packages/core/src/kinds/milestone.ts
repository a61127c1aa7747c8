/** A milestone: a first smile, rolling over, in the family's own words. */
import { defineKind } from "./define.ts";

export const milestone = defineKind({
  fields: ({ z, common, instant, shortText }) => z.object({ ...common, time: instant, title: shortText }),
  time: "time",
  logged: true,
  required: ["babyId", "time", "title"],
  form: [
    { name: "time", input: "datetime" },
    { name: "title", input: "text" },
    { name: "note", input: "longText" },
  ],
});
