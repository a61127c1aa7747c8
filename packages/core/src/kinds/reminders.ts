/**
 * One caregiver's reminders for one baby (a private record, its id from the caregiver's and the
 * baby's): which reminders they want and after how long, and their quiet hours. See
 * reminders/plan.ts for what each does; a caregiver without this record has the defaults there.
 */
import { defineKind } from "./define.ts";

export const reminders = defineKind({
  fields: ({ z, common, instant }) => {
    const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "A time of day, HH:MM");
    const hours = z.number().min(0.5).max(24);
    return z.object({
      ...common,
      time: instant,
      feedOn: z.boolean(),
      feedHours: hours,
      sleepOn: z.boolean(),
      diaperOn: z.boolean(),
      diaperHours: hours,
      medicineOn: z.boolean(),
      handoverOn: z.boolean(),
      weeklyOn: z.boolean(),
      /** No reminder between these times (they wait until it ends); both or neither. */
      quietFrom: clock,
      quietTo: clock,
    });
  },
  time: "time",
  logged: false,
  required: ["babyId", "time"],
});
