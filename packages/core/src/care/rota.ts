/**
 * The night-duty rota a household shares: a repeating pattern over its caregivers from a start date,
 * with swaps for single nights. A night belongs to the calendar day on which it begins, in the
 * household's time zone (02:00 on Tuesday is Monday's night), and nights are counted in calendar
 * days, never in 24-hour blocks, so a daylight-saving change moves nothing.
 */
import { contentId } from "../import/ids.ts";
import { type RotaPattern, restKinds } from "../kinds/rota.ts";
import { dayKey, localHour } from "../projections/days.ts";

/** The household's one rota record: its id comes from the household's, so edits meet in one record. */
export const rotaRecordId = (householdId: string): string => contentId(["rota", householdId]);

export const rotaPatterns = {
  alternate: [1, 1],
  twoOnTwoOff: [2, 2],
  threeOnThreeOff: [3, 3],
  weekly: [7, 7],
} as const satisfies Record<RotaPattern, readonly [number, number]>;

export interface Rota {
  readonly pattern: RotaPattern;
  /** Caregivers' user ids in turn order (two or more). */
  readonly people: readonly string[];
  /** The first night of the pattern (YYYY-MM-DD), which belongs to people[0]. */
  readonly startDate: string;
  readonly swaps: readonly { readonly date: string; readonly userId: string }[];
  /** Rest given: someone sleeps in that morning, or has an hour away that day. */
  readonly rests: readonly Rest[];
}

export interface Rest {
  readonly date: string;
  readonly userId: string;
  readonly kind: (typeof restKinds)[number];
}

/** The rest given on a day (its local date), in the order it was added. */
export const restsOn = (rota: Rota, date: string): readonly Rest[] =>
  rota.rests.filter((r) => r.date === date);

/** Whole calendar days from a to b (YYYY-MM-DD), by their dates alone. */
export const daysBetween = (a: string, b: string): number => {
  const utc = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(b) - utc(a)) / 86_400_000);
};

export const addDays = (date: string, days: number): string =>
  new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days))
    .toISOString()
    .slice(0, 10);

/** The night an instant falls in: before noon it is still the previous day's night. */
export const nightOf = (at: number, timeZone: string): string => {
  const day = dayKey(at, timeZone);
  return localHour(at, timeZone) < 12 ? addDays(day, -1) : day;
};

/** The rota as stored in its record's values, or undefined when it is not a whole rota. */
export const rotaOf = (values: Readonly<Record<string, unknown>>): Rota | undefined => {
  const { pattern, people, startDate, swaps, rests } = values;
  if (typeof pattern !== "string" || !(pattern in rotaPatterns)) return undefined;
  if (!Array.isArray(people) || typeof startDate !== "string") return undefined;
  return {
    pattern: pattern as RotaPattern,
    people: people.filter((p): p is string => typeof p === "string"),
    startDate,
    swaps: Array.isArray(swaps)
      ? swaps.filter(
          (s): s is { date: string; userId: string } =>
            !!s && typeof s === "object" && typeof s.date === "string" && typeof s.userId === "string",
        )
      : [],
    rests: Array.isArray(rests)
      ? rests.filter(
          (r): r is Rest =>
            !!r &&
            typeof r === "object" &&
            typeof r.date === "string" &&
            typeof r.userId === "string" &&
            (restKinds as readonly string[]).includes(r.kind),
        )
      : [],
  };
};

/** Who is on duty the night that begins on `date`, or undefined before the rota starts. */
export const onDuty = (rota: Rota, date: string): string | undefined => {
  const swap = rota.swaps.findLast((s) => s.date === date);
  if (swap) return swap.userId;
  const offset = daysBetween(rota.startDate, date);
  if (offset < 0 || rota.people.length === 0) return undefined;
  const block = rotaPatterns[rota.pattern][0];
  return rota.people[Math.floor(offset / block) % rota.people.length];
};

/** How many of the nights from `from` to `to` (inclusive) each person had, swaps included. */
export const nightsShared = (rota: Rota, from: string, to: string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (let d = from; daysBetween(d, to) >= 0; d = addDays(d, 1)) {
    const who = onDuty(rota, d);
    if (who) counts.set(who, (counts.get(who) ?? 0) + 1);
  }
  return counts;
};
