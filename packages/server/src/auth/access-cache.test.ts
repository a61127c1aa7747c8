/**
 * The access cache keeps what it found and forgets it the moment access changes: on its own, and
 * between two server processes on one PostgreSQL, where a logout or a removal on one is refused on
 * the other straight away.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { MemberAccess } from "../store/members.ts";
import { addMember } from "../store/members.ts";
import { postgresAvailable, tempPostgres } from "../testing/databases.ts";
import { type Harness, startHarness } from "../testing/harness.ts";
import { AccessCache, type SessionRow } from "./access-cache.ts";

const session = (userId: string): SessionRow => ({
  user_id: userId,
  csrf_token: "c",
  expires_at: "2099-01-01T00:00:00.000Z",
});
const member = (householdId: string, userId: string): MemberAccess => ({
  householdId,
  userId,
  role: "caregiver",
  accessUntil: null,
  windowDays: null,
});

const counting = <T>(value: T | undefined) => {
  const load = Object.assign(
    async () => {
      load.calls++;
      return value;
    },
    { calls: 0 },
  );
  return load;
};

describe("the access cache", () => {
  const clock = { now: 0 };
  let hears = true;
  const cache = () =>
    new AccessCache({ ttlMs: 1000, maxEntries: 3, hearsOthers: () => hears, clock: () => clock.now });

  it("keeps what it found, not what it did not, until it ages out", async () => {
    const c = cache();
    const found = counting(session("u1"));
    const missing = counting<SessionRow>(undefined);
    for (let i = 0; i < 3; i++) {
      expect(await c.session("a", found)).toEqual(session("u1"));
      expect(await c.session("b", missing)).toBeUndefined();
    }
    expect([found.calls, missing.calls]).toEqual([1, 3]);
    clock.now += 1000;
    await c.session("a", found);
    expect(found.calls).toBe(2);
  });

  it("ages entries read together out at different moments, between half the time and all of it", async () => {
    let draw = 0;
    const spread = new AccessCache({
      ttlMs: 1000,
      maxEntries: 100,
      hearsOthers: () => true,
      clock: () => clock.now,
      random: () => (draw++ % 10) / 10,
    });
    const start = clock.now;
    const loads = Array.from({ length: 10 }, () => counting(session("u1")));
    for (const [i, load] of loads.entries()) await spread.session(`s${i}`, load);
    const reread = async () => {
      for (const [i, load] of loads.entries()) await spread.session(`s${i}`, load);
      return loads.filter((l) => l.calls > 1).length;
    };
    clock.now = start + 499;
    expect(await reread()).toBe(0);
    clock.now = start + 750;
    expect(await reread()).toBe(5);
    clock.now = start + 1000;
    expect(await reread()).toBe(10);
  });

  it("forgets a person's sessions and memberships, a household's members, or one member", async () => {
    const small = cache();
    const c = new AccessCache({ ttlMs: 1000, maxEntries: 100, hearsOthers: () => true, clock: () => 0 });
    const loads = {
      s1: counting(session("u1")),
      s2: counting(session("u2")),
      m1: counting(member("h1", "u1")),
      m2: counting(member("h1", "u2")),
    };
    const readAll = async (from: AccessCache) => {
      await from.session("s1", loads.s1);
      await from.session("s2", loads.s2);
      await from.member("h1", "u1", loads.m1);
      await from.member("h1", "u2", loads.m2);
    };
    const calls = () => Object.values(loads).map((l) => l.calls);
    const read2 = () => readAll(c);
    await read2();
    await read2();
    expect(calls()).toEqual([1, 1, 1, 1]);
    c.forget({ userId: "u1" }); // a logout or a new password: u1's session and memberships
    await read2();
    expect(calls()).toEqual([2, 1, 2, 1]);
    c.forget({ householdId: "h1", userId: "u2" }); // one member removed: not u2's session
    await read2();
    expect(calls()).toEqual([2, 1, 2, 2]);
    c.forget({ householdId: "h1" }); // a household deleted
    await read2();
    expect(calls()).toEqual([2, 1, 3, 3]);
    // With room for three sessions, the oldest goes first.
    for (const key of ["a", "b", "c", "d"]) await small.session(key, loads.s1);
    expect(small.size).toBe(3);
  });

  it("does not keep a read that began before a forgetting", async () => {
    const c = cache();
    let release!: () => void;
    const slow = () =>
      new Promise<SessionRow>((resolve) => {
        release = () => resolve(session("u1"));
      });
    const reading = c.session("a", slow);
    c.forget({ userId: "u1" });
    release();
    expect(await reading).toEqual(session("u1"));
    const again = counting(session("u1"));
    await c.session("a", again);
    expect(again.calls).toBe(1);
  });

  it("reads the database every time while it cannot hear the other processes", async () => {
    const c = cache();
    const found = counting(session("u1"));
    await c.session("a", found);
    hears = false;
    await c.session("a", found);
    await c.session("a", found);
    hears = true;
    await c.session("a", found);
    await c.session("a", found);
    expect(found.calls).toBe(4);
  });
});

describe.skipIf(!postgresAvailable())("two server processes on one PostgreSQL", () => {
  const harnesses: Harness[] = [];
  afterAll(async () => {
    for (const h of harnesses.reverse()) await h.close();
  });

  it("refuse a logged-out session and a removed member on the other process at once", async () => {
    const database = await tempPostgres();
    const one = await startHarness(database);
    harnesses.push(one);
    // The second shares the database (the first drops it at the end).
    const two = await startHarness({ url: database.url, drop: async () => {} });
    harnesses.unshift(two);
    two.clock.now = one.clock.now;

    const owner = await one.signup("Owner");
    const { householdId } = await one.household(owner);
    const helper = await one.signup("Helper");
    await addMember(
      one.running.services.db,
      { householdId, userId: helper.userId, role: "caregiver", accessUntil: null, windowDays: null },
      new Date(one.clock.now).toISOString(),
    );
    const babies = `/api/households/${householdId}/sync/pull?since=0`;
    // Both processes have now looked up (and keep) the helper's session and membership.
    for (const h of [one, two, two]) {
      const res = await h.call(helper, "GET", babies);
      expect(res.statusCode, res.body).toBe(200);
    }
    expect(two.running.services.access.size).toBeGreaterThanOrEqual(2);

    const removed = await one.call(
      owner,
      "DELETE",
      `/api/households/${householdId}/members/${helper.userId}`,
    );
    expect(removed.statusCode).toBeLessThan(300);
    const refusedWithin = async (h: Harness, agent: typeof helper, url: string) => {
      const started = Date.now();
      for (;;) {
        const status = (await h.call(agent, "GET", url)).statusCode;
        if (status >= 400) return { status, ms: Date.now() - started };
        if (Date.now() - started > 2000) return { status, ms: Date.now() - started };
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    const afterRemoval = await refusedWithin(two, helper, babies);
    expect(afterRemoval.status).toBe(404);
    expect(afterRemoval.ms).toBeLessThan(1000);

    expect((await two.call(owner, "GET", babies)).statusCode).toBe(200);
    expect((await one.call(owner, "POST", "/api/auth/logout", {})).statusCode).toBeLessThan(300);
    const afterLogout = await refusedWithin(two, owner, babies);
    expect(afterLogout.status).toBe(401);
    expect(afterLogout.ms).toBeLessThan(1000);
  });
});
