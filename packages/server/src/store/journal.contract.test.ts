/**
 * The store contract: what the journal's storage must do, run on SQLite and on PostgreSQL alike.
 */

import { contentId } from "@attune/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MemberAccess } from "../households/access.ts";
import { storeDialects } from "../testing/databases.ts";
import { type Agent, type Harness, startHarness } from "../testing/harness.ts";
import { minutesBefore, testDevice } from "../testing/records.ts";
import { allTableCounts } from "../testing/world.ts";
import { JournalWriter } from "./group-commit.ts";
import { listRecords, type PushInput, pullRecords, pushMessages } from "./journal.ts";
import { migrateToLatest } from "./migrate.ts";
import { runRepairs } from "./repairs.ts";

/** Rows in the journal's two tables: what a refused push must leave as it was. */
const tableCounts = async (h: Harness) => {
  const { messages, records } = await allTableCounts(h);
  return { messages, records };
};

for (const dialect of storeDialects()) {
  describe.skipIf("skip" in dialect && dialect.skip)(`journal store on ${dialect.name}`, () => {
    let h: Harness;
    let owner: Agent;
    let partner: Agent;
    let householdId: string;
    let babyId: string;
    let ownerAccess: MemberAccess;
    let partnerAccess: MemberAccess;
    const now = () => h.clock.now;
    const push = (input: PushInput) => pushMessages(h.running.services.db, input, h.running.services.dialect);

    beforeAll(async () => {
      h = await startHarness(await dialect.open());
      owner = await h.signup("Owner");
      partner = await h.signup("Partner");
      ({ householdId, babyId } = await h.household(owner));
      const invite = await h.call(owner, "POST", `/api/households/${householdId}/invites`, {
        role: "caregiver",
      });
      await h.call(partner, "POST", "/api/invites/accept", { code: invite.json().code });
      ownerAccess = { householdId, userId: owner.userId, role: "owner" };
      partnerAccess = { householdId, userId: partner.userId, role: "caregiver" };
    });
    afterAll(() => h?.close());

    it("migrating again changes nothing", async () => {
      expect(await migrateToLatest(h.running.services.db)).toEqual([]);
    });

    it("numbers messages in order and answers with the new cursor", async () => {
      const device = testDevice(now);
      const diaper = device.create("diaper", { babyId, time: minutesBefore(now(), 5), contents: "wet" });
      const before = await pullRecords(h.running.services.db, ownerAccess, 0, 10_000, now());
      const result = await push({
        access: ownerAccess,
        messages: diaper.messages,
        now: now(),
      });
      expect(result).toEqual({ ok: true, value: { accepted: 3, duplicates: 0, cursor: before.cursor + 3 } });
      const rows = await h.running.services.db
        .selectFrom("messages")
        .select("seq")
        .where("record_id", "=", diaper.id)
        .orderBy("seq")
        .execute();
      expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3].map((i) => before.cursor + i));
    });

    it("a resent batch is stored once", async () => {
      const device = testDevice(now);
      const sleep = device.create("sleep", {
        babyId,
        start: minutesBefore(now(), 90),
        end: minutesBefore(now(), 30),
      });
      const first = await push({
        access: ownerAccess,
        messages: sleep.messages,
        now: now(),
      });
      const counts = await tableCounts(h);
      const again = await push({
        access: ownerAccess,
        messages: [...sleep.messages, ...sleep.messages],
        now: now(),
      });
      expect(first.ok && again.ok).toBe(true);
      if (!first.ok || !again.ok) return;
      expect(again.value).toEqual({ accepted: 0, duplicates: 6, cursor: first.value.cursor });
      expect(await tableCounts(h)).toEqual(counts);
    });

    it("pulls what changed after a cursor, in pages", async () => {
      const device = testDevice(now);
      const start = await pullRecords(h.running.services.db, ownerAccess, 0, 10_000, now());
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) {
        const note = device.create("note", { babyId, time: minutesBefore(now(), i), text: `note ${i}` });
        ids.push(note.id);
        await push({
          access: partnerAccess,
          messages: note.messages,
          now: now(),
        });
      }
      const seen: string[] = [];
      let cursor = start.cursor;
      let pages = 0;
      for (;;) {
        const page = await pullRecords(h.running.services.db, ownerAccess, cursor, 3, now());
        seen.push(...page.records.map((r) => JSON.parse(r).id));
        cursor = page.cursor;
        pages++;
        if (!page.more) break;
      }
      expect(seen).toEqual(ids);
      expect(pages).toBe(3);
      const after = await pullRecords(h.running.services.db, ownerAccess, cursor, 3, now());
      expect(after.records).toEqual([]);
      expect(after.cursor).toBe(cursor);
    });

    it("a push that commits while a pull reads is never stepped over by the pull's cursor", async () => {
      const db = h.running.services.db;
      const device = testDevice(now);
      const { cursor: since } = await pullRecords(db, partnerAccess, 0, 100_000, now());
      const late = device.create("note", { babyId, time: minutesBefore(now(), 1), text: "late" });
      // The push lands just after the pull has read the records and before its next statement:
      // on PostgreSQL another connection of the pool takes it at once; SQLite's one connection
      // takes it as soon as the pull's read lets go, ahead of the pull's next statement.
      let landed: Promise<unknown> | undefined;
      const recordReads = new Set<unknown>();
      const racing = db.withPlugin({
        transformQuery: ({ node, queryId }) => {
          if (node.kind === "SelectQueryNode" && JSON.stringify(node.from).includes('"records"'))
            recordReads.add(queryId);
          return node;
        },
        transformResult: async ({ result, queryId }) => {
          if (recordReads.has(queryId) && !landed) {
            landed = push({ access: ownerAccess, messages: late.messages, now: now() });
            if (dialect.name === "postgres") await landed;
          }
          return result;
        },
      });
      const page = await pullRecords(racing, partnerAccess, since, 100_000, now());
      expect(landed).toBeDefined();
      await landed;
      const next = await pullRecords(db, partnerAccess, page.cursor, 100_000, now());
      const seen = [...page.records, ...next.records].map((r) => JSON.parse(r).id);
      expect(seen).toContain(late.id);
    });

    it("an edit moves a record past the cursor with its merged state", async () => {
      const device = testDevice(now);
      const note = device.create("note", { babyId, time: minutesBefore(now(), 1), text: "first" });
      await push({ access: ownerAccess, messages: note.messages, now: now() });
      const { cursor } = await pullRecords(h.running.services.db, partnerAccess, 0, 100_000, now());
      const edit = device.writer.set(note.id, "note", "household", { text: "second" });
      await push({ access: ownerAccess, messages: edit, now: now() });
      const page = await pullRecords(h.running.services.db, partnerAccess, cursor, 100, now());
      expect(page.records.map((r) => JSON.parse(r))).toMatchObject([
        { id: note.id, author: owner.userId, fields: { text: ["second", edit[0]!.hlc] } },
      ]);
    });

    it("keeps a private record to its author", async () => {
      const device = testDevice(now);
      const secret = device.create("note", { time: minutesBefore(now(), 1), text: "only mine" }, "private");
      await push({
        access: partnerAccess,
        messages: secret.messages,
        now: now(),
      });
      const mine = await pullRecords(h.running.services.db, partnerAccess, 0, 100_000, now());
      const theirs = await pullRecords(h.running.services.db, ownerAccess, 0, 100_000, now());
      expect(mine.records.some((r) => r.includes(secret.id))).toBe(true);
      expect(theirs.records.some((r) => r.includes(secret.id))).toBe(false);
      expect((await listRecords(h.running.services.db, ownerAccess, { id: secret.id }, now())).length).toBe(
        0,
      );
      const hijack = testDevice(now).writer.set(secret.id, "note", "private", { text: "overwrite" });
      const refused = await push({
        access: ownerAccess,
        messages: hijack,
        now: now(),
      });
      expect(refused).toMatchObject({ ok: false, error: { code: "record_conflict" } });
    });

    it("shows a helper only recent household records", async () => {
      const device = testDevice(now);
      const old = device.create("diaper", {
        babyId,
        time: minutesBefore(now(), 5 * 24 * 60),
        contents: "wet",
      });
      const recent = device.create("diaper", { babyId, time: minutesBefore(now(), 60), contents: "dirty" });
      await push({
        access: ownerAccess,
        messages: [...old.messages, ...recent.messages],
        now: now(),
      });
      const helper: MemberAccess = { householdId, userId: partner.userId, role: "helper", windowDays: 3 };
      const page = await pullRecords(h.running.services.db, helper, 0, 100_000, now());
      const ids = page.records.map((r) => JSON.parse(r).id);
      expect(ids).toContain(recent.id);
      expect(ids).not.toContain(old.id);
      expect(page.records.every((r) => JSON.parse(r).scope === "household")).toBe(true);
    });

    it("writes nothing of a batch that has one bad message", async () => {
      const device = testDevice(now);
      const good = device.create("diaper", { babyId, time: minutesBefore(now(), 1), contents: "wet" });
      const bad = device.create("feed", {
        babyId,
        method: "bottle",
        start: minutesBefore(now(), 10),
        volumeMl: -5,
      });
      const before = await tableCounts(h);
      const result = await push({
        access: ownerAccess,
        messages: [...good.messages, ...bad.messages],
        now: now(),
      });
      expect(result).toMatchObject({ ok: false, error: { code: "invalid_messages" } });
      expect(await tableCounts(h)).toEqual(before);
    });

    it("refuses a record that ends before it starts, or names another household's baby", async () => {
      const device = testDevice(now);
      const backwards = device.create("sleep", {
        babyId,
        start: minutesBefore(now(), 10),
        end: minutesBefore(now(), 20),
      });
      const stranger = device.create("diaper", {
        babyId: "0190a1b2-0000-7000-8000-00000000dead",
        time: minutesBefore(now(), 1),
        contents: "wet",
      });
      const before = await tableCounts(h);
      const r1 = await push({
        access: ownerAccess,
        messages: backwards.messages,
        now: now(),
      });
      const r2 = await push({
        access: ownerAccess,
        messages: stranger.messages,
        now: now(),
      });
      expect(r1).toMatchObject({ ok: false, error: { code: "invalid_records" } });
      expect(r2).toMatchObject({ ok: false, error: { code: "unknown_baby" } });
      expect(await tableCounts(h)).toEqual(before);
    });

    it("refuses a clock more than five minutes ahead", async () => {
      const ahead = testDevice(() => now() + 10 * 60_000);
      const note = ahead.create("note", { time: minutesBefore(now(), 0), text: "from the future" });
      const result = await push({
        access: ownerAccess,
        messages: note.messages,
        now: now(),
      });
      expect(result).toMatchObject({ ok: false, error: { code: "invalid_messages" } });
    });

    it("gives concurrent pushes distinct, gap-free numbers", async () => {
      const { cursor: start } = await pullRecords(h.running.services.db, ownerAccess, 0, 100_000, now());
      const batches = Array.from({ length: 12 }, (_, i) => {
        const device = testDevice(now);
        return Array.from(
          { length: 5 },
          (_, j) => device.create("note", { time: minutesBefore(now(), i + j), text: `${i}/${j}` }).messages,
        ).flat();
      });
      const results = await Promise.all(
        batches.map((messages, i) =>
          push({
            access: i % 2 ? ownerAccess : partnerAccess,
            messages,
            now: now(),
          }),
        ),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      const rows = await h.running.services.db
        .selectFrom("messages")
        .select("seq")
        .where("household_id", "=", householdId)
        .where("seq", ">", start)
        .orderBy("seq")
        .execute();
      expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 120 }, (_, i) => start + i + 1));
    });

    it("a group of pushes written together gives each push the outcome it would have had alone", async () => {
      const stranger = await h.signup("Grouped");
      const other = await h.household(stranger, "Grouped");
      const otherAccess: MemberAccess = {
        householdId: other.householdId,
        userId: stranger.userId,
        role: "owner",
      };
      const { cursor: start } = await pullRecords(h.running.services.db, ownerAccess, 0, 100_000, now());
      const a = testDevice(now);
      const note = a.create("note", { babyId, time: minutesBefore(now(), 3), text: "first" });
      const editor = testDevice(now).writer;
      editor.observe(note.messages.at(-1)!.hlc);
      const edit = editor.set(note.id, "note", "household", { text: "second" });
      const badBaby = testDevice(now).create("note", {
        babyId: other.babyId,
        time: minutesBefore(now(), 2),
        text: "x",
      });
      const theirs = testDevice(now).create("diaper", {
        babyId: other.babyId,
        time: minutesBefore(now(), 1),
        contents: "wet",
      });
      const before = await tableCounts(h);
      const writer = new JournalWriter(h.running.services.db, h.running.services.dialect, 1);
      // Pushed in one turn of the event loop: they queue and are written as one group.
      const results = await Promise.all([
        writer.push({ access: ownerAccess, messages: note.messages, now: now() }),
        writer.push({ access: partnerAccess, messages: edit, now: now() }),
        writer.push({ access: ownerAccess, messages: badBaby.messages, now: now() }),
        writer.push({ access: otherAccess, messages: theirs.messages, now: now() }),
        writer.push({ access: ownerAccess, messages: note.messages, now: now() }),
      ]);
      const n = note.messages.length;
      expect(results[0]).toEqual({ ok: true, value: { accepted: n, duplicates: 0, cursor: start + n } });
      expect(results[1]).toEqual({ ok: true, value: { accepted: 1, duplicates: 0, cursor: start + n + 1 } });
      expect(results[2]).toMatchObject({ ok: false, error: { code: "unknown_baby" } });
      expect(results[3]).toMatchObject({
        ok: true,
        value: { accepted: theirs.messages.length, duplicates: 0 },
      });
      expect(results[4]).toEqual({ ok: true, value: { accepted: 0, duplicates: n, cursor: start + n + 1 } });
      const [stored] = await listRecords(h.running.services.db, ownerAccess, { id: note.id }, now());
      expect(stored?.fields.text?.[0]).toBe("second");
      const after = await tableCounts(h);
      expect(Number(after.messages) - Number(before.messages)).toBe(n + 1 + theirs.messages.length);
      expect(Number(after.records) - Number(before.records)).toBe(2);
      const rows = await h.running.services.db
        .selectFrom("messages")
        .select("seq")
        .where("household_id", "=", householdId)
        .where("seq", ">", start)
        .orderBy("seq")
        .execute();
      expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: n + 1 }, (_, i) => start + i + 1));
    });

    it("two households pushing the same new record id at once each keep their own record", async () => {
      const stranger = await h.signup("Stranger");
      const other = await h.household(stranger, "Other");
      const otherAccess: MemberAccess = {
        householdId: other.householdId,
        userId: stranger.userId,
        role: "owner",
      };
      for (let attempt = 0; attempt < 30; attempt++) {
        const mine = testDevice(now).create("note", { babyId, time: minutesBefore(now(), 1), text: "ours" });
        const theirs = testDevice(now).writer.set(mine.id, "note", "household", {
          babyId: other.babyId,
          time: minutesBefore(now(), 2),
          text: "theirs",
        });
        const [a, b] = await Promise.all([
          push({ access: ownerAccess, messages: mine.messages, now: now() }),
          push({ access: otherAccess, messages: theirs, now: now() }),
        ]);
        expect([a.ok, b.ok]).toEqual([true, true]);
        const [ours] = await listRecords(h.running.services.db, ownerAccess, { id: mine.id }, now());
        const [them] = await listRecords(h.running.services.db, otherAccess, { id: mine.id }, now());
        expect(ours?.fields.text?.[0]).toBe("ours");
        expect(them?.fields.text?.[0]).toBe("theirs");
      }
    });

    it("an id in use in another household neither blocks it there nor reaches the first", async () => {
      const formerMember = await h.signup("Former");
      const own = await h.household(formerMember, "Her own");
      const herAccess: MemberAccess = {
        householdId: own.householdId,
        userId: formerMember.userId,
        role: "owner",
      };
      // She knows the id of this household's guide (derived from the baby) and pushes it first.
      const guideId = testDevice(now).create("guide", { babyId, time: minutesBefore(now(), 1) }).id;
      const squat = testDevice(now).writer.set(guideId, "guide", "household", {
        babyId: own.babyId,
        time: minutesBefore(now(), 1),
        added: [{ section: "notes", text: "squatted" }],
      });
      expect((await push({ access: herAccess, messages: squat, now: now() })).ok).toBe(true);
      const real = testDevice(now).writer.set(guideId, "guide", "household", {
        babyId,
        time: minutesBefore(now(), 1),
        added: [{ section: "notes", text: "ours" }],
      });
      const result = await push({
        access: ownerAccess,
        messages: real,
        now: now(),
      });
      expect(result.ok).toBe(true);
      const [ours] = await listRecords(h.running.services.db, ownerAccess, { id: guideId }, now());
      expect(ours?.fields.added?.[0]).toEqual([{ section: "notes", text: "ours" }]);
      const [hers] = await listRecords(h.running.services.db, herAccess, { id: guideId }, now());
      expect(hers?.fields.added?.[0]).toEqual([{ section: "notes", text: "squatted" }]);
    });

    it("a helper can neither delete nor move a record from outside its window", async () => {
      const device = testDevice(now);
      const old = device.create("diaper", {
        babyId,
        time: minutesBefore(now(), 6 * 24 * 60),
        contents: "wet",
      });
      await push({ access: ownerAccess, messages: old.messages, now: now() });
      const helper: MemberAccess = { householdId, userId: partner.userId, role: "helper", windowDays: 3 };
      const before = await tableCounts(h);
      const tombstone = await push({
        access: helper,
        messages: testDevice(now).writer.remove(old.id, "diaper", "household"),
        now: now(),
      });
      const moved = await push({
        access: helper,
        messages: testDevice(now).writer.set(old.id, "diaper", "household", {
          time: minutesBefore(now(), 1),
        }),
        now: now(),
      });
      const rewritten = await push({
        access: helper,
        messages: testDevice(now).writer.set(old.id, "diaper", "household", { contents: "dirty" }),
        now: now(),
      });
      for (const r of [tombstone, moved, rewritten])
        expect(r).toMatchObject({ ok: false, error: { code: "outside_window" } });
      expect(await tableCounts(h)).toEqual(before);
      // Inside its window a helper may still put right what it logged.
      const recent = device.create("diaper", { babyId, time: minutesBefore(now(), 60), contents: "wet" });
      await push({ access: helper, messages: recent.messages, now: now() });
      const fix = await push({
        access: helper,
        messages: testDevice(now).writer.remove(recent.id, "diaper", "household"),
        now: now(),
      });
      expect(fix.ok).toBe(true);
    });

    it("ends, once, the timers an older importer left running, and no timer a caregiver started", async () => {
      const device = testDevice(now);
      const importedId = contentId(["huckleberry", "feed", "a bottle with no end"]);
      const imported = device.writer.set(importedId, "feed", "household", {
        babyId,
        method: "bottle",
        start: minutesBefore(now(), 228 * 60),
      });
      const started = device.create("sleep", { babyId, start: minutesBefore(now(), 30) });
      await push({
        access: ownerAccess,
        messages: [...imported, ...started.messages],
        now: now(),
      });
      await h.running.services.db.deleteFrom("repairs").execute();
      expect(await runRepairs(h.running.services)).toEqual({ "end-imported-timers": 1 });
      const [feed] = await listRecords(h.running.services.db, ownerAccess, { id: importedId }, now());
      expect(feed?.fields.end?.[0]).toBe(minutesBefore(now(), 228 * 60));
      const [sleep] = await listRecords(h.running.services.db, ownerAccess, { id: started.id }, now());
      expect(sleep?.fields.end).toBeUndefined();
      expect(await runRepairs(h.running.services)).toEqual({});
    });

    it("a delete travels as a tombstone and an undo brings the record back", async () => {
      const device = testDevice(now);
      const feed = device.create("feed", {
        babyId,
        method: "breast",
        start: minutesBefore(now(), 30),
        end: minutesBefore(now(), 10),
      });
      await push({ access: ownerAccess, messages: feed.messages, now: now() });
      await push({
        access: partnerAccess,
        messages: device.writer.remove(feed.id, "feed", "household"),
        now: now(),
      });
      expect(await listRecords(h.running.services.db, ownerAccess, { id: feed.id }, now())).toEqual([]);
      const page = await pullRecords(h.running.services.db, ownerAccess, 0, 100_000, now());
      const pulled = page.records.map((r) => JSON.parse(r)).find((r) => r.id === feed.id);
      expect(pulled.fields.deleted[0]).toBe(true);
      await push({
        access: ownerAccess,
        messages: device.writer.restore(feed.id, "feed", "household"),
        now: now(),
      });
      expect(await listRecords(h.running.services.db, ownerAccess, { id: feed.id }, now())).toHaveLength(1);
    });
  });
}
