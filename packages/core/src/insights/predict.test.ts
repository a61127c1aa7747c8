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

import type { Entry } from "../projections/entries.ts";
import { rhythm } from "./rhythm.ts";

describe("rhythm on the Now screen", () => {
  const entry = (id: string, kind: string, start: number, end?: number): Entry => ({
    id,
    kind,
    scope: "household",
    values: { start: new Date(start).toISOString(), ...(end ? { end: new Date(end).toISOString() } : {}) },
    at: new Date(start).toISOString(),
    deleted: false,
  });
  const sleeps = syntheticSleeps(10).map((s, i) => entry(`s${i}`, "sleep", s.start, s.end));

  it("puts the next sleep near the baby's usual wake window and flags a long one", () => {
    const last = sleeps.filter((s) => Date.parse(s.at) < t0 + 9 * day + 10 * hour).at(-1)!;
    const history = sleeps.filter((s) => Date.parse(s.at) <= Date.parse(last.at));
    const wake = Date.parse(String(last.values.end));
    const calm = rhythm(history, 60, "UTC", wake + 30 * 60_000);
    expect(Math.abs(calm.nextSleep!.at - wake - 90 * 60_000)).toBeLessThan(15 * 60_000);
    expect(calm.overtired).toBe(false);
    expect(rhythm(history, 60, "UTC", wake + 4 * hour).overtired).toBe(true);
  });

  it("notices many more feeds than lately", () => {
    const now = t0 + 9 * day;
    const feeds: Entry[] = [];
    for (let d = 0; d < 8; d++) {
      for (let k = 0; k < 8; k++) {
        const start = now - d * day - 22 * hour + k * 3 * hour;
        feeds.push(entry(`f${d}-${k}`, "feed", start, start + 15 * 60_000));
      }
    }
    expect(rhythm(feeds, 60, "UTC", now).clusterFeeding).toBe(false);
    for (let k = 0; k < 6; k++) {
      const start = now - 22 * hour + k * 3 * hour + 90 * 60_000;
      feeds.push(entry(`x${k}`, "feed", start, start + 10 * 60_000));
    }
    expect(rhythm(feeds, 60, "UTC", now).clusterFeeding).toBe(true);
  });
});
