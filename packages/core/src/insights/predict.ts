/**
 * When the next sleep and the next feed are likely, learned from this baby's own history.
 *
 * An interval (a wake window, or the time from one feed to the next) is predicted from the same
 * intervals in the past four weeks, each weighted by how recent it is (half-life ten days for wake
 * windows, seven for feed gaps) and how close its time of day is to now (a Gaussian of 45 min on
 * the clock face). A feed interval counts half as its own length and half as its clock time (the
 * gap ending at the hour it ended at), since feeds partly keep to the clock. It also
 * leans on the feed that starts it: intervals after feeds of the same kind (breast, bottle, solids)
 * count fully and others half, and when this baby's bigger feeds have been followed by longer gaps
 * the history is scaled to this feed's size (a local slope, shrunk towards none while it rests on
 * little). The centre is the weighted median; the 50% and 80% windows the weighted quartiles and
 * deciles (interpolated between the points, with a short tail past the shortest and longest),
 * stretched or narrowed until they held their share of this baby's latest intervals. Once time has
 * gone by, only the part of that spread beyond it counts. With no history an
 * age-based table stands in, worth two observations and fading as the baby's own intervals build
 * up: such tables have little evidence behind them. Settings chosen by replaying four real logs
 * (bench/predict.ts, docs/predictions.md).
 */

import { median } from "../stats.ts";

export interface Interval {
  /** When the interval began (a waking, or the start of a feed), in ms since the epoch. */
  readonly at: number;
  /** Local hour of day of `at` (0–24), in the household's time zone. */
  readonly hour: number;
  readonly lengthMs: number;
  /** Feeds: how the feed that starts the interval was given (breast, bottle, solids…). */
  readonly kind?: string | undefined;
  /** Feeds: log of this feed's amount against the baby's typical of the three days before. */
  readonly size?: number | undefined;
}

/** What a prediction counts from: a waking, or the last feed with its kind and size. */
export interface Anchor {
  readonly at: number;
  readonly hour: number;
  readonly kind?: string | undefined;
  readonly size?: number | undefined;
  /**
   * Time already gone by since `at` without the interval ending (the baby still awake, no feed
   * yet): the prediction is then only over the lengths longer than that.
   */
  readonly elapsedMs?: number | undefined;
}

export interface Prediction {
  readonly centreMs: number;
  readonly window50: readonly [number, number];
  readonly window80: readonly [number, number];
  /** How much history stood behind it (sum of weights), and what that means for the reader. */
  readonly weight: number;
  readonly confidence: "low" | "medium" | "high";
  /** The time gone by is already longer than nearly all of this baby's like intervals. */
  readonly overdue: boolean;
  /** The far edge of the 80% window before any time had gone by: what "much longer than usual" is measured from. */
  readonly usualLongestMs: number;
}

export interface PredictOptions {
  readonly halfLifeDays?: number;
  readonly hourSigma?: number;
  readonly lookbackDays?: number;
  /**
   * The share of each past interval's weight that goes to its clock view: the interval ending at
   * the same clock time as it did (a gap that began 40 minutes before the hour of now, and ended
   * at 21:00, says "21:00 again"). The rest goes to its own length ("as long again").
   */
  readonly clockShare?: number;
}

/**
 * Feeds partly keep to the clock (the bedtime bottle, the morning feed): each past gap counts
 * half as its own length and half as its clock time. Feed gaps also forget faster than wake
 * windows (half-life 7 days, not 10). Both chosen for every log when the settings are picked on
 * the other three (`npm run bench -- predict-cross`).
 */
export const feedPredictOptions: PredictOptions = { clockShare: 0.5, halfLifeDays: 7 };

/**
 * Wake windows follow the nap before them more than the clock, yet an older baby's naps come at
 * much the same times each day: a fifth of each past window's weight goes to its clock view.
 * Chosen the same way; it helped two logs by about a point and left the other two as they were.
 */
export const sleepPredictOptions: PredictOptions = { clockShare: 0.2 };

const dayMs = 86_400_000;

const clockDistance = (a: number, b: number) => {
  const d = Math.abs(a - b) % 24;
  return Math.min(d, 24 - d);
};

/** Hours from b to a on the clock face, in (−12, 12]. */
const clockOffset = (a: number, b: number) => {
  const d = (((a - b) % 24) + 24) % 24;
  return d > 12 ? d - 24 : d;
};

/**
 * Weighted points as a continuous distribution: each point sits at the middle of its share of the
 * weight, and between points the value is interpolated on a log scale, so quantiles move smoothly
 * (a step function would put a whole window on one dominant point).
 */
interface Spread {
  /** The value below which a share `u` (0–1) of the weight lies. */
  readonly quantile: (u: number) => number;
  /** The share of the weight below `x`: the inverse of `quantile`. */
  readonly share: (x: number) => number;
}

/** How far past its shortest and longest points a spread reaches, on a log scale (±25%). */
const tailLog = Math.log(1.25);

const spreadOf = (points: readonly { value: number; weight: number }[]): Spread => {
  const sorted = [...points].sort((a, b) => a.value - b.value);
  const total = sorted.reduce((s, p) => s + p.weight, 0);
  // Knots (share, log value): each point at the middle of its share, and a tail at either end.
  const logs = [Math.log(sorted[0]!.value) - tailLog];
  const shares = [0];
  let acc = 0;
  for (const p of sorted) {
    logs.push(Math.log(p.value));
    shares.push((acc + p.weight / 2) / total);
    acc += p.weight;
  }
  logs.push(Math.log(sorted[sorted.length - 1]!.value) + tailLog);
  shares.push(1);
  const last = logs.length - 1;
  // Piecewise-linear from knots xs to knots ys (both rising), flat past either end.
  const along = (xs: readonly number[], ys: readonly number[], x: number): number => {
    if (x <= xs[0]!) return ys[0]!;
    if (x >= xs[last]!) return ys[last]!;
    let i = 0;
    while (xs[i + 1]! <= x) i++;
    const f = (x - xs[i]!) / (xs[i + 1]! - xs[i]! || 1);
    return ys[i]! + f * (ys[i + 1]! - ys[i]!);
  };
  const quantile = (u: number): number => Math.exp(along(shares, logs, u));
  const share = (x: number): number => along(logs, shares, Math.log(x));
  return { quantile, share };
};

const tuning = {
  halfLifeDays: 10,
  hourSigma: 0.75,
  lookbackDays: 28,
  /** Weight of a past feed interval that began with another kind of feed. */
  otherKind: 0.5,
  /** Steepest size slope believed, and the history weight at which a slope counts half. */
  maxSizeSlope: 0.6,
  sizeShrink: 5,
  /** The windows' spread from the centre, in log terms, is widened by this factor until checked. */
  widen: 1.15,
  /** How many of the baby's latest intervals the windows are checked against. */
  checks: 30,
} as const;

/** How strongly bigger feeds have gone with longer gaps here: a weighted slope of log length on size. */
const sizeSlope = (points: readonly { size?: number | undefined; value: number; weight: number }[]) => {
  let sw = 0;
  let sx = 0;
  let sy = 0;
  const sized = points.filter((p) => p.size !== undefined);
  if (sized.length < 5) return 0;
  for (const p of sized) {
    sw += p.weight;
    sx += p.weight * p.size!;
    sy += p.weight * Math.log(p.value);
  }
  const mx = sx / sw;
  const my = sy / sw;
  let sxy = 0;
  let sxx = 0;
  for (const p of sized) {
    sxy += p.weight * (p.size! - mx) * (Math.log(p.value) - my);
    sxx += p.weight * (p.size! - mx) ** 2;
  }
  if (sxx <= 0) return 0;
  const slope = Math.min(tuning.maxSizeSlope, Math.max(0, sxy / sxx));
  return slope * (sw / (sw + tuning.sizeShrink));
};

/** The weighted history around an anchor (values scaled to the anchor's feed size) and its weight. */
const weighedHistory = (
  history: readonly Interval[],
  anchor: Anchor,
  prior: { readonly medianMs: number; readonly weight: number } | undefined,
  options: PredictOptions,
) => {
  const halfLife = options.halfLifeDays ?? tuning.halfLifeDays;
  const sigma = options.hourSigma ?? tuning.hourSigma;
  const lookback = (options.lookbackDays ?? tuning.lookbackDays) * dayMs;
  const clockShare = options.clockShare ?? 0;
  const points: { value: number; weight: number; size?: number | undefined }[] = [];
  let weight = 0;
  for (const h of history) {
    const age = anchor.at - h.at;
    if (age <= 0 || age > lookback || h.at + h.lengthMs > anchor.at) continue;
    const recency = 0.5 ** (age / dayMs / halfLife);
    const clock = Math.exp(-(clockDistance(h.hour, anchor.hour) ** 2) / (2 * sigma * sigma));
    const kind =
      anchor.kind !== undefined && h.kind !== undefined && h.kind !== anchor.kind ? tuning.otherKind : 1;
    const w = recency * clock * kind;
    weight += w;
    points.push({ value: h.lengthMs, weight: w * (1 - clockShare), size: h.size });
    // Its clock view: ending at the clock time it ended at, counted from now's hour.
    const atClock = h.lengthMs + clockOffset(h.hour, anchor.hour) * 3600_000;
    if (clockShare > 0 && atClock > 60_000)
      points.push({ value: atClock, weight: w * clockShare, size: h.size });
  }
  if (anchor.size !== undefined) {
    const slope = sizeSlope(points);
    for (const p of points) if (p.size !== undefined) p.value *= Math.exp(slope * (anchor.size - p.size));
  }
  if (prior) {
    // The prior as a spread of values around its median (±40%), worth `prior.weight` observations
    // with no history and fading as the history builds up.
    const fading = prior.weight / (1 + weight);
    for (const f of [0.6, 0.8, 1, 1.2, 1.4]) points.push({ value: prior.medianMs * f, weight: fading / 5 });
  }
  return { points, weight };
};

/**
 * How far this baby's windows must reach: the windows are checked against the baby's own latest
 * intervals, each predicted from what came before it, and stretched or narrowed (on a log scale
 * around the centre) until they held the share they promise there. With few checks the stretch
 * leans towards `tuning.widen`.
 */
const stretches = (
  history: readonly Interval[],
  prior: { readonly medianMs: number; readonly weight: number } | undefined,
  options: PredictOptions,
  before: number,
): { s50: number; s80: number } => {
  const recent = history
    .filter((h) => h.at + h.lengthMs <= before)
    .sort((a, b) => b.at - a.at)
    .slice(0, tuning.checks);
  const need50: number[] = [];
  const need80: number[] = [];
  for (const h of recent) {
    const { points } = weighedHistory(history, h, prior, options);
    if (points.length < 5) continue;
    const spread = spreadOf(points);
    const centre = spread.quantile(0.5);
    const reach = (lowQ: number, highQ: number) => {
      const ratio = Math.log(h.lengthMs / centre);
      const edge = Math.log(spread.quantile(ratio >= 0 ? highQ : lowQ) / centre);
      return edge === 0 ? (ratio === 0 ? 0 : 4) : Math.min(4, ratio / edge);
    };
    need50.push(reach(0.25, 0.75));
    need80.push(reach(0.1, 0.9));
  }
  const settle = (needs: number[], share: number) => {
    if (!needs.length) return tuning.widen;
    const sorted = needs.sort((a, b) => a - b);
    const own = sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
    const trust = sorted.length / (sorted.length + 10);
    return Math.min(2.5, Math.max(0.6, trust * own + (1 - trust) * tuning.widen));
  };
  return { s50: settle(need50, 0.5), s80: settle(need80, 0.8) };
};

/** The next interval's likely length, or undefined with neither history nor prior. */
export const predictInterval = (
  history: readonly Interval[],
  anchor: Anchor,
  prior: { readonly medianMs: number; readonly weight: number } | undefined,
  options: PredictOptions = {},
): Prediction | undefined => {
  const { points, weight } = weighedHistory(history, anchor, prior, options);
  if (!points.length) return undefined;
  const spread = spreadOf(points);
  const centre = spread.quantile(0.5);
  const { s50, s80 } = stretches(history, prior, options, anchor.at);
  // The calibrated spread: quantile u, stretched on a log scale around the centre.
  const stretched = (u: number, s: number) => centre * (spread.quantile(u) / centre) ** s;
  const elapsed = anchor.elapsedMs ?? 0;
  const overdue = elapsed > 0 && spread.share(elapsed) > 0.9;
  // Only lengths longer than the time already gone by are still possible: the quantile u of what
  // is left is the quantile gone + u × (1 − gone) of the whole.
  const left = (u: number, s: number) => {
    if (overdue) return elapsed;
    const gone = elapsed > 0 ? spread.share(centre * (elapsed / centre) ** (1 / s)) : 0;
    return Math.max(elapsed, stretched(gone + u * (1 - gone), s));
  };
  return {
    usualLongestMs: stretched(0.9, s80),
    centreMs: left(0.5, s50),
    window50: [left(0.25, s50), left(0.75, s50)],
    window80: [left(0.1, s80), left(0.9, s80)],
    weight,
    confidence: weight >= 4 ? "high" : weight >= 1.5 ? "medium" : "low",
    overdue,
  };
};
