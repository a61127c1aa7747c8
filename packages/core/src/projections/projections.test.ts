import { describe, expect, it } from "vitest";
import type { RecordKind } from "../kinds/index.ts";
import { temperatureFromC, temperatureToC, volumeFromMl, volumeToMl, weightFromKg } from "../units/units.ts";
import { sideTimes, startBreastFeed, stopBreastFeed, switchSide } from "./breast-timer.ts";
import { dayKey, groupByDay } from "./days.ts";
import type { Entry } from "./entries.ts";
import { nowStatus } from "./now-status.ts";

const baby = "0190a1b2-0000-7000-8000-0000000000bb";
const t0 = Date.parse("2026-11-28T03:00:00.000Z");
const entry = <K extends RecordKind>(id: string, kind: K, values: Record<string, string | number>) =>
  ({
    id,
    kind,
    scope: "household",
    values,
    at: String(values.start ?? values.time),
    deleted: false,
  }) as Entry<K>;

describe("breast timer", () => {
  it("counts each side and folds the running side in on switch and stop", () => {
    let feed = entry("f", "feed", startBreastFeed(baby, "left", t0) as Record<string, string | number>);
    expect(sideTimes(feed, t0 + 5 * 60_000)).toEqual({ left: 300, right: 0, running: "left" });
    feed = {
      ...feed,
      values: { ...feed.values, ...switchSide(feed, t0 + 7 * 60_000) } as Entry<"feed">["values"],
    };
    expect(sideTimes(feed, t0 + 10 * 60_000)).toEqual({ left: 420, right: 180, running: "right" });
    const stopped = stopBreastFeed(feed, t0 + 12 * 60_000);
    expect(stopped).toMatchObject({
      leftSeconds: 420,
      rightSeconds: 300,
      side: "both",
      runningSide: null,
      end: "2026-11-28T03:12:00.000Z",
    });
  });
});

describe("now status", () => {
  it("says how long since the last feed and which side, and whether the baby sleeps", () => {
    const entries = [
      entry("f1", "feed", {
        babyId: baby,
        start: "2026-11-28T01:00:00.000Z",
        end: "2026-11-28T01:20:00.000Z",
        lastSide: "right",
      }),
      entry("s1", "sleep", {
        babyId: baby,
        start: "2026-11-28T01:30:00.000Z",
        end: "2026-11-28T02:30:00.000Z",
      }),
      entry("s2", "sleep", { babyId: baby, start: "2026-11-28T02:45:00.000Z" }),
      entry("d1", "diaper", { babyId: baby, time: "2026-11-28T01:25:00.000Z", contents: "wet" }),
    ];
    const status = nowStatus(entries, t0);
    expect(status.lastFeed?.sinceMs).toBe(2 * 3600_000);
    expect(status.lastFeed?.side).toBe("right");
    expect(status.sleep).toEqual({ state: "asleep", forMs: 15 * 60_000, since: "2026-11-28T02:45:00.000Z" });
    expect(status.running.map((e) => e.id)).toEqual(["s2"]);
    expect(status.lastDiaper?.sinceMs).toBe(95 * 60_000);
  });
});

describe("days in the household's time zone", () => {
  it("cuts days at local midnight across a daylight-saving change", () => {
    // Europe/Madrid leaves summer time at 03:00 on 2026-10-25 (clocks go back to 02:00).
    expect(dayKey("2026-10-24T21:59:00.000Z", "Europe/Madrid")).toBe("2026-10-24");
    expect(dayKey("2026-10-24T22:01:00.000Z", "Europe/Madrid")).toBe("2026-10-25");
    expect(dayKey("2026-10-25T22:59:00.000Z", "Europe/Madrid")).toBe("2026-10-25");
    expect(dayKey("2026-10-25T23:01:00.000Z", "Europe/Madrid")).toBe("2026-10-26");
    const days = groupByDay(
      [{ at: "2026-10-25T23:30:00.000Z" }, { at: "2026-10-25T10:00:00.000Z" }],
      "Europe/Madrid",
    );
    expect(days.map((d) => d.day)).toEqual(["2026-10-26", "2026-10-25"]);
  });
});

describe("units", () => {
  it("converts for display and back", () => {
    expect(volumeFromMl(volumeToMl(4, "oz"), "oz")).toBeCloseTo(4, 10);
    expect(volumeToMl(1, "oz")).toBeCloseTo(29.5735, 4);
    expect(weightFromKg(4.5359237, "lb")).toBeCloseTo(10, 10);
    expect(temperatureFromC(38, "f")).toBeCloseTo(100.4, 10);
    expect(temperatureToC(100.4, "f")).toBeCloseTo(38, 10);
  });
});

import { babyAge } from "./age.ts";

describe("age", () => {
  const now = Date.parse("2026-11-28T12:00:00Z");
  it("gives a corrected age for a baby born eight weeks early", () => {
    expect(babyAge("2026-10-01", "2026-11-26", now)).toEqual({ days: 58, correctedDays: 2 });
  });
  it("gives only the age for a baby born near the due date, or with none", () => {
    expect(babyAge("2026-10-01", "2026-10-08", now)).toEqual({ days: 58 });
    expect(babyAge("2026-10-01", null, now)).toEqual({ days: 58 });
  });
});
