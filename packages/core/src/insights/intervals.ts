/**
 * Reading the intervals the predictions learn from out of the baby's records: wake windows (from
 * the end of one sleep to the start of the next), feed intervals (from one feed to the next, a
 * second side or a top-up within 20 minutes joining the feed before) with each feed's kind and
 * size, and the feed the next one is predicted from. The estimator itself is in predict.ts.
 */
import { median } from "../stats.ts";
import type { Anchor, Interval } from "./predict.ts";

const dayMs = 86_400_000;

export interface TimedSpan {
  readonly start: number;
  readonly end?: number | undefined;
}

/** A feed as the predictions read it: its span, how it was given and how much. */
export interface FeedSpan extends TimedSpan {
  readonly method?: string | undefined;
  readonly volumeMl?: number | undefined;
  /** Breast time, both sides. */
  readonly breastSeconds?: number | undefined;
}

/** Wake windows: from the end of each sleep to the start of the next, ignoring gaps in the log. */
export const wakeWindows = (
  sleeps: readonly TimedSpan[],
  hourOf: (ms: number) => number,
  maxMs = 8 * 3600_000,
): Interval[] => {
  // A sleep that lasted no time (another app's placeholder, a bed time with no waking noted) is not
  // a sleep the next wake window can be counted from.
  const sorted = [...sleeps]
    .filter((s) => s.end !== undefined && s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const wake = sorted[i - 1]!.end!;
    const length = sorted[i]!.start - wake;
    if (length > 0 && length <= maxMs) out.push({ at: wake, hour: hourOf(wake), lengthMs: length });
  }
  return out;
};

/** One feed as the baby had it: a second side or top-up within 20 minutes joins the feed before. */
interface FeedGroup {
  readonly start: number;
  lastEnd: number;
  readonly kind?: string | undefined;
  volumeMl: number;
  breastSeconds: number;
}

const feedGroups = (feeds: readonly FeedSpan[]): FeedGroup[] => {
  const sorted = [...feeds].sort((a, b) => a.start - b.start);
  const groups: FeedGroup[] = [];
  for (const f of sorted) {
    const last = groups.at(-1);
    if (!last || f.start - last.lastEnd > 20 * 60_000)
      groups.push({ start: f.start, lastEnd: f.start, kind: f.method, volumeMl: 0, breastSeconds: 0 });
    const g = groups.at(-1)!;
    g.lastEnd = Math.max(g.lastEnd, f.end ?? f.start);
    g.volumeMl += f.volumeMl ?? 0;
    g.breastSeconds += f.breastSeconds ?? 0;
  }
  return groups;
};

/** Log of group i's amount against the median of the same measure over the three days before. */
const sizeOf = (groups: readonly FeedGroup[], i: number): number | undefined => {
  const g = groups[i]!;
  const measure = g.volumeMl > 0 ? "volumeMl" : g.breastSeconds > 0 ? "breastSeconds" : undefined;
  if (!measure) return undefined;
  const before: number[] = [];
  for (let j = i - 1; j >= 0 && g.start - groups[j]!.start <= 3 * dayMs; j--)
    if (groups[j]![measure] > 0) before.push(groups[j]![measure]);
  return before.length >= 3 ? Math.log(g[measure] / median(before)!) : undefined;
};

/**
 * Feed-to-feed intervals, start to start, each with the kind and size of the feed that starts it.
 * A feed that starts within 20 minutes of the last one's end is the same feed (a second side, a
 * top-up) and does not start a new interval.
 */
export const feedIntervals = (
  feeds: readonly FeedSpan[],
  hourOf: (ms: number) => number,
  maxMs = 10 * 3600_000,
): Interval[] => {
  const groups = feedGroups(feeds);
  const out: Interval[] = [];
  for (let i = 1; i < groups.length; i++) {
    const from = groups[i - 1]!;
    const length = groups[i]!.start - from.start;
    if (length <= maxMs)
      out.push({
        at: from.start,
        hour: hourOf(from.start),
        lengthMs: length,
        kind: from.kind,
        size: sizeOf(groups, i - 1),
      });
  }
  return out;
};

/** What the next feed is predicted from: the last feed, with its kind and size. */
export const lastFeedAnchor = (
  feeds: readonly FeedSpan[],
  hourOf: (ms: number) => number,
): Anchor | undefined => {
  const groups = feedGroups(feeds);
  const last = groups.at(-1);
  if (!last) return undefined;
  return {
    at: last.start,
    hour: hourOf(last.start),
    kind: last.kind,
    size: sizeOf(groups, groups.length - 1),
  };
};

export const feedStarts = (feeds: readonly TimedSpan[]): number[] => feedGroups(feeds).map((g) => g.start);
