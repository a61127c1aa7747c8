import { describe, expect, it } from "vitest";
import type { Entry } from "../projections/entries.ts";
import {
  growthMonths,
  growthPoints,
  lmsAt,
  normalCdf,
  percentileCurves,
  valueAtZ,
  zScoreOf,
} from "./growth.ts";
import { whoLms } from "./who-lms.ts";

// The "2nd" and "98th" percentile columns of the same WHO/CDC data files are the values at z = ∓2
// (the 2.3rd and 97.7th): an independent column to check the LMS rows and the maths.
const z2 = -2;
const z98 = 2;

describe("the WHO growth standards", () => {
  it("reproduce the published 2nd, 50th and 98th percentiles from the LMS rows", () => {
    const checks: [Parameters<typeof lmsAt>, number, number, number][] = [
      [["weight", "male", 6], 6.352967, 7.934, 9.848832],
      [["weight", "female", 12], 7.042612, 8.9481, 11.5086985],
      [["length", "male", 24], 81.70586, 87.8161, 93.92634],
      [["length", "female", 3], 55.5927758, 59.8029, 64.0130242],
      [["head", "male", 0], 31.92128, 34.4618, 37.0023239],
      [["head", "female", 12], 42.17847, 44.8965, 47.6145341],
    ];
    for (const [args, p2, p50, p98] of checks) {
      const lms = lmsAt(...args)!;
      expect(valueAtZ(lms, z2)).toBeCloseTo(p2, 2);
      expect(valueAtZ(lms, 0)).toBeCloseTo(p50, 4);
      expect(valueAtZ(lms, z98)).toBeCloseTo(p98, 2);
      expect(zScoreOf(lms, p98)).toBeCloseTo(z98, 3);
    }
  });

  it("have 25 monthly rows per table with medians that only grow", () => {
    for (const measure of ["weight", "length", "head"] as const) {
      for (const sex of ["female", "male"] as const) {
        const rows = whoLms[measure][sex];
        expect(rows).toHaveLength(25);
        for (let i = 1; i < rows.length; i++) expect(rows[i]![1]).toBeGreaterThan(rows[i - 1]![1]);
      }
    }
  });

  it("turns z-scores into percentiles", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.880794)).toBeCloseTo(0.97, 4);
    expect(normalCdf(-1.036433)).toBeCloseTo(0.15, 4);
  });

  it("places a baby's measurements by corrected age and leaves out what is outside the standard", () => {
    const entry = (at: string, values: Record<string, number>): Entry => ({
      id: at,
      kind: "growth",
      scope: "household",
      values: { time: at, ...values },
      at,
      deleted: false,
    });
    const entries = [
      entry("2026-08-01T00:00:00.000Z", { weightKg: 3.3464 }),
      entry("2026-11-01T10:00:00.000Z", { weightKg: 6.5, lengthCm: 61 }),
      entry("2029-01-01T10:00:00.000Z", { weightKg: 14 }),
    ];
    const points = growthPoints(entries, "weight", "male", "2026-08-01", null);
    expect(points).toHaveLength(2);
    expect(points[0]!.percentile).toBeCloseTo(50, 0);
    expect(points[1]!.months).toBeCloseTo((92 + 10 / 24) / 30.4375, 3);
    // Born eight weeks early: measured against the due date.
    expect(growthMonths("2026-08-01", "2026-09-26", "2026-11-01T00:00:00.000Z")).toBeCloseTo(36 / 30.4375, 3);
    const curves = percentileCurves("weight", "female", 0, 3, 1);
    expect(curves.map((c) => c.p)).toEqual([3, 15, 50, 85, 97]);
    expect(curves[2]!.points.map((p) => p.value)).toEqual([3.2322, 4.1873, 5.1282, 5.8458]);
  });
});
