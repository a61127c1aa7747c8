/**
 * Whatever history a family brings, everyday logging goes on: for any generated history (any
 * order, missing ends, zero durations, duplicate rows, overlaps), importing it and then logging a
 * feed, running and stopping a timer, saving a cue moment and editing the oldest entry all pass
 * the server's rules, and no imported feed or sleep is left running. On a real SQLite database.
 */
import { entryOf, importFiles, momentContextAt } from "@attune/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MemberAccess } from "../households/access.ts";
import { listRecords, pushMessages } from "../store/journal.ts";
import { tempSqlite } from "../testing/databases.ts";
import { type Harness, startHarness } from "../testing/harness.ts";
import { minutesBefore, testDevice } from "../testing/records.ts";
import { writeImported } from "./import-records.ts";

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace("T", " ");

const history = fc.array(
  fc
    .record({
      type: fc.constantFrom("Feed", "Sleep", "Diaper", "Pump", "Meds", "Tummy time"),
      daysAgo: fc.double({ min: 0.01, max: 400, noNaN: true }),
      minutes: fc.option(fc.integer({ min: 0, max: 30 * 60 }), { nil: undefined }),
      withEnd: fc.boolean(),
      location: fc.constantFrom("Bottle", "Breast", "Solids"),
    })
    .map((r) => (now: number) => {
      const at = now - r.daysAgo * 86_400_000;
      const end = r.withEnd && r.minutes !== undefined ? stamp(at + r.minutes * 60_000) : "";
      const duration =
        r.minutes === undefined
          ? ""
          : `${String(Math.floor(r.minutes / 60)).padStart(2, "0")}:${String(r.minutes % 60).padStart(2, "0")}`;
      return `"${r.type}","${stamp(at)}","${end}","${duration}","120ml","${r.location}","90ml",`;
    }),
  { minLength: 1, maxLength: 40 },
);

describe("a family's history, imported, then everyday logging", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(tempSqlite());
  });
  afterAll(() => h?.close());

  it("never gets in the way of logging, stopping, a cue moment or an edit", async () => {
    const owner = await h.signup("Owner");
    const { householdId } = await h.household(owner);
    const access: MemberAccess = { householdId, userId: owner.userId, role: "owner" };
    const db = h.running.services.db;
    await fc.assert(
      fc.asyncProperty(history, async (rows) => {
        const now = h.clock.now;
        const baby = await h.call(owner, "POST", `/api/households/${householdId}/babies`, {
          name: "B",
          birthDate: "2025-06-01",
          timeZone: "UTC",
        });
        const babyId = baby.json().id as string;
        const lines = rows.map((row) => row(now));
        const text = `"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes"\n${[...lines, ...lines.slice(0, 2)].join("\n")}\n`;
        const imported = importFiles(
          "huckleberry",
          [{ name: "events.csv", text }],
          { babyId, timeZone: "UTC" },
          now,
        );
        await writeImported(
          db,
          h.running.services.dialect,
          access,
          imported.records,
          h.running.services.writer,
          now,
        );

        const entries = (await listRecords(db, access, { babyId, limit: 5000 }, now)).map(entryOf);
        const running = entries.filter(
          (e) => (e.kind === "feed" || e.kind === "sleep") && e.values.end === undefined,
        );
        expect(running).toEqual([]);

        const device = testDevice(() => now);
        const push = (messages: Parameters<typeof pushMessages>[1]["messages"]) =>
          pushMessages(db, { access, messages, now }, h.running.services.dialect);
        const feed = device.create("feed", {
          babyId,
          method: "bottle",
          start: minutesBefore(now, 1),
          end: minutesBefore(now, 1),
          volumeMl: 90,
        });
        expect((await push(feed.messages)).ok).toBe(true);
        const sleep = device.create("sleep", { babyId, start: minutesBefore(now, 30) });
        expect((await push(sleep.messages)).ok).toBe(true);
        expect(
          (await push(device.writer.set(sleep.id, "sleep", "household", { end: minutesBefore(now, 0) }))).ok,
        ).toBe(true);
        const context = momentContextAt(entries, now, 200, "UTC");
        const clean = JSON.parse(JSON.stringify(context)); // without its undefined fields
        const moment = device.create("moment", {
          babyId,
          start: minutesBefore(now, 0),
          context: clean,
          signs: [],
        });
        const saved = await push(moment.messages);
        expect(saved.ok, JSON.stringify(saved)).toBe(true);
        const oldest = [...entries].sort((a, b) => a.at.localeCompare(b.at))[0];
        if (oldest) {
          const edit = await push(
            device.writer.set(oldest.id, oldest.kind as "feed", "household", { note: "checked" }),
          );
          expect(edit.ok, JSON.stringify(edit)).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
