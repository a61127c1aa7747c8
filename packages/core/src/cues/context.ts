/**
 * The context of a cue moment: what was going on when it began (time since the last feed, since
 * waking, since the last diaper, recent play, the hour, the baby's age), worked out from the journal
 * and kept with the moment; and the bins the need helper reads it in.
 */

import type { z } from "zod";
import { feedIntervals, feedStarts, wakeWindows } from "../insights/intervals.ts";
import { typicalFeedIntervalMs, typicalWakeWindowMs } from "../insights/typical.ts";
import type { momentContextSchema } from "../kinds/moment.ts";
import { localHour } from "../projections/days.ts";
import { type Entry, endOf } from "../projections/entries.ts";
import { median } from "../stats.ts";
import type { ContextFeature } from "./prior.ts";

/** What was going on when a moment began, as the moment keeps it (kinds/moment.ts). */
export type MomentContext = z.infer<ReturnType<typeof momentContextSchema>>;

const minute = 60_000;
/** A typical interval needs at least five of them. */
const typical = (xs: readonly number[]): number | undefined => (xs.length < 5 ? undefined : median(xs));

/** The context at `at` from the baby's entries before it (the last three weeks are plenty). */
export const momentContextAt = (
  entries: readonly Entry[],
  at: number,
  ageDays: number,
  timeZone: string,
): MomentContext => {
  const before = entries.filter((e) => !e.deleted && Date.parse(e.at) <= at);
  const spans = (kind: "feed" | "sleep") =>
    before
      .filter((e) => e.kind === kind)
      .map((e) => {
        const end = endOf(e);
        return { start: Date.parse(e.at), end: end ? Date.parse(end) : undefined };
      })
      .sort((a, b) => a.start - b.start);
  const hourOf = (ms: number) => localHour(ms, timeZone);
  const feeds = spans("feed");
  const sleeps = spans("sleep");
  const lastFeed = feedStarts(feeds).at(-1);
  const lastSleep = sleeps.at(-1);
  const asleep = lastSleep !== undefined && (lastSleep.end === undefined || lastSleep.end > at);
  const lastDiaper = before
    .filter((e) => e.kind === "diaper")
    .map((e) => Date.parse(e.at))
    .sort((a, b) => a - b)
    .at(-1);
  const recentPlay = before.some((e) => {
    if (e.kind !== "play") return false;
    const end = e.values.end;
    return at - (end ? Date.parse(end) : Date.parse(e.at)) < 30 * minute;
  });
  const typicalFeed = typical(feedIntervals(feeds, hourOf).map((i) => i.lengthMs));
  const typicalWake = typical(wakeWindows(sleeps, hourOf).map((i) => i.lengthMs));
  const round = (ms: number) => Math.max(0, Math.round(ms / minute));
  return {
    sinceFeedMin: lastFeed !== undefined ? round(at - lastFeed) : undefined,
    typicalFeedMin: round(typicalFeed ?? typicalFeedIntervalMs(ageDays)),
    sinceWakeMin: !asleep && lastSleep?.end !== undefined ? round(at - lastSleep.end) : undefined,
    typicalWakeMin: round(typicalWake ?? typicalWakeWindowMs(ageDays)),
    asleep,
    sinceDiaperMin: lastDiaper !== undefined ? round(at - lastDiaper) : undefined,
    recentPlay,
    hour: Math.floor(hourOf(at)),
    ageDays: Math.max(0, Math.round(ageDays)),
  };
};

const ratioBin = (since: number, typical: number): string => {
  const r = since / Math.max(1, typical);
  return r < 0.6 ? "soon" : r < 0.9 ? "mid" : r < 1.25 ? "due" : "over";
};

/** The bins a context falls in; a feature left out is unknown and weighs nothing. */
export const contextFeatures = (c: MomentContext): Partial<Record<ContextFeature, string>> => {
  const out: Partial<Record<ContextFeature, string>> = {};
  if (c.sinceFeedMin !== undefined)
    out.feed = ratioBin(c.sinceFeedMin, c.typicalFeedMin ?? typicalFeedIntervalMs(c.ageDays) / minute);
  if (c.asleep) out.wake = "asleep";
  else if (c.sinceWakeMin !== undefined)
    out.wake = ratioBin(c.sinceWakeMin, c.typicalWakeMin ?? typicalWakeWindowMs(c.ageDays) / minute);
  if (c.sinceDiaperMin !== undefined)
    out.diaper = c.sinceDiaperMin < 60 ? "recent" : c.sinceDiaperMin < 150 ? "mid" : "long";
  if (c.recentPlay !== undefined) out.play = c.recentPlay ? "yes" : "no";
  const h = c.hour;
  out.daypart = h < 6 || h >= 22 ? "night" : h < 12 ? "morning" : h < 17 ? "afternoon" : "evening";
  return out;
};
