import { describe, expect, it } from "vitest";
import type { RecordKind } from "../kinds/index.ts";
import type { Entry } from "../projections/entries.ts";
import { daySummary } from "./day-summary.ts";
import { referenceRanges } from "./ranges.ts";

const e = (id: string, kind: RecordKind, values: Record<string, string | number>) =>
  ({
    id,
    kind,
    scope: "household",
    values,
    at: String(values.start ?? values.time),
    deleted: false,
  }) as Entry;
const now = Date.parse("2026-11-28T12:00:00Z");
const hour = 3600_000;

describe("day summaries", () => {
  it("cut days at local midnight on a 25-hour day and split a sleep across midnight", () => {
    // Europe/Madrid: 2026-10-25 runs from 2026-10-24T22:00Z to 2026-10-25T23:00Z (25 hours).
    const entries = [
      e("s1", "sleep", { start: "2026-10-24T20:00:00.000Z", end: "2026-10-25T02:00:00.000Z" }),
      e("s2", "sleep", { start: "2026-10-25T11:00:00.000Z", end: "2026-10-25T12:30:00.000Z" }),
      e("s3", "sleep", { start: "2026-10-25T22:00:00.000Z", end: "2026-10-26T03:00:00.000Z" }),
    ];
    const d = daySummary(entries, "2026-10-25", "Europe/Madrid", now);
    expect(d.hoursInDay).toBe(25);
    expect(d.sleepMs).toBe(4 * hour + 1.5 * hour + 1 * hour);
    expect(d.daySleepMs).toBe(1.5 * hour);
    expect(d.naps).toBe(1);
    const before = daySummary(entries, "2026-10-24", "Europe/Madrid", now);
    expect(before.sleepMs).toBe(2 * hour);
    expect(daySummary(entries, "2026-03-29", "Europe/Madrid", now).hoursInDay).toBe(23);
  });

  it("counts feeds (a second side is the same feed), volume, breast time and diapers", () => {
    const entries = [
      e("f1", "feed", {
        method: "breast",
        start: "2026-11-20T08:00:00.000Z",
        end: "2026-11-20T08:15:00.000Z",
        leftSeconds: 600,
        rightSeconds: 300,
      }),
      e("f2", "feed", {
        method: "bottle",
        start: "2026-11-20T08:25:00.000Z",
        end: "2026-11-20T08:35:00.000Z",
        volumeMl: 30,
      }),
      e("f3", "feed", {
        method: "bottle",
        start: "2026-11-20T11:00:00.000Z",
        end: "2026-11-20T11:15:00.000Z",
        volumeMl: 120,
      }),
      e("d1", "diaper", { time: "2026-11-20T09:00:00.000Z", contents: "both" }),
      e("d2", "diaper", { time: "2026-11-20T12:00:00.000Z", contents: "wet" }),
    ];
    const d = daySummary(entries, "2026-11-20", "UTC", now);
    expect(d).toMatchObject({
      feeds: 2,
      medianFeedIntervalMs: 3 * hour,
      bottleMl: 150,
      breastLeftS: 600,
      breastRightS: 300,
      wet: 2,
      dirty: 1,
    });
  });

  it("names a source for every range", () => {
    for (const age of [3, 20, 200, 500])
      for (const r of referenceRanges(age)) expect(sourceText(r.source).length).toBeGreaterThan(10);
    expect(referenceRanges(20).map((r) => r.metric)).toEqual(["sleepHours", "feeds", "wetDiapers"]);
  });
});

import { sourceText } from "../content/sources.ts";
import { dayRows, lastDays, weeklyTrends } from "./day-chart.ts";

describe("the 24-hour chart", () => {
  it("places sleeps and feeds at their local hours, splitting a sleep at midnight", () => {
    const entries = [
      e("s", "sleep", { start: "2026-11-20T22:00:00.000Z", end: "2026-11-21T03:00:00.000Z" }),
      e("f", "feed", { start: "2026-11-21T04:30:00.000Z", end: "2026-11-21T04:50:00.000Z" }),
    ];
    const [d20, d21] = dayRows(entries, ["2026-11-20", "2026-11-21"], "Europe/Madrid", now);
    expect(d20!.sleeps).toEqual([{ from: 23, to: 24 }]);
    expect(d21!.sleeps).toEqual([{ from: 0, to: 4 }]);
    expect(d21!.feeds).toEqual([5.5]);
    expect(lastDays(3, "UTC", now)).toEqual(["2026-11-28", "2026-11-27", "2026-11-26"]);
  });

  it("averages weeks over the days that were logged, leaving out today, which is still under way", () => {
    const entries = [
      e("s1", "sleep", { start: "2026-11-27T10:00:00.000Z", end: "2026-11-27T12:00:00.000Z" }),
      e("s2", "sleep", { start: "2026-11-26T10:00:00.000Z", end: "2026-11-26T14:00:00.000Z" }),
      // Today's first nap: counting today would make the week's average look short.
      e("s3", "sleep", { start: "2026-11-28T01:00:00.000Z", end: "2026-11-28T01:30:00.000Z" }),
    ];
    const [week] = weeklyTrends(entries, 1, "UTC", now);
    expect(week).toMatchObject({
      weekStart: "2026-11-21",
      daysLogged: 2,
      sleepHoursPerDay: 3,
      feedsPerDay: 0,
    });
  });
});
