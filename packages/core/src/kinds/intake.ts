/** The intake: the baby's circumstances (shared) or a caregiver's own (private). */
import { circumstances } from "../care/circumstances.ts";
import { defineKind } from "./define.ts";

export const intake = defineKind({
  fields: ({ z, common, instant }) =>
    z.object({
      ...common,
      time: instant,
      subject: z.enum(["baby", "caregiver"]),
      flags: z.array(z.enum(circumstances)).max(circumstances.length),
      weeksEarly: z.number().int().min(1).max(20),
    }),
  time: "time",
  logged: false,
  required: ["time", "subject"],
});
