/**
 * Reminders from the journal to a phone, through a real push service on 127.0.0.1 that decrypts
 * what it gets: who is reminded, when, in which words; withdrawn when another phone answers; once
 * with two schedulers; webhooks signed. On SQLite and PostgreSQL.
 */
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { storeDialects } from "../testing/databases.ts";
import { type Agent, type Harness, startHarness } from "../testing/harness.ts";
import { type PushReceiver, startPushReceiver } from "../testing/push-receiver.ts";
import { testDevice } from "../testing/records.ts";
import { ReminderScheduler } from "./scheduler.ts";

const minute = 60_000;
const hour = 60 * minute;

for (const dialect of storeDialects()) {
  describe.skipIf("skip" in dialect && dialect.skip)(`reminders on ${dialect.name}`, () => {
    let h: Harness;
    let push: PushReceiver;
    let ana: Agent;
    let sam: Agent;
    let householdId = "";
    let babyId = "";
    const ends: Record<string, string> = {};
    const device = testDevice(() => h.clock.now);

    const log = async (
      who: Agent,
      kind: "feed" | "diaper" | "rota" | "reminders",
      fields: Record<string, unknown>,
      scope: "household" | "private" = "household",
      id?: string,
    ) => {
      const made = device.create(kind, fields as never, scope);
      const messages = id ? device.writer.set(id, kind, scope, fields as never) : made.messages;
      const res = await h.call(who, "POST", `/api/households/${householdId}/sync/push`, { messages });
      expect(res.statusCode, res.body).toBe(200);
    };
    const feed = (who: Agent, at: number) =>
      log(who, "feed", { babyId, method: "bottle", start: new Date(at).toISOString(), volumeMl: 90 });
    const scheduler = () => new ReminderScheduler(h.running.services, { tickMs: 3_600_000 });
    const to = (agent: Agent) => push.received.filter((r) => r.endpoint === ends[agent.userId]);

    beforeAll(async () => {
      h = await startHarness(await dialect.open(), { privateWebhooks: true });
      push = await startPushReceiver();
      ana = await h.signup("Ana");
      sam = await h.signup("Sam");
      ({ householdId, babyId } = await h.household(ana, "Home"));
      const invite = await h.call(ana, "POST", `/api/households/${householdId}/invites`, {
        role: "caregiver",
      });
      await h.call(sam, "POST", "/api/invites/accept", { code: invite.json().code });
      for (const who of [ana, sam]) {
        const sub = push.subscribe();
        ends[who.userId] = sub.endpoint;
        expect((await h.call(who, "POST", "/api/push/subscriptions", sub)).statusCode).toBe(200);
      }
      expect((await h.call(ana, "GET", "/api/push/key")).json()).toMatchObject({ subscriptions: 1 });
    }, 60_000);
    afterAll(async () => {
      await push?.close();
      await h?.close();
    });
    beforeEach(() => {
      push.received.length = 0;
      push.posts.length = 0;
    });

    it("reminds both caregivers of a feed not logged for three hours, once, and says done when Sam logs one", async () => {
      // Saturday 28 November, 13:00 in Madrid.
      h.clock.now = Date.parse("2026-11-28T12:00:00Z");
      await feed(ana, h.clock.now);
      const s = scheduler();
      h.clock.now += 3 * hour - minute;
      await s.tick();
      expect(push.received).toEqual([]);
      h.clock.now += minute;
      await s.tick();
      await s.tick();
      expect(to(ana).map((r) => r.payload.title)).toEqual(["Maya's last feed was at 13:00"]);
      expect(to(sam)).toHaveLength(1);
      expect(to(ana)[0]!.payload).toMatchObject({
        url: "/?log=feed",
        tag: `feed:${babyId}`,
        actions: [{ action: "log" }],
      });
      expect(to(ana)[0]!.headers.authorization).toMatch(/^vapid t=/);

      h.clock.now += 10 * minute;
      await feed(sam, h.clock.now);
      await s.tick();
      await s.tick();
      expect(to(ana).map((r) => r.payload.title)).toEqual([
        "Maya's last feed was at 13:00",
        "Done — Sam logged a feed at 16:10",
      ]);
      expect(to(ana)[1]!.payload.tag).toBe(to(ana)[0]!.payload.tag);
      await s.stop();
    });

    it("withdraws a reminder not yet sent when a feed is logged meanwhile", async () => {
      const s = scheduler();
      const start = h.clock.now;
      h.clock.now = start + 2 * hour;
      await s.tick();
      await feed(sam, h.clock.now);
      h.clock.now = start + 3 * hour + minute;
      await s.tick();
      expect(push.received).toEqual([]);
      await s.stop();
    });

    it("at night reminds only whoever is on duty, and holds a reminder through someone's quiet hours", async () => {
      const s = scheduler();
      // Alternate nights from Saturday: Sam has Saturday's night.
      await log(ana, "rota", {
        time: new Date(h.clock.now).toISOString(),
        pattern: "alternate",
        people: [sam.userId, ana.userId],
        startDate: "2026-11-28",
        swaps: [],
      });
      h.clock.now = Date.parse("2026-11-28T22:30:00Z"); // 23:30 in Madrid
      await feed(ana, h.clock.now);
      h.clock.now += 3 * hour; // 02:30 on Sunday
      await s.tick();
      expect(to(sam)).toHaveLength(1);
      expect(to(ana)).toEqual([]);

      // By day, Ana's quiet hours (until 09:30) hold hers back; Sam's comes at once.
      await log(
        ana,
        "reminders",
        { babyId, time: new Date(h.clock.now).toISOString(), quietFrom: "08:00", quietTo: "09:30" },
        "private",
      );
      h.clock.now = Date.parse("2026-11-29T05:00:00Z"); // 06:00
      await feed(sam, h.clock.now);
      h.clock.now = Date.parse("2026-11-29T08:00:00Z"); // 09:00, three hours on
      await s.tick();
      // Sam's night reminder was answered by his own feed at 06:00: his phone's notification says so.
      expect(to(sam).map((r) => r.payload.title)).toEqual([
        "Maya's last feed was at 23:30",
        "Done — Sam logged a feed at 6:00",
        "Maya's last feed was at 6:00",
      ]);
      expect(to(ana)).toEqual([]);
      h.clock.now = Date.parse("2026-11-29T08:30:00Z"); // 09:30: her quiet hours are over
      await s.tick();
      expect(to(ana).map((r) => r.payload.title)).toEqual(["Maya's last feed was at 6:00"]);
      await s.stop();
    });

    it("sends each reminder once with two schedulers at work, forgets a phone the push service no longer knows", async () => {
      const a = scheduler();
      const b = new ReminderScheduler(h.running.services, { tickMs: 3_600_000, leaseMs: 500 });
      await feed(ana, h.clock.now);
      push.gone(ends[sam.userId]!);
      h.clock.now += 3 * hour;
      await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
      await a.stop();
      // The lease passes to the other when the first stops; nothing is sent twice.
      await b.tick();
      // Ana's reminder from the last test is answered by her new feed, then the new one comes, once.
      expect(to(ana).map((r) => r.payload.title.slice(0, 20))).toEqual([
        "Done — Ana logged a ",
        "Maya's last feed was",
      ]);
      const key = await h.call(sam, "GET", "/api/push/key");
      expect(key.json().subscriptions).toBe(0);
      await b.stop();
      // Sam subscribes again for what follows.
      const sub = push.subscribe();
      ends[sam.userId] = sub.endpoint;
      await h.call(sam, "POST", "/api/push/subscriptions", sub);
    });

    it("posts the same reminder to the household's webhook, signed with its secret", async () => {
      const refused = await h.call(ana, "PUT", `/api/households/${householdId}/webhook`, {
        url: "ftp://example.com/x",
      });
      expect(refused.statusCode).toBe(400);
      const set = await h.call(ana, "PUT", `/api/households/${householdId}/webhook`, {
        url: `${push.base}/hook`,
      });
      expect(set.statusCode).toBe(200);
      const secret: string = set.json().secret;
      const s = scheduler();
      await feed(ana, h.clock.now);
      h.clock.now += 3 * hour;
      await s.tick();
      await s.tick();
      const posts = push.posts.filter((p) => p.path === "/hook");
      expect(posts).toHaveLength(1);
      const event = JSON.parse(posts[0]!.body);
      expect(event).toMatchObject({ event: "reminder", kind: "feed", baby: { name: "Maya" } });
      const stamp = String(posts[0]!.headers["x-attune-timestamp"]);
      const expected = `sha256=${createHmac("sha256", secret).update(`${stamp}.${posts[0]!.body}`).digest("hex")}`;
      expect(posts[0]!.headers["x-attune-signature"]).toBe(expected);
      expect((await h.call(ana, "GET", `/api/households/${householdId}/webhook`)).json()).toEqual({
        url: `${push.base}/hook`,
      });
      await h.call(ana, "DELETE", `/api/households/${householdId}/webhook`);
      await s.stop();
    });
  });
}
