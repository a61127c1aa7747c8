/**
 * What the Now screen says about rhythm: when the next sleep and feed are likely, and two gentle
 * flags — awake much longer than usual for this time of day (an overtired baby can look wide
 * awake), and many more feeds than lately (cluster feeding or a growth spurt).
 */
import type { SourceId } from "../content/sources.ts";
import { localHour } from "../projections/days.ts";
import { type Entry, endOf, ofKind } from "../projections/entries.ts";
import { type FeedSpan, feedIntervals, feedStarts, lastFeedAnchor, wakeWindows } from "./intervals.ts";
import { feedPredictOptions, type Prediction, predictInterval, sleepPredictOptions } from "./predict.ts";
import { typicalFeedIntervalMs, typicalWakeWindowMs } from "./typical.ts";

/** A predicted moment: the interval's prediction placed after the time it counts from. */
/** What the two gentle flags rest on. */
export const rhythmFlagSources = {
  overtired: ["rcnTiredSigns"],
  cluster: ["abaCluster"],
} as const satisfies Record<string, readonly SourceId[]>;

export interface LikelyTime {
  readonly at: number;
  readonly window50: readonly [number, number];
  readonly window80: readonly [number, number];
  readonly confidence: Prediction["confidence"];
  /** Longer than nearly always already: any time now. */
  readonly overdue: boolean;
}

export interface Rhythm {
  readonly nextSleep?: LikelyTime | undefined;
  readonly nextFeed?: LikelyTime | undefined;
  readonly overtired: boolean;
  readonly clusterFeeding: boolean;
}

const after = (from: number, p: Prediction): LikelyTime => ({
  at: from + p.centreMs,
  window50: [from + p.window50[0], from + p.window50[1]],
  window80: [from + p.window80[0], from + p.window80[1]],
  confidence: p.confidence,
  overdue: p.overdue,
});

const dayMs = 86_400_000;
/** Past this long since the last waking or feed the log has likely paused: no prediction. */
const staleMs = 12 * 3600_000;

const spans = (entries: readonly Entry[], kind: "feed" | "sleep") =>
  entries
    .filter((e) => e.kind === kind && !e.deleted)
    .map((e) => {
      const end = endOf(e);
      return { start: Date.parse(e.at), end: end ? Date.parse(end) : undefined };
    });

const feedSpans = (entries: readonly Entry[]): FeedSpan[] =>
  entries
    .filter(ofKind("feed"))
    .filter((e) => !e.deleted)
    .map(({ at, values: v }) => {
      const breast = (v.leftSeconds ?? 0) + (v.rightSeconds ?? 0);
      return {
        start: Date.parse(at),
        end: v.end ? Date.parse(v.end) : undefined,
        method: v.method,
        volumeMl: v.volumeMl,
        breastSeconds: breast > 0 ? breast : undefined,
      };
    });

/** `entries`: the baby's last three weeks or so; `ageDays`: corrected age when born early. */
export const rhythm = (entries: readonly Entry[], ageDays: number, timeZone: string, now: number): Rhythm => {
  const hourOf = (ms: number) => localHour(ms, timeZone);
  const sleeps = spans(entries, "sleep");
  const feeds = feedSpans(entries);
  const lastSleep = [...sleeps].sort((a, b) => a.start - b.start).at(-1);
  let nextSleep: Rhythm["nextSleep"];
  let overtired = false;
  if (lastSleep?.end !== undefined && now - lastSleep.end < staleMs) {
    const wake = lastSleep.end;
    // What is shown counts from now: only the lengths still possible after the time already awake.
    const p = predictInterval(
      wakeWindows(sleeps, hourOf),
      { at: wake, hour: hourOf(wake), elapsedMs: Math.max(0, now - wake) },
      { medianMs: typicalWakeWindowMs(ageDays), weight: 2 },
      sleepPredictOptions,
    );
    if (p) {
      nextSleep = after(wake, p);
      overtired = p.confidence !== "low" && now - wake > p.usualLongestMs + 30 * 60_000;
    }
  }
  const starts = feedStarts(feeds);
  const lastFeed = lastFeedAnchor(feeds, hourOf);
  let nextFeed: Rhythm["nextFeed"];
  if (lastFeed !== undefined && now - lastFeed.at < staleMs) {
    const p = predictInterval(
      feedIntervals(feeds, hourOf),
      { ...lastFeed, elapsedMs: Math.max(0, now - lastFeed.at) },
      { medianMs: typicalFeedIntervalMs(ageDays), weight: 2 },
      feedPredictOptions,
    );
    if (p) nextFeed = after(lastFeed.at, p);
  }
  // Feeds in the last 24 hours against the median of the seven days before.
  const today = starts.filter((t) => now - t < dayMs).length;
  const earlier = Array.from(
    { length: 7 },
    (_, i) => starts.filter((t) => now - t >= (i + 1) * dayMs && now - t < (i + 2) * dayMs).length,
  ).filter((n) => n > 0);
  const typical =
    earlier.length >= 4 ? [...earlier].sort((a, b) => a - b)[Math.floor(earlier.length / 2)]! : undefined;
  return {
    nextSleep,
    nextFeed,
    overtired,
    clusterFeeding: typical !== undefined && today >= Math.max(typical * 1.4, typical + 3),
  };
};
