/**
 * A caregiver's check-ins, self-screens and own intake are private: they reach no other caregiver's
 * device through the sync API and no other member's export; a check-in the caregiver chose to share
 * reaches the household like any record. Run on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeDialects } from "./testing/databases.ts";
import { type Agent, type Harness, startHarness } from "./testing/harness.ts";
import { minutesBefore, testDevice } from "./testing/records.ts";

for (const dialect of storeDialects()) {
  describe.skipIf("skip" in dialect && dialect.skip)(`private care records on ${dialect.name}`, () => {
    let h: Harness;
    let ana: Agent;
    let sam: Agent;
    let householdId: string;

    beforeAll(async () => {
      h = await startHarness(await dialect.open());
      ana = await h.signup("Ana");
      sam = await h.signup("Sam");
      ({ householdId } = await h.household(ana));
      const inv = await h.call(ana, "POST", `/api/households/${householdId}/invites`, { role: "caregiver" });
      await h.call(sam, "POST", "/api/invites/accept", { code: inv.json().code });
    });
    afterAll(() => h?.close());

    it("keeps check-ins, self-screens and the caregiver's intake to their author", async () => {
      const device = testDevice(() => h.clock.now);
      const time = minutesBefore(h.clock.now, 2);
      const checkin = device.create("checkin", { time, sleepHours: 3.5, stress: 5, mood: 1 }, "private");
      const screen = device.create(
        "selfscreen",
        { time, instrument: "phq9", answers: [2, 2, 2, 2, 1, 1, 1, 1, 1] },
        "private",
      );
      const intake = device.create(
        "intake",
        { time, subject: "caregiver", flags: ["depression"] },
        "private",
      );
      const shared = device.create("checkin", { time, sleepHours: 6, stress: 2 }, "household");
      const push = await h.call(ana, "POST", `/api/households/${householdId}/sync/push`, {
        messages: [...checkin.messages, ...screen.messages, ...intake.messages, ...shared.messages],
      });
      expect(push.statusCode).toBe(200);

      const pull = (agent: Agent) => h.call(agent, "GET", `/api/households/${householdId}/sync/pull?since=0`);
      const anaIds = (await pull(ana)).json().records.map((r: { id: string }) => r.id);
      const samPull = await pull(sam);
      const samIds = samPull.json().records.map((r: { id: string }) => r.id);
      expect(anaIds).toEqual(expect.arrayContaining([checkin.id, screen.id, intake.id, shared.id]));
      expect(samIds).toContain(shared.id);
      for (const secret of [checkin.id, screen.id, intake.id]) expect(samIds).not.toContain(secret);
      expect(samPull.body).not.toContain("depression");

      const samExport = await h.call(sam, "GET", "/api/export");
      for (const secret of [checkin.id, screen.id, intake.id]) expect(samExport.body).not.toContain(secret);
      expect(samExport.body).toContain(shared.id);
      const anaExport = await h.call(ana, "GET", "/api/export");
      expect(anaExport.body).toContain(screen.id);

      const records = await h.call(sam, "GET", `/api/households/${householdId}/records?kind=selfscreen`);
      expect(records.json().records).toEqual([]);
    });

    it("refuses a self-screen with the wrong number of answers, and writes nothing of the batch", async () => {
      const device = testDevice(() => h.clock.now);
      const time = minutesBefore(h.clock.now, 1);
      const bad = device.create("selfscreen", { time, instrument: "gad7", answers: [0, 1] }, "private");
      const fine = device.create("checkin", { time, mood: 3 }, "private");
      const res = await h.call(ana, "POST", `/api/households/${householdId}/sync/push`, {
        messages: [...fine.messages, ...bad.messages],
      });
      expect(res.statusCode).toBe(422);
      expect(JSON.stringify(res.json().error.details)).toMatch(/answers/);
      const ids = (await h.call(ana, "GET", `/api/households/${householdId}/sync/pull?since=0`))
        .json()
        .records.map((r: { id: string }) => r.id);
      expect(ids).not.toContain(fine.id);
      expect(ids).not.toContain(bad.id);
    });
  });
}
