/**
 * A baby's measurements against the WHO Child Growth Standards: the LMS value at any age (linear
 * between monthly rows), a measurement's z-score and percentile, and the percentile curves the chart
 * draws. Ages are in months of 30.4375 days, counted from the due date for a baby born early
 * (corrected age), as is usual until two years.
 */
import type { Entry } from "../projections/entries.ts";
import { type GrowthMeasure, type GrowthSex, type LmsRow, whoLms } from "./who-lms.ts";

export const daysPerMonth = 30.4375;
export const maxGrowthMonths = 24;
/** The percentiles WHO's own charts draw, with their z-scores. */
export const chartPercentiles = [
  { p: 3, z: -1.880794 },
  { p: 15, z: -1.036433 },
  { p: 50, z: 0 },
  { p: 85, z: 1.036433 },
  { p: 97, z: 1.880794 },
] as const;

export const measureField: Record<GrowthMeasure, "weightKg" | "lengthCm" | "headCm"> = {
  weight: "weightKg",
  length: "lengthCm",
  head: "headCm",
};

/** The LMS row at an age in months (0–24), interpolated between the monthly rows. */
export const lmsAt = (measure: GrowthMeasure, sex: GrowthSex, months: number): LmsRow | undefined => {
  if (!(months >= 0 && months <= maxGrowthMonths)) return undefined;
  const rows = whoLms[measure][sex];
  const lo = Math.floor(months);
  const a = rows[lo]!;
  const b = rows[Math.min(lo + 1, rows.length - 1)]!;
  const f = months - lo;
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
};

/** The measurement at a z-score: M(1 + LSz)^(1/L), or M·e^(Sz) when L is 0. */
export const valueAtZ = ([L, M, S]: LmsRow, z: number): number =>
  Math.abs(L) < 1e-9 ? M * Math.exp(S * z) : M * (1 + L * S * z) ** (1 / L);

/** A measurement's z-score: ((x/M)^L − 1)/(LS), or ln(x/M)/S when L is 0. */
export const zScoreOf = ([L, M, S]: LmsRow, x: number): number =>
  Math.abs(L) < 1e-9 ? Math.log(x / M) / S : ((x / M) ** L - 1) / (L * S);

/** The standard normal distribution function (Zelen & Severo 1964, error below 1e-7). */
export const normalCdf = (z: number): number => {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const d = 0.3989422804014327 * Math.exp((-z * z) / 2);
  const tail =
    d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return z >= 0 ? 1 - tail : tail;
};

export interface GrowthPoint {
  readonly at: string;
  readonly months: number;
  readonly value: number;
  readonly z: number;
  readonly percentile: number;
}

/** Age in months at an instant, from the due date when the baby was born early. */
export const growthMonths = (birthDate: string, dueDate: string | null, at: string): number => {
  const from = dueDate && dueDate > birthDate ? dueDate : birthDate;
  return (Date.parse(at) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 / daysPerMonth;
};

/** The baby's measurements of one kind, placed on the standard (those outside 0–24 months left out). */
export const growthPoints = (
  entries: readonly Entry[],
  measure: GrowthMeasure,
  sex: GrowthSex,
  birthDate: string,
  dueDate: string | null,
): GrowthPoint[] => {
  const field = measureField[measure];
  const out: GrowthPoint[] = [];
  for (const e of entries) {
    if (e.kind !== "growth" || e.deleted) continue;
    const value = e.values[field];
    if (typeof value !== "number") continue;
    const months = growthMonths(birthDate, dueDate, e.at);
    const lms = lmsAt(measure, sex, months);
    if (!lms) continue;
    const z = zScoreOf(lms, value);
    out.push({ at: e.at, months, value, z, percentile: normalCdf(z) * 100 });
  }
  return out.sort((a, b) => a.months - b.months);
};

/** The chart's percentile curves from `fromMonths` to `toMonths`, sampled every `step` months. */
export const percentileCurves = (
  measure: GrowthMeasure,
  sex: GrowthSex,
  fromMonths: number,
  toMonths: number,
  step = 0.25,
): { p: number; points: { months: number; value: number }[] }[] =>
  chartPercentiles.map(({ p, z }) => {
    const points: { months: number; value: number }[] = [];
    for (let m = Math.max(0, fromMonths); m <= Math.min(maxGrowthMonths, toMonths) + 1e-9; m += step) {
      points.push({ months: m, value: valueAtZ(lmsAt(measure, sex, Math.min(m, maxGrowthMonths))!, z) });
    }
    return { p, points };
  });

export type { GrowthMeasure, GrowthSex } from "./who-lms.ts";
