import { describe, expect, it } from "vitest";
import { feedIntervals, feedStarts, lastFeedAnchor, wakeWindows } from "./intervals.ts";
import { feedPredictOptions, predictInterval } from "./predict.ts";

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

  it("counts from now once time has gone by, and says 'any time now' past nearly every like interval", () => {
    const history = wakeWindows(syntheticSleeps(21), hourOf).filter((w) => w.at < t0 + 20 * day);
    const at = t0 + 20 * day + 10 * hour;
    const fresh = predictInterval(history, { at, hour: 10 }, undefined)!;
    const later = predictInterval(history, { at, hour: 10, elapsedMs: 95 * 60_000 }, undefined)!;
    expect(fresh.overdue).toBe(false);
    expect(later.overdue).toBe(false);
    expect(later.centreMs).toBeGreaterThan(95 * 60_000);
    expect(later.window50[0]).toBeGreaterThanOrEqual(95 * 60_000);
    const long = predictInterval(history, { at, hour: 10, elapsedMs: 4 * hour }, undefined)!;
    expect(long.overdue).toBe(true);
  });

  it("leaves room in the window when only one like interval lasted longer than the time gone by", () => {
    // Mornings awake 60–98 min, and yesterday once 123 min; now 101 min awake.
    const lengths = [76, 95, 83, 86, 90, 76, 70, 56, 96, 67, 98, 66, 97, 83, 123];
    const history = lengths.map((minutes, i) => ({
      at: t0 + i * day + 8 * hour,
      hour: 8,
      lengthMs: minutes * 60_000,
    }));
    const at = t0 + lengths.length * day + 8 * hour;
    const p = predictInterval(history, { at, hour: 8, elapsedMs: 101 * 60_000 }, undefined)!;
    expect(p.overdue).toBe(false);
    expect(p.window50[1] - p.window50[0]).toBeGreaterThan(10 * 60_000);
    expect(p.window80[1]).toBeGreaterThan(123 * 60_000);
    expect(p.window80[0]).toBeGreaterThanOrEqual(101 * 60_000);
  });

  it("leans on the age prior when there is no history, and says it is unsure", () => {
    const p = predictInterval([], { at: t0, hour: 10 }, { medianMs: 75 * 60_000, weight: 2 })!;
    expect(p.centreMs).toBe(75 * 60_000);
    expect(p.confidence).toBe("low");
    expect(predictInterval([], { at: t0, hour: 10 }, undefined)).toBeUndefined();
  });

  it("expects a longer gap after a bigger feed when this baby's bigger feeds went with longer gaps", () => {
    // Bottles alternate between 60 ml, followed by 2 h, and 150 ml, followed by 3 h 30.
    const feeds: { start: number; end: number; method: string; volumeMl: number }[] = [];
    let t = t0;
    for (let i = 0; t < t0 + 14 * day; i++) {
      const big = i % 2 === 1;
      feeds.push({ start: t, end: t + 15 * 60_000, method: "bottle", volumeMl: big ? 150 : 60 });
      t += (big ? 3.5 : 2) * hour;
    }
    const history = feedIntervals(feeds, hourOf);
    expect(history.at(-1)).toMatchObject({ kind: "bottle" });
    expect(history.filter((h) => h.size !== undefined).length).toBeGreaterThan(50);
    const last = lastFeedAnchor(feeds, hourOf)!;
    const small = { ...last, size: Math.log(60 / 105) };
    const big = { ...last, size: Math.log(150 / 105) };
    const afterSmall = predictInterval(history, small, undefined)!.centreMs;
    const afterBig = predictInterval(history, big, undefined)!.centreMs;
    expect(afterBig - afterSmall).toBeGreaterThan(30 * 60_000);
    expect(afterSmall).toBeLessThan(2.5 * hour);
    expect(afterBig).toBeGreaterThan(2.9 * hour);
  });

  it("fits its windows to this baby: the 80% window holds about 80% of the next intervals", () => {
    // Wake windows around 90 minutes with a wide, uneven spread, replayed one at a time.
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const windows = Array.from({ length: 400 }, (_, i) => {
      const at = t0 + i * 3 * hour;
      const spread = Math.exp(0.45 * Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random()));
      return { at, hour: hourOf(at), lengthMs: 90 * 60_000 * spread };
    });
    let inside = 0;
    let n = 0;
    for (let i = 100; i < windows.length; i++) {
      const p = predictInterval(windows.slice(0, i), windows[i]!, undefined)!;
      n++;
      if (windows[i]!.lengthMs >= p.window80[0] && windows[i]!.lengthMs <= p.window80[1]) inside++;
    }
    expect(inside / n).toBeGreaterThan(0.72);
    expect(inside / n).toBeLessThan(0.88);
  });

  it("lets a feed gap lean towards the clock: a late bedtime bottle still points at the usual night feed", () => {
    // Every evening a bottle at 19:00 and the next at 23:00.
    const history = Array.from({ length: 14 }, (_, d) => ({
      at: t0 + d * day + 19 * hour,
      hour: 19,
      lengthMs: 4 * hour,
      kind: "bottle",
    }));
    const late = { at: t0 + 14 * day + 19.5 * hour, hour: 19.5, kind: "bottle" };
    expect(predictInterval(history, late, undefined)!.centreMs).toBeCloseTo(4 * hour, -1);
    // Half its weight says "four hours again", half says "23:00 again" (3.5 hours from 19:30).
    const leaning = predictInterval(history, late, undefined, feedPredictOptions)!;
    expect(leaning.centreMs).toBeGreaterThan(3.6 * hour);
    expect(leaning.centreMs).toBeLessThan(3.9 * hour);
    expect(leaning.window80[0]).toBeLessThanOrEqual(3.5 * hour);
    expect(leaning.window80[1]).toBeGreaterThanOrEqual(4 * hour);
  });

  it("lets the age table fade once the baby has its own history", () => {
    const history = Array.from({ length: 60 }, (_, i) => ({
      at: t0 + i * 6 * hour,
      hour: hourOf(t0 + i * 6 * hour),
      lengthMs: 3 * hour,
    }));
    const anchor = { at: t0 + 60 * 6 * hour, hour: 0 };
    expect(predictInterval(history, anchor, { medianMs: 8 * hour, weight: 2 })!.centreMs).toBeCloseTo(
      3 * hour,
      -1,
    );
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
  const entry = <K extends "feed" | "sleep">(id: string, kind: K, start: number, end?: number) =>
    ({
      id,
      kind,
      scope: "household",
      values: { start: new Date(start).toISOString(), ...(end ? { end: new Date(end).toISOString() } : {}) },
      at: new Date(start).toISOString(),
      deleted: false,
    }) as Entry<K>;
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
