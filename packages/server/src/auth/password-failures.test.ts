/**
 * Guessing passwords: the limits hold whatever address a client claims, wrong passwords slow down
 * the account they aim at (a delay that grows, not a lock a stranger can put on the family), and
 * every route that checks a password is limited the same way. On SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freeFailures, maxWaitMs, waitAfter } from "../store/password-failures.ts";
import { storeDialects, tempSqlite } from "../testing/databases.ts";
import { type Harness, startHarness } from "../testing/harness.ts";
import { deviceCookie } from "./trusted-devices.ts";

const login = (
  h: Harness,
  body: { email: string; password: string },
  {
    from = "127.0.0.1",
    forwardedFor,
    device,
  }: { from?: string; forwardedFor?: string; device?: string } = {},
) =>
  h.app.inject({
    method: "POST",
    url: "/api/auth/login",
    remoteAddress: from,
    headers: {
      "content-type": "application/json",
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
      ...(device ? { cookie: `${deviceCookie}=${device}` } : {}),
    },
    payload: JSON.stringify(body),
  });

describe("the address a client claims", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(tempSqlite(), { rateLimits: { login: { max: 10, timeWindow: "1 minute" } } });
  });
  afterAll(() => h?.close());

  it("counts a client under its own address, not the X-Forwarded-For it sends", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await login(
        h,
        { email: `nobody${i}@example.com`, password: "wrong password" },
        { from: "10.0.0.5", forwardedFor: `198.51.100.${i}` },
      );
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it("does not let a stranger use up the real client's limit by claiming its address", async () => {
    for (let i = 0; i < 10; i++)
      await login(
        h,
        { email: `someone${i}@example.com`, password: "wrong password" },
        { from: "10.0.0.6", forwardedFor: "127.0.0.1" },
      );
    const agent = await h.signup("Real");
    const res = await login(
      h,
      { email: agent.email, password: "correct horse battery" },
      { from: "127.0.0.1" },
    );
    expect(res.statusCode).toBe(200);
  });
});

describe("a proxy named in TRUST_PROXY", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(tempSqlite(), {
      trustProxy: "127.0.0.1",
      rateLimits: { login: { max: 3, timeWindow: "1 minute" } },
    });
  });
  afterAll(() => h?.close());

  it("has its X-Forwarded-For believed, so clients behind it are counted apart", async () => {
    const from = (client: string) =>
      login(h, { email: "x@example.com", password: "wrong password" }, { forwardedFor: client });
    const first = [];
    for (let i = 0; i < 4; i++) first.push((await from("203.0.113.1")).statusCode);
    expect(first).toEqual([401, 401, 401, 429]);
    expect((await from("203.0.113.2")).statusCode).toBe(401);
  });
});

describe("the wait after wrong passwords", () => {
  it("is free for the first few, then doubles up to a quarter of an hour", () => {
    expect([1, 2, 3, 4].map(waitAfter)).toEqual([0, 0, 0, 0]);
    expect(waitAfter(freeFailures)).toBe(1000);
    expect(waitAfter(freeFailures + 3)).toBe(8000);
    expect(waitAfter(100)).toBe(maxWaitMs);
  });
});

for (const dialect of storeDialects()) {
  describe.skipIf("skip" in dialect && dialect.skip)(
    `wrong passwords for one account on ${dialect.name}`,
    () => {
      let h: Harness;
      beforeAll(async () => {
        h = await startHarness(await dialect.open());
      });
      afterAll(() => h?.close());

      it("slow down guesses from every address, then let the right password in after the wait", async () => {
        const victim = await h.signup("Victim");
        const statuses: number[] = [];
        for (let i = 0; i < 100; i++) {
          const res = await login(
            h,
            { email: victim.email, password: `guess number ${i}` },
            { from: `10.1.${Math.floor(i / 250)}.${i % 250}` },
          );
          statuses.push(res.statusCode);
        }
        expect(statuses.filter((s) => s === 401).length).toBe(freeFailures);
        expect(statuses.filter((s) => s === 429).length).toBe(100 - freeFailures);
        const early = await login(
          h,
          { email: victim.email, password: "correct horse battery" },
          { from: "10.9.9.9" },
        );
        expect(early.statusCode).toBe(429);
        expect(early.json().error.code).toBe("too_many_attempts");
        expect(Number(early.headers["retry-after"])).toBeGreaterThan(0);
        h.clock.now += Number(early.headers["retry-after"]) * 1000;
        const later = await login(
          h,
          { email: victim.email, password: "correct horse battery" },
          { from: "10.9.9.9" },
        );
        expect(later.statusCode).toBe(200);
      });

      it("count a burst sent at once like guesses sent one by one", async () => {
        const victim = await h.signup("Burst");
        const answers = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            login(h, { email: victim.email, password: `burst guess ${i}` }, { from: `10.2.0.${i}` }),
          ),
        );
        expect(answers.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(freeFailures + 1);
      });

      it("never keep the family out on a browser that has logged in before", async () => {
        const ana = await h.signup("Ana");
        const first = await login(h, { email: ana.email, password: "correct horse battery" });
        const device = first.cookies.find((c) => c.name === deviceCookie)!;
        expect(device.httpOnly).toBe(true);
        for (let i = 0; i < 30; i++)
          await login(h, { email: ana.email, password: `attack ${i}` }, { from: `10.3.0.${i}` });
        const stranger = await login(
          h,
          { email: ana.email, password: "correct horse battery" },
          { from: "10.3.1.1" },
        );
        expect(stranger.statusCode).toBe(429);
        const own = await login(
          h,
          { email: ana.email, password: "correct horse battery" },
          { device: device.value },
        );
        expect(own.statusCode).toBe(200);
      });

      it("limit the password asked before deleting an account", async () => {
        const sam = await h.signup("Sam");
        const statuses: number[] = [];
        for (let i = 0; i < 25; i++)
          statuses.push((await h.call(sam, "DELETE", "/api/account", { password: `nope ${i}` })).statusCode);
        expect(statuses.filter((s) => s === 403).length).toBe(freeFailures);
        expect(statuses.filter((s) => s === 429).length).toBe(25 - freeFailures);
        const right = await h.call(sam, "DELETE", "/api/account", { password: "correct horse battery" });
        expect(right.statusCode).toBe(429);
        const session = await h.call(sam, "GET", "/api/session");
        expect(session.statusCode).toBe(200);
      });
    },
  );
}
