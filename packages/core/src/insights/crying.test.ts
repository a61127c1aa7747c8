import { describe, expect, it } from "vitest";
import type { Entry } from "../projections/entries.ts";
import { cryingByDay, cryingNormAt, ruleOfThrees } from "./crying.ts";

const cry = (id: string, start: string, seconds: number, deleted = false) =>
  ({
    id,
    kind: "cry",
    scope: "household",
    values: { start, cryingSeconds: seconds },
    at: start,
    deleted,
  }) as Entry;

describe("crying heard", () => {
  it("adds up each day's heard minutes in the household's time zone, leaving out removed episodes", () => {
    const entries = [
      cry("a", "2026-11-27T22:30:00.000Z", 600), // 23:30 in London, 27th
      cry("b", "2026-11-27T23:30:00.000Z", 300), // 00:30 in Madrid: the 28th there
      cry("c", "2026-11-28T10:00:00.000Z", 1200),
      cry("d", "2026-11-28T11:00:00.000Z", 900, true),
    ];
    expect(cryingByDay(entries, ["2026-11-28", "2026-11-27"], "Europe/London")).toEqual([
      { day: "2026-11-28", minutes: 20, seconds: 1200, episodes: 1 },
      { day: "2026-11-27", minutes: 15, seconds: 900, episodes: 2 },
    ]);
    expect(cryingByDay(entries, ["2026-11-28"], "Europe/Madrid")[0]).toEqual({
      day: "2026-11-28",
      minutes: 25,
      seconds: 1500,
      episodes: 2,
    });
  });

  it("gives the early-weeks norm with its source, and none after twelve weeks", () => {
    expect(cryingNormAt(20)).toMatchObject({ low: 117, high: 133, source: "wolke2017" });
    expect(cryingNormAt(75)).toMatchObject({ low: 68, high: 68 });
    expect(cryingNormAt(100)).toBeUndefined();
  });

  it("notices three days of three hours or more in a week, and not two", () => {
    const week = (mins: number[]) =>
      mins.map((minutes, i) => ({ day: `2026-11-${20 + i}`, minutes, seconds: minutes * 60, episodes: 1 }));
    expect(ruleOfThrees(week([200, 190, 180, 30, 0, 0, 0]))).toBe(true);
    expect(ruleOfThrees(week([200, 190, 179, 30, 0, 0, 0]))).toBe(false);
  });
});
