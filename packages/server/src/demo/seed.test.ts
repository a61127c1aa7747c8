import { overlappingIds, type RecordKind, recordIssues } from "@attune/core";
import { describe, expect, it } from "vitest";
import { demoEntries } from "./seed.ts";

const baby = "0190a1b2-0000-7000-8000-0000000000bb";

describe("the demo household", () => {
  it("keeps every rule of the journal at any hour it is made, with no overlapping sleeps", () => {
    for (let hour = 0; hour < 48; hour += 5) {
      const now = Date.parse("2026-11-28T00:17:00.000Z") + hour * 3600_000;
      const entries = demoEntries(baby, now - 56 * 86_400_000, now, "America/New_York");
      const problems = entries.flatMap((e) =>
        recordIssues(e.kind as RecordKind, e.fields, now).map((i) => `${e.kind} ${i.field} ${i.code}`),
      );
      expect(problems).toEqual([]);
      const sleeps = entries
        .map((e, i) => ({
          id: String(i),
          kind: e.kind,
          start: String(e.fields.start ?? e.fields.time),
          end: e.fields.end as string | undefined,
        }))
        .filter((e) => e.kind === "sleep");
      expect(overlappingIds(sleeps, now).size).toBe(0);
      const days = 56;
      const feeds = entries.filter((e) => e.kind === "feed").length / days;
      const wet = entries.filter((e) => e.kind === "diaper" && e.fields.contents !== "dirty").length / days;
      expect(feeds).toBeGreaterThan(7);
      expect(feeds).toBeLessThan(13);
      expect(wet).toBeGreaterThan(5);
      const moments = entries.filter((e) => e.kind === "moment");
      expect(moments.length).toBeGreaterThan(15);
      expect(moments.every((m) => m.fields.need && Array.isArray(m.fields.tries))).toBe(true);
    }
  });
});
