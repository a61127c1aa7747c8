/**
 * The next check-up with the baby's doctor (one record per baby, its id derived from the baby's, so
 * two caregivers' edits meet in one record): the questions the family wants to ask, and the last
 * day a report for the doctor covered, from which the next report starts.
 */
import { defineKind } from "./define.ts";

export const checkup = defineKind({
  fields: ({ z, common, instant, longText, calendarDate }) =>
    z.object({
      ...common,
      time: instant,
      questions: longText,
      lastReportTo: calendarDate,
    }),
  time: "time",
  logged: false,
  required: ["babyId", "time"],
});
