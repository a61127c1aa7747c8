/**
 * Two gentle notes from the baby's own moments, never alarms:
 *
 * - **Fussy whatever you do**: in the last week, most moments ended without settling. The note says
 *   kindly that this happens, names the ordinary causes (teething, illness, a growth spurt or a
 *   developmental change, the evening peak of crying in the early weeks — Wolke et al. 2017: crying
 *   rises to about 2 hours a day around 6 weeks and falls after), and that soothing still helps a
 *   baby learn to settle.
 * - **Getting help early**: over two weeks, settling takes clearly longer than the week before, or
 *   most moments end unsettled or more upset. The note suggests talking to the baby's doctor or an
 *   infant mental health specialist, and what to bring (the report for the doctor).
 *
 * The thresholds are our own judgement, set to notice a pattern across many moments and stay quiet
 * on a bad day; they are in `settlingThresholds` so the tests and the docs name them.
 */
import type { SourceId } from "../content/sources.ts";
import { type Moment, momentStory } from "./moments.ts";

export const settlingThresholds = {
  /** Fussy whatever you do: at least this many moments with a try in 7 days … */
  fussyMinMoments: 5,
  /** … and at least this share of them unsettled. */
  fussyShare: 0.6,
  /** Help early: at least this many moments with a try in 14 days … */
  helpMinMoments: 8,
  /** … and two thirds or more unsettled or more upset, */
  helpUnsettledShare: 2 / 3,
  /** … or the typical time to settle this week at least 1.5 times last week's and 10 minutes longer. */
  helpSlowerFactor: 1.5,
  helpSlowerMinutes: 10,
} as const;

export const fussySources: readonly SourceId[] = [
  "wolke2017",
  "aapColic",
  "aapTeething",
  "harvardServeReturn",
];
export const helpEarlySources: readonly SourceId[] = ["aapColic", "niceCg192"];

const day = 24 * 3600_000;
const median = (xs: number[]) => {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

export interface SettlingPattern {
  readonly fussy: boolean;
  readonly helpEarly: boolean;
  /** Moments with a try, unsettled ones, in the last 7 and 14 days; typical minutes to settle. */
  readonly week: {
    readonly tried: number;
    readonly unsettled: number;
    readonly settleMin?: number | undefined;
  };
  readonly fortnight: { readonly tried: number; readonly unsettled: number };
  readonly lastWeekSettleMin?: number | undefined;
}

export const settlingPattern = (moments: readonly Moment[], now: number): SettlingPattern => {
  const within = (from: number, to: number) =>
    moments
      .filter((m) => Date.parse(m.start) > now - from && Date.parse(m.start) <= now - to)
      .map(momentStory)
      .filter((s) => s.tried);
  const thisWeek = within(7 * day, 0);
  const lastWeek = within(14 * day, 7 * day);
  const fortnight = [...thisWeek, ...lastWeek];
  const unsettled = (xs: typeof thisWeek) => xs.filter((s) => !s.settled).length;
  const settleMin = median(thisWeek.flatMap((s) => (s.settleMinutes !== undefined ? [s.settleMinutes] : [])));
  const lastWeekSettleMin = median(
    lastWeek.flatMap((s) => (s.settleMinutes !== undefined ? [s.settleMinutes] : [])),
  );
  const t = settlingThresholds;
  const fussy = thisWeek.length >= t.fussyMinMoments && unsettled(thisWeek) / thisWeek.length >= t.fussyShare;
  const slower =
    settleMin !== undefined &&
    lastWeekSettleMin !== undefined &&
    thisWeek.length >= 3 &&
    lastWeek.length >= 3 &&
    settleMin >= lastWeekSettleMin * t.helpSlowerFactor &&
    settleMin - lastWeekSettleMin >= t.helpSlowerMinutes;
  const mostlyUnsettled =
    fortnight.length >= t.helpMinMoments && unsettled(fortnight) / fortnight.length >= t.helpUnsettledShare;
  return {
    fussy,
    helpEarly: slower || mostlyUnsettled,
    week: { tried: thisWeek.length, unsettled: unsettled(thisWeek), settleMin },
    fortnight: { tried: fortnight.length, unsettled: unsettled(fortnight) },
    lastWeekSettleMin,
  };
};
