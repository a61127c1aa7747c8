/** The household's night-duty rota (one record per household); see care/rota.ts for whose night it is. */
import { defineKind } from "./define.ts";

export const rotaPatternNames = ["alternate", "twoOnTwoOff", "threeOnThreeOff", "weekly"] as const;
export type RotaPattern = (typeof rotaPatternNames)[number];
/** Rest the rota can give: a morning to sleep in, or an hour away. */
export const restKinds = ["sleepIn", "hourAway"] as const;

export const rota = defineKind({
  fields: ({ z, common, instant, uuid, calendarDate }) =>
    z.object({
      ...common,
      time: instant,
      pattern: z.enum(rotaPatternNames),
      people: z.array(uuid).min(2).max(6),
      startDate: calendarDate,
      swaps: z.array(z.strictObject({ date: calendarDate, userId: uuid })).max(400),
      rests: z.array(z.strictObject({ date: calendarDate, userId: uuid, kind: z.enum(restKinds) })).max(400),
    }),
  time: "time",
  logged: false,
  required: ["time", "pattern", "people", "startDate"],
});
