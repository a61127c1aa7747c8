/**
 * Crying heard by the listener, day by day, beside what is usual in the early weeks. The norm is
 * the pooled mean of fussing and crying per 24 hours in Wolke, Bilgin & Samara's meta-analysis
 * (2017): about 117–133 minutes a day over the first six weeks, about 68 minutes at 10–12 weeks.
 * Between 6 and 10 weeks it falls; after 12 weeks no figure is shown. The listener counts only what
 * it heard while a phone listened, so a day's figure is at most the day's crying, never a verdict.
 *
 * Three hours or more on three days of a week is the old "rule of threes" for colic (Wessel et al.,
 * 1954); it brings a gentle suggestion to talk it over with the baby's doctor, never an alarm.
 */
import { DateTime } from "luxon";
import type { SourceId } from "../content/sources.ts";
import { type Entry, ofKind } from "../projections/entries.ts";

export interface CryingNorm {
  /** Minutes of fussing and crying a day, pooled mean (low–high over the weeks it covers). */
  readonly low: number;
  readonly high: number;
  readonly weeks: "0-6" | "6-10" | "10-12";
  readonly source: SourceId;
}

export const cryingNormAt = (ageDays: number): CryingNorm | undefined => {
  if (ageDays < 0) return undefined;
  if (ageDays < 42) return { low: 117, high: 133, weeks: "0-6", source: "wolke2017" };
  if (ageDays < 70) return { low: 68, high: 133, weeks: "6-10", source: "wolke2017" };
  if (ageDays < 84) return { low: 68, high: 68, weeks: "10-12", source: "wolke2017" };
  return undefined;
};

export interface CryingDay {
  readonly day: string;
  /** Minutes of crying the listener heard in episodes that began that day (rounded), and seconds. */
  readonly minutes: number;
  readonly seconds: number;
  readonly episodes: number;
}

export const cryingByDay = (
  entries: readonly Entry[],
  days: readonly string[],
  timeZone: string,
): CryingDay[] => {
  const byDay = new Map(days.map((d) => [d, { day: d, seconds: 0, episodes: 0 }]));
  for (const e of entries.filter(ofKind("cry"))) {
    if (e.deleted) continue;
    const day = DateTime.fromISO(e.at, { zone: timeZone }).toISODate();
    const row = day ? byDay.get(day) : undefined;
    if (!row) continue;
    row.seconds += e.values.cryingSeconds ?? 0;
    row.episodes += 1;
  }
  return days.map((d) => {
    const row = byDay.get(d)!;
    return { day: d, minutes: Math.round(row.seconds / 60), seconds: row.seconds, episodes: row.episodes };
  });
};

/** Wessel's rule of threes: three hours or more of heard crying on three or more of the days given. */
export const ruleOfThrees = (week: readonly CryingDay[]): boolean =>
  week.filter((d) => d.minutes >= 180).length >= 3;
