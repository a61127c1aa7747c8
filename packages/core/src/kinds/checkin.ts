/** A caregiver's ten-second check-in: private unless they share it (the record's scope). */
import { defineKind } from "./define.ts";

export const checkin = defineKind({
  fields: ({ z, common, instant }) =>
    z.object({
      ...common,
      time: instant,
      sleepHours: z.number().min(0).max(24),
      stress: z.number().int().min(1).max(5),
      mood: z.number().int().min(1).max(5),
      hadHelp: z.boolean(),
      ownTime: z.boolean(),
    }),
  time: "time",
  logged: false,
  required: ["time"],
});
