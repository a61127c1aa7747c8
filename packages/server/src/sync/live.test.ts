/**
 * Live notification over a real WebSocket: a push by one caregiver reaches another's open socket,
 * and with PostgreSQL it reaches a socket held by a second server process on the same database.
 */
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { buildApp } from "../app.ts";
import { sessionCookie } from "../auth/principal.ts";
import { openServices } from "../start.ts";
import { postgresAvailable, tempPostgres, tempSqlite } from "../testing/databases.ts";
import { type Agent, type Harness, startHarness } from "../testing/harness.ts";
import { minutesBefore, testDevice } from "../testing/records.ts";
import { closedForAccess } from "./live-route.ts";

type Live = {
  socket: WebSocket;
  next: () => Promise<{ type: string; cursor?: number }>;
  closed: Promise<number>;
};

const connect = (port: number, householdId: string, agent: Agent, origin?: string) =>
  new Promise<Live>((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/api/households/${householdId}/live`, {
      headers: { cookie: `${sessionCookie}=${agent.cookie}`, ...(origin ? { origin } : {}) },
    });
    const closed = new Promise<number>((done) => socket.on("close", (code) => done(code)));
    const inbox: { type: string; cursor?: number }[] = [];
    const waiting: ((m: { type: string; cursor?: number }) => void)[] = [];
    socket.on("message", (data) => {
      const m = JSON.parse(String(data));
      const w = waiting.shift();
      if (w) w(m);
      else inbox.push(m);
    });
    const next = () =>
      new Promise<{ type: string; cursor?: number }>((res, rej) => {
        const m = inbox.shift();
        if (m) return res(m);
        const timer = setTimeout(() => rej(new Error("no live message within 2 s")), 2000);
        waiting.push((msg) => {
          clearTimeout(timer);
          res(msg);
        });
      });
    socket.on("open", () => resolve({ socket, next, closed }));
    socket.on("unexpected-response", (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
    socket.on("error", reject);
  });

const pushDiaper = async (h: Harness, agent: Agent, householdId: string, babyId: string) => {
  const entry = testDevice(() => h.clock.now).create("diaper", {
    babyId,
    time: minutesBefore(h.clock.now, 1),
    contents: "wet",
  });
  const res = await h.call(agent, "POST", `/api/households/${householdId}/sync/push`, {
    messages: entry.messages,
  });
  return res.json().cursor as number;
};

describe("live notification", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it("tells another caregiver's open socket about a push, and refuses strangers", async () => {
    const h = await startHarness(tempSqlite());
    cleanups.push(() => h.close());
    await h.app.listen({ port: 0, host: "127.0.0.1" });
    const port = (h.app.server.address() as { port: number }).port;
    const ana = await h.signup("Ana");
    const sam = await h.signup("Sam");
    const stranger = await h.signup("Stranger");
    const { householdId, babyId } = await h.household(ana);
    const inv = await h.call(ana, "POST", `/api/households/${householdId}/invites`, {});
    await h.call(sam, "POST", "/api/invites/accept", { code: inv.json().code });
    const live = await connect(port, householdId, sam);
    expect(await live.next()).toEqual({ type: "hello" });
    const cursor = await pushDiaper(h, ana, householdId, babyId);
    expect(await live.next()).toEqual({ type: "changed", cursor });
    live.socket.close();
    await expect(connect(port, householdId, stranger)).rejects.toThrow("refused with 404");
  });

  it("refuses a page on another site, and an opaque origin", async () => {
    const h = await startHarness(tempSqlite());
    cleanups.push(() => h.close());
    await h.app.listen({ port: 0, host: "127.0.0.1" });
    const port = (h.app.server.address() as { port: number }).port;
    const ana = await h.signup("Ana");
    const { householdId } = await h.household(ana);
    await expect(connect(port, householdId, ana, "https://evil.example")).rejects.toThrow("refused with 403");
    await expect(connect(port, householdId, ana, "null")).rejects.toThrow("refused with 403");
    const own = await connect(port, householdId, ana, `http://127.0.0.1:${port}`);
    expect(await own.next()).toEqual({ type: "hello" });
    own.socket.close();
  });

  it("closes a socket the moment its access ends, whichever way it ends", async () => {
    const h = await startHarness(tempSqlite());
    cleanups.push(() => h.close());
    await h.app.listen({ port: 0, host: "127.0.0.1" });
    const port = (h.app.server.address() as { port: number }).port;
    const owner = await h.signup("Owner");
    const { householdId, babyId } = await h.household(owner);
    const member = async (name: string, body: object = {}) => {
      const agent = await h.signup(name);
      const inv = await h.call(owner, "POST", `/api/households/${householdId}/invites`, body);
      await h.call(agent, "POST", "/api/invites/accept", { code: inv.json().code });
      const live = await connect(port, householdId, agent);
      expect(await live.next()).toEqual({ type: "hello" });
      return { agent, live };
    };
    const within = (closed: Promise<number>) =>
      Promise.race([closed, new Promise<string>((r) => setTimeout(() => r("still open"), 2000))]);

    const loggedOut = await member("LoggedOut");
    await h.call(loggedOut.agent, "POST", "/api/auth/logout");
    expect(await within(loggedOut.live.closed)).toBe(closedForAccess);

    const removed = await member("Removed");
    await h.call(owner, "DELETE", `/api/households/${householdId}/members/${removed.agent.userId}`);
    expect(await within(removed.live.closed)).toBe(closedForAccess);

    const deleted = await member("Deleted");
    await h.call(deleted.agent, "DELETE", "/api/account", { password: "correct horse battery" });
    expect(await within(deleted.live.closed)).toBe(closedForAccess);

    const everywhere = await member("Everywhere");
    await h.call(everywhere.agent, "POST", "/api/auth/logout-everywhere");
    expect(await within(everywhere.live.closed)).toBe(closedForAccess);

    // A helper's access runs out on the clock; the next notice finds it gone and closes instead.
    const helper = await member("Helper", { role: "helper", helperAccessHours: 2 });
    h.clock.now += 3 * 3600 * 1000;
    await pushDiaper(h, owner, householdId, babyId);
    expect(await within(helper.live.closed)).toBe(closedForAccess);

    const last = await member("Last");
    await h.call(owner, "DELETE", `/api/households/${householdId}`);
    expect(await within(last.live.closed)).toBe(closedForAccess);
  });

  it.skipIf(!postgresAvailable())(
    "reaches a socket on a second server process through PostgreSQL",
    async () => {
      const database = await tempPostgres();
      const h = await startHarness(database);
      cleanups.push(() => h.close());
      const second = await openServices(database.url, {}, () => h.clock.now);
      const secondApp = await buildApp(second.services);
      cleanups.push(async () => {
        await secondApp.close();
        await second.close();
      });
      await secondApp.listen({ port: 0, host: "127.0.0.1" });
      const port = (secondApp.server.address() as { port: number }).port;
      const ana = await h.signup("Ana");
      const { householdId, babyId } = await h.household(ana);
      const live = await connect(port, householdId, ana);
      expect(await live.next()).toEqual({ type: "hello" });
      const cursor = await pushDiaper(h, ana, householdId, babyId);
      expect(await live.next()).toEqual({ type: "changed", cursor });
      live.socket.close();
      // A member removed through the first process loses the socket held by the second at once.
      const sam = await h.signup("Sam");
      const inv = await h.call(ana, "POST", `/api/households/${householdId}/invites`, {});
      await h.call(sam, "POST", "/api/invites/accept", { code: inv.json().code });
      const samLive = await connect(port, householdId, sam);
      expect(await samLive.next()).toEqual({ type: "hello" });
      await h.call(ana, "DELETE", `/api/households/${householdId}/members/${sam.userId}`);
      const closed = await Promise.race([
        samLive.closed,
        new Promise<string>((r) => setTimeout(() => r("still open"), 2000)),
      ]);
      expect(closed).toBe(closedForAccess);

      // The second process loses its LISTEN connection: news from the first cannot reach it until
      // it is back, and then its sockets are told to catch up, as when they connected.
      const lee = await connect(port, householdId, ana);
      expect(await lee.next()).toEqual({ type: "hello" });
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      const { rowCount } = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN attune_journal'",
      );
      await admin.end();
      expect(rowCount).toBe(2);
      const caughtUp = await Promise.race([
        (async () => {
          for (;;) {
            const m = await lee.next().catch(() => undefined);
            if (m?.type === "hello") return "told to catch up";
          }
        })(),
        new Promise<string>((r) => setTimeout(() => r("never told"), 6000)),
      ]);
      expect(caughtUp).toBe("told to catch up");
      lee.socket.close();
    },
    20_000,
  );
});
