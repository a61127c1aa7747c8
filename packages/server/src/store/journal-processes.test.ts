/**
 * Two server processes on one PostgreSQL database writing the same record at once: each push must
 * see the other's committed change, or the record's state loses it (the messages would all be kept,
 * but a pull reads the record). Here two sets of services in one test process stand for the two
 * server processes: each has its own pool and its own group commit.
 */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openServices, type Running } from "../start.ts";
import { postgresAvailable, tempPostgres } from "../testing/databases.ts";
import { type Harness, startHarness } from "../testing/harness.ts";
import { minutesBefore, testDevice } from "../testing/records.ts";
import { listRecords } from "./journal.ts";
import type { MemberAccess } from "./members.ts";

describe.skipIf(!postgresAvailable())("two server processes writing one household", () => {
  let h: Harness;
  let second: Running;

  beforeAll(async () => {
    h = await startHarness(await tempPostgres());
    second = await openServices(h.running.database.url, {}, () => h.clock.now);
  });
  afterAll(async () => {
    await second?.close();
    await h?.close();
  });

  it("keeps both changes when two processes change one record's fields at the same moment", async () => {
    const ana = await h.signup("Ana");
    const { householdId, babyId } = await h.household(ana);
    const access: MemberAccess = { householdId, userId: ana.userId, role: "owner" };
    const now = () => h.clock.now;
    const phoneA = testDevice(now);
    const phoneB = testDevice(now);
    const note = phoneA.create("note", { babyId, time: minutesBefore(now(), 100), text: "text 0" });
    const first = await h.running.services.journal.push({ access, messages: note.messages, now: now() });
    expect(first.ok).toBe(true);
    // Phone B has pulled the note, so its changes come after the note's own stamps.
    phoneB.writer.observe(note.messages.at(-1)!.hlc);

    const rounds = 40;
    for (let round = 1; round <= rounds; round++) {
      const [a, b] = await Promise.all([
        h.running.services.journal.push({
          access,
          messages: phoneA.writer.set(note.id, "note", "household", { text: `text ${round}` }),
          now: now(),
        }),
        second.services.journal.push({
          access,
          messages: phoneB.writer.set(note.id, "note", "household", {
            time: minutesBefore(now(), 100 - round),
          }),
          now: now(),
        }),
      ]);
      expect(a.ok && b.ok).toBe(true);
      const [stored] = await listRecords(h.running.services.db, access, { id: note.id }, now());
      expect({ round, text: stored?.fields.text?.[0], time: stored?.fields.time?.[0] }).toEqual({
        round,
        text: `text ${round}`,
        time: minutesBefore(now(), 100 - round),
      });
    }
    // Every message has its own number, with none skipped.
    const seqs = await h.running.services.db
      .selectFrom("messages")
      .select("seq")
      .where("household_id", "=", householdId)
      .orderBy("seq")
      .execute();
    expect(seqs.map((r) => Number(r.seq))).toEqual(seqs.map((_, i) => i + 1));
  });
});
