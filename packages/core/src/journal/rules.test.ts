import { describe, expect, it } from "vitest";
import { momentContext } from "../kinds/schemas.ts";
import { overlappingIds } from "./overlaps.ts";
import { changeIssues, recordIssues } from "./rules.ts";

const now = Date.parse("2026-11-28T12:00:00.000Z");
const baby = "0190a1b2-0000-7000-8000-0000000000bb";
const codes = (issues: { field: string; code: string }[]) => issues.map((i) => `${i.field}:${i.code}`);

describe("record rules", () => {
  it("accepts a complete sleep", () => {
    const sleep = { babyId: baby, start: "2026-11-28T09:00:00.000Z", end: "2026-11-28T10:30:00.000Z" };
    expect(recordIssues("sleep", sleep, now)).toEqual([]);
  });

  it("accepts a running timer (a start with no end)", () => {
    expect(
      recordIssues("feed", { babyId: baby, method: "breast", start: "2026-11-28T11:50:00.000Z" }, now),
    ).toEqual([]);
  });

  it("accepts an entry that lasted no time at all (a bottle noted as given, an import with no end)", () => {
    const at = "2026-11-28T09:00:00.000Z";
    expect(recordIssues("feed", { babyId: baby, method: "bottle", start: at, end: at }, now)).toEqual([]);
  });

  it("takes a diaper whose contents were not noted, and the new kinds families log", () => {
    const time = "2026-11-28T09:00:00.000Z";
    expect(recordIssues("diaper", { babyId: baby, time }, now)).toEqual([]);
    expect(
      recordIssues("medicine", { babyId: baby, time, name: "Paracetamol", dose: 2.5, doseUnit: "ml" }, now),
    ).toEqual([]);
    expect(codes(recordIssues("medicine", { babyId: baby, time }, now))).toEqual(["name:required"]);
    expect(recordIssues("pump", { babyId: baby, start: time, side: "both", volumeMl: 120 }, now)).toEqual([]);
    expect(recordIssues("bath", { babyId: baby, time }, now)).toEqual([]);
  });

  it("refuses an end before the start", () => {
    const sleep = { babyId: baby, start: "2026-11-28T10:00:00.000Z", end: "2026-11-28T09:00:00.000Z" };
    expect(codes(recordIssues("sleep", sleep, now))).toEqual(["end:end_before_start"]);
  });

  it("refuses more than 24 hours", () => {
    const sleep = { babyId: baby, start: "2026-11-26T10:00:00.000Z", end: "2026-11-27T10:00:01.000Z" };
    expect(codes(recordIssues("sleep", sleep, now))).toEqual(["end:too_long"]);
  });

  it("allows a small clock skew into the future but not more", () => {
    const inSkew = { babyId: baby, time: "2026-11-28T12:04:00.000Z", contents: "wet" };
    const beyond = { babyId: baby, time: "2026-11-28T12:06:00.000Z", contents: "wet" };
    expect(recordIssues("diaper", inSkew, now)).toEqual([]);
    expect(codes(recordIssues("diaper", beyond, now))).toEqual(["time:future"]);
  });

  it("names missing and malformed fields", () => {
    const issues = codes(recordIssues("feed", { method: "bottle", volumeMl: -30, colour: "x" }, now));
    expect(issues).toEqual(
      expect.arrayContaining(["volumeMl:invalid", "colour:invalid", "babyId:required", "start:required"]),
    );
  });

  it("needs a reading for a temperature and at least one measure for growth", () => {
    const temperature = { babyId: baby, time: "2026-11-28T10:00:00.000Z", type: "temperature" };
    expect(codes(recordIssues("health", temperature, now))).toEqual(["temperatureC:required"]);
    expect(codes(recordIssues("growth", { babyId: baby, time: "2026-11-28T10:00:00.000Z" }, now))).toEqual([
      "weightKg:required",
    ]);
  });
});

describe("changes to a record", () => {
  const start = "2026-11-18T09:05:00.000Z";
  const running = { babyId: baby, method: "bottle", start };

  it("always lets a timer that ran for days be ended, shortened or deleted", () => {
    const ended = { ...running, end: new Date(now).toISOString() };
    expect(codes(recordIssues("feed", ended, now))).toEqual(["end:too_long"]);
    expect(changeIssues("feed", running, ended, now)).toEqual([]);
    expect(changeIssues("feed", running, { ...running, deleted: true }, now)).toEqual([]);
    const shorter = { ...running, end: "2026-11-18T09:25:00.000Z" };
    expect(changeIssues("feed", ended, shorter, now)).toEqual([]);
  });

  it("lets an amount or a note change on an entry that already broke a rule, but not a new break", () => {
    const long = { ...running, end: "2026-11-19T10:00:00.000Z" };
    expect(changeIssues("feed", long, { ...long, volumeMl: 90, note: "topped up" }, now)).toEqual([]);
    expect(codes(changeIssues("feed", long, { ...long, end: "2026-11-18T08:00:00.000Z" }, now))).toEqual([
      "end:end_before_start",
    ]);
    const sleep = { babyId: baby, start: "2026-11-28T01:00:00.000Z", end: "2026-11-28T02:00:00.000Z" };
    expect(codes(changeIssues("sleep", sleep, { ...sleep, end: "2026-11-29T03:00:00.000Z" }, now))).toEqual([
      "end:future",
      "end:too_long",
    ]);
  });

  it("judges a moment's context as sane numbers, never against a range: a week without a feed logged is still saved", () => {
    const context = { sinceFeedMin: 228 * 60, sinceWakeMin: 30 * 24 * 60, hour: 3, ageDays: 1200 };
    expect(momentContext.safeParse(context).success).toBe(true);
    expect(momentContext.safeParse({ ...context, sinceFeedMin: -1 }).success).toBe(false);
  });
});

describe("overlaps", () => {
  it("flags overlapping sleeps of one baby and leaves the rest alone", () => {
    const flagged = overlappingIds(
      [
        { id: "a", kind: "sleep", babyId: baby, start: "2026-11-28T01:00:00Z", end: "2026-11-28T03:00:00Z" },
        { id: "b", kind: "sleep", babyId: baby, start: "2026-11-28T02:30:00Z", end: "2026-11-28T04:00:00Z" },
        { id: "c", kind: "sleep", babyId: baby, start: "2026-11-28T04:00:00Z", end: "2026-11-28T05:00:00Z" },
        { id: "d", kind: "feed", babyId: baby, start: "2026-11-28T02:00:00Z", end: "2026-11-28T02:20:00Z" },
        {
          id: "e",
          kind: "sleep",
          babyId: "other",
          start: "2026-11-28T02:00:00Z",
          end: "2026-11-28T03:00:00Z",
        },
      ],
      now,
    );
    expect([...flagged].sort()).toEqual(["a", "b"]);
  });

  it("a running timer overlaps what starts after it", () => {
    const flagged = overlappingIds(
      [
        { id: "running", kind: "sleep", babyId: baby, start: "2026-11-28T10:00:00Z" },
        {
          id: "later",
          kind: "sleep",
          babyId: baby,
          start: "2026-11-28T11:00:00Z",
          end: "2026-11-28T11:30:00Z",
        },
      ],
      now,
    );
    expect([...flagged].sort()).toEqual(["later", "running"]);
  });
});
