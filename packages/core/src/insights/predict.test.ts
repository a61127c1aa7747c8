import { describe, expect, it } from "vitest";
import { feedIntervals, feedStarts, predictInterval, wakeWindows } from "./predict.ts";

const hour = 3600_000;
const day = 24 * hour;
const t0 = Date.parse("2026-11-01T00:00:00Z");
const hourOf = (ms: number) => (ms % day) / hour;

/** A baby with a known rhythm: awake 90 min in the day and 30 min at night, a little noise. */
const syntheticSleeps = (days: number) => {
  const sleeps: { start: number; end: number }[] = [];
  let t = t0 + 7 * hour;
  let i = 0;
  while (t < t0 + days * day) {
    const h = hourOf(t);
    const night = h >= 20 || h < 6;
    const awake = (night ? 30 : 90) * 60_000 + ((i++ % 5) - 2) * 4 * 60_000;
    const start = t + awake;
    const end = start + (night ? 2.5 : 1) * hour;
    sleeps.push({ start, end });
    t = end;
  }
  return sleeps;
};

describe("predictions", () => {
  it("learns a baby's day and night wake windows, with windows that hold the truth", () => {
    const windows = wakeWindows(syntheticSleeps(21), hourOf);
    const history = windows.filter((w) => w.at < t0 + 20 * day);
    const dayAnchor = { at: t0 + 20 * day + 10 * hour, hour: 10 };
    const nightAnchor = { at: t0 + 20 * day + 23 * hour, hour: 23 };
    const d = predictInterval(history, dayAnchor, undefined)!;
    const n = predictInterval(history, nightAnchor, undefined)!;
    expect(Math.abs(d.centreMs - 90 * 60_000)).toBeLessThanOrEqual(8 * 60_000);
    expect(Math.abs(n.centreMs - 30 * 60_000)).toBeLessThanOrEqual(8 * 60_000);
    expect(d.window80[0]).toBeLessThanOrEqual(d.window50[0]);
    expect(d.window50[1]).toBeLessThanOrEqual(d.window80[1]);
    expect(d.confidence).toBe("high");
  });

  it("leans on the age prior when there is no history, and says it is unsure", () => {
    const p = predictInterval([], { at: t0, hour: 10 }, { medianMs: 75 * 60_000, weight: 2 })!;
    expect(p.centreMs).toBe(75 * 60_000);
    expect(p.confidence).toBe("low");
    expect(predictInterval([], { at: t0, hour: 10 }, undefined)).toBeUndefined();
  });

  it("treats a second side or top-up within 20 minutes as the same feed", () => {
    const feeds = [
      { start: t0, end: t0 + 15 * 60_000 },
      { start: t0 + 25 * 60_000, end: t0 + 35 * 60_000 },
      { start: t0 + 3 * hour, end: t0 + 3 * hour + 20 * 60_000 },
    ];
    expect(feedStarts(feeds)).toEqual([t0, t0 + 3 * hour]);
    expect(feedIntervals(feeds, hourOf).map((i) => i.lengthMs)).toEqual([3 * hour]);
  });
});
