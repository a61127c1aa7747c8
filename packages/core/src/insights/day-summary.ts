/**
 * One day of a baby's life in numbers, cut at midnight in the household's time zone (a day with a
 * daylight-saving change has 23 or 25 hours): sleep in the day, by day (07:00–19:00) and by night,
 * naps, the longest stretch; feeds, the time between them, bottle volume, breast time per side;
 * diapers (wet, dirty, and all changed, contents noted or not); medicines given, milk pumped, baths
 * and the highest temperature taken. A sleep that crosses midnight counts in each day for its part.
 */
import { DateTime } from "luxon";
import type { RecordKind } from "../kinds/index.ts";
import { type Entry, ofKind } from "../projections/entries.ts";
import { feedStarts } from "./intervals.ts";

export interface DaySummary {
  readonly day: string;
  readonly hoursInDay: number;
  readonly sleepMs: number;
  readonly daySleepMs: number;
  readonly nightSleepMs: number;
  readonly naps: number;
  readonly longestSleepMs: number;
  /** Feeds, a second side or a top-up soon after counted with the feed before (see feedStarts). */
  readonly feeds: number;
  /** Feed entries as they were logged that day, before close ones are counted as one. */
  readonly feedEntries: number;
  /** Feeds of solids that day. */
  readonly solids: number;
  readonly medianFeedIntervalMs: number | undefined;
  readonly bottleMl: number;
  readonly breastLeftS: number;
  readonly breastRightS: number;
  readonly wet: number;
  readonly dirty: number;
  /** Every diaper changed, whether or not its contents were noted. */
  readonly diapers: number;
  readonly medicines: number;
  readonly pumpedMl: number;
  readonly baths: number;
  readonly highestTemperatureC: number | undefined;
}

const overlap = (a0: number, a1: number, b0: number, b1: number) =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

export const dayBounds = (day: string, timeZone: string) => {
  const start = DateTime.fromISO(day, { zone: timeZone }).startOf("day");
  const next = start.plus({ days: 1 });
  return {
    start: start.toMillis(),
    end: next.toMillis(),
    dayStart: start.set({ hour: 7 }).toMillis(),
    dayEnd: start.set({ hour: 19 }).toMillis(),
  };
};

export const daySummary = (
  entries: readonly Entry[],
  day: string,
  timeZone: string,
  now: number,
): DaySummary => {
  const b = dayBounds(day, timeZone);
  const live = entries.filter((e) => !e.deleted);
  let sleepMs = 0;
  let daySleepMs = 0;
  let longest = 0;
  let naps = 0;
  for (const e of live.filter(ofKind("sleep"))) {
    const s = Date.parse(e.at);
    const endText = e.values.end;
    const end = endText ? Date.parse(endText) : Math.min(now, b.end);
    const inDay = overlap(s, end, b.start, b.end);
    if (!inDay) continue;
    sleepMs += inDay;
    daySleepMs += overlap(s, end, b.dayStart, b.dayEnd);
    longest = Math.max(longest, end - s);
    if (s >= b.dayStart && s < b.dayEnd) naps++;
  }
  const feeds = live.filter(ofKind("feed"));
  const spans = feeds.map((e) => ({
    start: Date.parse(e.at),
    end: e.values.end ? Date.parse(e.values.end) : undefined,
  }));
  const starts = feedStarts(spans).filter((t) => t >= b.start && t < b.end);
  const gaps = starts
    .slice(1)
    .map((t, i) => t - starts[i]!)
    .sort((x, y) => x - y);
  const todays = feeds.filter((e) => {
    const t = Date.parse(e.at);
    return t >= b.start && t < b.end;
  });
  const inDay = <K extends RecordKind>(kind: K) =>
    live.filter(ofKind(kind)).filter((e) => Date.parse(e.at) >= b.start && Date.parse(e.at) < b.end);
  const diapers = inDay("diaper");
  const temperatures = inDay("health")
    .map((e) => e.values.temperatureC)
    .filter((c): c is number => c !== undefined);
  const contents = (e: Entry<"diaper">) => e.values.contents;
  return {
    day,
    hoursInDay: (b.end - b.start) / 3600_000,
    sleepMs,
    daySleepMs,
    nightSleepMs: sleepMs - daySleepMs,
    naps,
    longestSleepMs: longest,
    feeds: starts.length,
    feedEntries: todays.length,
    solids: todays.filter((e) => e.values.method === "solids").length,
    medianFeedIntervalMs: gaps.length ? gaps[Math.floor(gaps.length / 2)] : undefined,
    bottleMl: todays.reduce(
      (sum, e) => sum + (e.values.method === "bottle" ? (e.values.volumeMl ?? 0) : 0),
      0,
    ),
    breastLeftS: todays.reduce((sum, e) => sum + (e.values.leftSeconds ?? 0), 0),
    breastRightS: todays.reduce((sum, e) => sum + (e.values.rightSeconds ?? 0), 0),
    wet: diapers.filter((e) => contents(e) === "wet" || contents(e) === "both").length,
    dirty: diapers.filter((e) => contents(e) === "dirty" || contents(e) === "both").length,
    diapers: diapers.length,
    medicines: inDay("medicine").length,
    pumpedMl: inDay("pump").reduce((sum, e) => sum + (e.values.volumeMl ?? 0), 0),
    baths: inDay("bath").length,
    highestTemperatureC: temperatures.length ? Math.max(...temperatures) : undefined,
  };
};
