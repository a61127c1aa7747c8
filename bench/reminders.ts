/**
 * Reminders at a host's scale: 2,000 households (one caregiver each, a phone subscribed to a local
 * push service that decrypts every message), one simulated day in compressed time. Each baby feeds
 * every 2–4 hours (so about half the feeds come after the three-hour reminder); two schedulers run
 * side by side on one SQLite database, as two processes would.
 *
 * The clock jumps to the next moment anything happens (a feed, or a reminder falling due, as a
 * one-second ticker would first see it), so a round runs at the instant a reminder is due; how late
 * it is sent is the real time the round took to send it, plus the ticker's one second.
 * Prints RESULT reminders_late_p99_s and RESULT reminders_duplicates.
 */
import { ChangeWriter } from "@attune/core";
import { openServices } from "@attune/server/start";
import { v7 as uuidv7 } from "uuid";
import { ReminderScheduler } from "../packages/server/src/reminders/scheduler.ts";
import { insertBaby } from "../packages/server/src/store/babies.ts";
import { insertHousehold } from "../packages/server/src/store/households.ts";
import { pushMessages } from "../packages/server/src/store/journal.ts";
import { addMember } from "../packages/server/src/store/members.ts";
import { saveSubscription } from "../packages/server/src/store/reminders.ts";
import { insertUser } from "../packages/server/src/store/users.ts";
import { tempSqlite } from "../packages/server/src/testing/databases.ts";
import { startPushReceiver } from "../packages/server/src/testing/push-receiver.ts";

const result = (name: string, value: number, unit: string) => console.log(`RESULT ${name} ${value} ${unit}`);
const hour = 3600_000;
const tickMs = 1000;

/** A small deterministic generator, so runs compare. */
const random = (() => {
  let x = 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 1_000_000) / 1_000_000;
  };
})();

export const main = async (args: string[]) => {
  const households = Number(args[0] ?? process.env.BENCH_HOUSEHOLDS ?? 2000);
  const db = tempSqlite();
  const clock = { now: Date.parse("2026-12-01T05:00:00Z") };
  const running = await openServices(db.url, {}, () => clock.now);
  const { services } = running;
  const push = await startPushReceiver();
  const iso = (ms: number) => new Date(ms).toISOString();

  // — the households, each with a baby, an owner and a subscribed phone
  const babies: { householdId: string; userId: string; babyId: string; nextFeed: number }[] = [];
  await services.db.transaction().execute(async (tx) => {
    for (let i = 0; i < households; i++) {
      const userId = uuidv7();
      const householdId = uuidv7();
      const babyId = uuidv7();
      await insertUser(
        tx,
        {
          id: userId,
          email: `p${i}@example.com`,
          name: `P${i}`,
          locale: i % 2 ? "es" : "en",
          passwordHash: "x",
        },
        iso(clock.now),
      );
      await insertHousehold(tx, { id: householdId, name: `H${i}` }, iso(clock.now));
      await addMember(
        tx,
        { householdId, userId, role: "owner", accessUntil: null, windowDays: null },
        iso(clock.now),
      );
      await insertBaby(
        tx,
        householdId,
        {
          id: babyId,
          name: `B${i}`,
          birthDate: "2026-10-01",
          dueDate: null,
          sex: null,
          timeZone: i % 3 ? "Europe/Madrid" : "America/New_York",
        },
        iso(clock.now),
      );
      const sub = push.subscribe();
      await saveSubscription(tx, {
        endpoint: sub.endpoint,
        userId,
        p256dh: sub.keys.p256dh,
        auth: sub.keys.auth,
        createdAt: iso(clock.now),
      });
      babies.push({ householdId, userId, babyId, nextFeed: Math.round(clock.now - random() * 3 * hour) });
    }
  });
  const writer = new ChangeWriter("00000000000be703", () => clock.now);
  const feed = async (b: (typeof babies)[number], at: number) => {
    const messages = writer.set(uuidv7(), "feed", "household", {
      babyId: b.babyId,
      method: "bottle",
      volumeMl: 90,
      start: iso(at),
    });
    const r = await pushMessages(
      services.db,
      {
        access: { householdId: b.householdId, userId: b.userId, role: "owner" },
        messages,
        now: clock.now,
      },
      services.dialect,
    );
    if (!r.ok) throw new Error(r.error.message);
  };
  // Everyone's last feed before the day starts.
  for (const b of babies) {
    await feed(b, b.nextFeed);
    b.nextFeed += Math.round((2 + 2 * random()) * hour);
  }

  const a = new ReminderScheduler(services, { tickMs: 3_600_000, holder: "a" });
  const second = new ReminderScheduler(services, { tickMs: 3_600_000, holder: "b" });
  const start = clock.now;
  const end = start + Number(process.env.BENCH_HOURS ?? 24) * hour;
  const late: number[] = [];
  let rounds = 0;
  const startReal = performance.now();
  while (clock.now < end) {
    // Feeds due by now are logged first, as phones would have pushed them.
    for (const b of babies) {
      if (b.nextFeed <= clock.now) {
        await feed(b, b.nextFeed);
        b.nextFeed += Math.round((2 + 2 * random()) * hour);
      }
    }
    const before = a.sent.length + second.sent.length;
    const roundStart = performance.now();
    await Promise.all([a.tick(), second.tick()]);
    rounds++;
    const roundMs = performance.now() - roundStart;
    const sentNow = a.sent.length + second.sent.length - before;
    // Every send in a round counted as late as the whole round (an upper bound), plus the ticker's second.
    for (let i = 0; i < sentNow; i++) late.push((roundMs + tickMs) / 1000);
    const nextFeed = Math.min(...babies.map((b) => b.nextFeed));
    const nextDue = Math.min(a.nextDueAt(clock.now) ?? end, second.nextDueAt(clock.now) ?? end);
    clock.now = Math.round(
      Math.max(clock.now + 1000, Math.min(nextFeed, nextDue, clock.now + 10 * 60_000, end)),
    );
  }
  await a.stop();
  await second.stop();
  const realS = (performance.now() - startReal) / 1000;

  const seen = new Map<string, number>();
  for (const r of push.received) {
    const id = `${r.endpoint}|${r.payload.tag}|${r.payload.title}`;
    seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  const duplicates = [...seen.values()].reduce((s, n) => s + (n - 1), 0);
  const reminders = push.received.filter(
    (r) => !r.payload.title.startsWith("Done") && !r.payload.title.startsWith("Hecho"),
  );
  late.sort((x, y) => x - y);
  const p99 = late.length ? late[Math.min(late.length - 1, Math.floor(late.length * 0.99))]! : 0;
  console.log(
    `# ${households} households, one day in ${realS.toFixed(0)} s real (${rounds} rounds): ${reminders.length} reminders and ${push.received.length - reminders.length} "done" messages received`,
  );
  result("reminders_late_p99_s", Math.round(p99 * 100) / 100, "s");
  result("reminders_duplicates", duplicates, "messages");
  await push.close();
  await running.close();
  await db.drop();
};
