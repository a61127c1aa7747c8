import { describe, expect, it } from "vitest";
import { illnessCheck } from "./illness.ts";
import type { Moment } from "./moments.ts";
import { settlingPattern, settlingThresholds } from "./settling-pattern.ts";

const now = Date.parse("2026-11-30T12:00:00Z");
const hour = 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A moment `daysAgo` back whose one try ended as given after `minutes`. */
const moment = (daysAgo: number, outcome: "settled" | "no_change" | "more_upset", minutes = 10): Moment => {
  const start = now - daysAgo * 24 * hour;
  return {
    id: `m${daysAgo}-${outcome}-${minutes}`,
    start: iso(start),
    signs: [],
    ownSigns: [],
    tries: [{ response: "rock", at: iso(start + 60_000), outcome, outcomeAt: iso(start + minutes * 60_000) }],
  };
};

describe("the illness check", () => {
  it("comes whenever a sign that can go with being unwell is ticked, whatever else", () => {
    expect(illnessCheck(["rooting", "floppy"], [], now)).toEqual({ signs: ["floppy"], feverC: undefined });
    expect(illnessCheck(["cry_shrill", "cry_weak"], [], now)?.signs).toEqual(["cry_shrill", "cry_weak"]);
    expect(illnessCheck(["rooting", "yawning"], [], now)).toBeUndefined();
  });

  it("comes after a fever logged in the last day, not an older one or a normal temperature", () => {
    expect(illnessCheck([], [{ at: now - 5 * hour, c: 38.2 }], now)).toEqual({ signs: [], feverC: 38.2 });
    expect(illnessCheck([], [{ at: now - 30 * hour, c: 39 }], now)).toBeUndefined();
    expect(illnessCheck([], [{ at: now - hour, c: 37.4 }], now)).toBeUndefined();
  });
});

describe("settling patterns", () => {
  it("notices a week when most moments end unsettled, not a bad day", () => {
    const week = [
      moment(1, "no_change"),
      moment(2, "more_upset"),
      moment(3, "no_change"),
      moment(4, "settled"),
      moment(5, "settled"),
    ];
    expect(settlingPattern(week, now).fussy).toBe(true);
    expect(settlingPattern(week.slice(0, 4), now).fussy).toBe(false); // too few moments to say
    const calmer = [
      moment(1, "no_change"),
      moment(2, "settled"),
      moment(3, "settled"),
      moment(4, "settled"),
      moment(5, "no_change"),
    ];
    expect(settlingPattern(calmer, now).fussy).toBe(false);
    expect(settlementsNeeded()).toBe(5);
  });

  it("suggests help early when two weeks are mostly unsettled or settling takes clearly longer", () => {
    const unsettled = Array.from({ length: 9 }, (_, i) =>
      moment(1 + i * 1.4, i % 3 === 0 ? "settled" : "more_upset"),
    );
    const pattern = settlingPattern(unsettled, now);
    expect(pattern.fortnight).toEqual({ tried: 9, unsettled: 6 });
    expect(pattern.helpEarly).toBe(true);
    const slower = [
      ...[8, 9, 10].map((d) => moment(d, "settled", 8)),
      ...[1, 2, 3].map((d) => moment(d, "settled", 25)),
    ];
    expect(settlingPattern(slower, now)).toMatchObject({
      helpEarly: true,
      fussy: false,
      lastWeekSettleMin: 8,
    });
    const steady = [
      ...[8, 9, 10].map((d) => moment(d, "settled", 8)),
      ...[1, 2, 3].map((d) => moment(d, "settled", 11)),
    ];
    expect(settlingPattern(steady, now).helpEarly).toBe(false);
  });
});

const settlementsNeeded = () => settlingThresholds.fussyMinMoments;

describe("bonding ideas inside everyday care", () => {
  it("fit the care moment and the age, and take turns", async () => {
    const { bondingIdeaFor } = await import("./bonding.ts");
    expect(bondingIdeaFor("feed", 10, 0)?.during).toBe("feed");
    expect(bondingIdeaFor("diaper", 10, 0)?.id).not.toBe("changeFace"); // touching faces from two months
    const turns = new Set([0, 1, 2, 3].map((n) => bondingIdeaFor("diaper", 100, n)?.id));
    expect(turns.size).toBe(4);
  });
});
