/**
 * The 24-hour chart parents of newborns ask for: one row per day, sleeps as bars and feeds as marks
 * at their local time of day; and weekly averages for the trend.
 */
import { DateTime } from "luxon";
import { type Entry, ofKind } from "../projections/entries.ts";
import { dayBounds, daySummary } from "./day-summary.ts";
import { feedStarts } from "./intervals.ts";

export interface DayRow {
  readonly day: string;
  /** Hours from local midnight (0–24; 25 on a day that gains an hour). */
  readonly sleeps: readonly { readonly from: number; readonly to: number }[];
  readonly feeds: readonly number[];
}

export const dayRows = (
  entries: readonly Entry[],
  days: readonly string[],
  timeZone: string,
  now: number,
): DayRow[] => {
  const live = entries.filter((e) => !e.deleted);
  const sleeps = live
    .filter(ofKind("sleep"))
    .map((e) => ({ start: Date.parse(e.at), end: e.values.end ? Date.parse(e.values.end) : now }));
  const feeds = feedStarts(
    live
      .filter(ofKind("feed"))
      .map((e) => ({ start: Date.parse(e.at), end: e.values.end ? Date.parse(e.values.end) : undefined })),
  );
  return days.map((day) => {
    const b = dayBounds(day, timeZone);
    const hours = (ms: number) => (ms - b.start) / 3600_000;
    return {
      day,
      sleeps: sleeps
        .filter((s) => s.end > b.start && s.start < b.end)
        .map((s) => ({ from: hours(Math.max(s.start, b.start)), to: hours(Math.min(s.end, b.end)) })),
      feeds: feeds.filter((t) => t >= b.start && t < b.end).map(hours),
    };
  });
};

/** The last `count` days up to today, newest first, in the household's time zone. */
export const lastDays = (count: number, timeZone: string, now: number): string[] => {
  const today = DateTime.fromMillis(now, { zone: timeZone }).startOf("day");
  return Array.from({ length: count }, (_, i) => today.minus({ days: i }).toISODate()!);
};

export interface WeekTrend {
  readonly weekStart: string;
  readonly sleepHoursPerDay: number;
  readonly feedsPerDay: number;
  readonly daysLogged: number;
}

/**
 * Weekly averages over the days that have any entry (a day not logged is not a day without sleep).
 * The weeks end yesterday: today is still under way, and half a day would pull the average down.
 */
export const weeklyTrends = (
  entries: readonly Entry[],
  weeks: number,
  timeZone: string,
  now: number,
): WeekTrend[] => {
  const days = lastDays(weeks * 7 + 1, timeZone, now)
    .slice(1)
    .reverse();
  const trends: WeekTrend[] = [];
  for (let w = 0; w < weeks; w++) {
    const week = days.slice(w * 7, w * 7 + 7);
    const summaries = week
      .map((d) => daySummary(entries, d, timeZone, now))
      .filter((s) => s.sleepMs > 0 || s.feeds > 0);
    const n = summaries.length;
    trends.push({
      weekStart: week[0]!,
      sleepHoursPerDay: n ? summaries.reduce((s, d) => s + d.sleepMs, 0) / n / 3600_000 : 0,
      feedsPerDay: n ? summaries.reduce((s, d) => s + d.feeds, 0) / n : 0,
      daysLogged: n,
    });
  }
  return trends;
};
