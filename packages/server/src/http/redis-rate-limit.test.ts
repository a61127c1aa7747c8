/**
 * Rate limits counted in Redis (REDIS_URL): two server processes' apps sharing one Redis count a
 * client's logins once between them, and a Redis that does not answer stops the start with a
 * message that says what to do. The test starts its own redis-server on a free port.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../config.ts";
import { tempSqlite } from "../testing/databases.ts";
import { freePort } from "../testing/free-port.ts";
import { type Harness, startHarness } from "../testing/harness.ts";

const hasRedis = spawnSync("redis-server", ["--version"]).status === 0;
if (!hasRedis && process.env.CI) throw new Error("CI needs redis-server (bash scripts/ensure-redis.sh)");

describe.skipIf(!hasRedis)("rate limits in Redis", () => {
  let redis: ChildProcess;
  let url = "";
  const harnesses: Harness[] = [];

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      {
        stdio: "ignore",
      },
    );
    url = `redis://127.0.0.1:${port}`;
    const { Redis } = await import("ioredis");
    for (let i = 0; ; i++) {
      const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0 });
      probe.on("error", () => {});
      try {
        await probe.connect();
        await probe.ping();
        probe.disconnect();
        break;
      } catch {
        probe.disconnect();
        if (i > 50) throw new Error("redis-server did not start");
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });
  afterAll(async () => {
    for (const h of harnesses) await h.close();
    redis?.kill("SIGTERM");
  });

  it("counts a client's logins once across two processes", async () => {
    const limits = { rateLimits: { login: { max: 5, timeWindow: "1 minute" } }, redisUrl: url };
    // Two processes' apps, each on a database of its own: only Redis is shared.
    const one = await startHarness(tempSqlite(), limits);
    const two = await startHarness(tempSqlite(), limits);
    harnesses.push(one, two);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const h = i % 2 ? two : one;
      const res = await h.call(null, "POST", "/api/auth/login", {
        email: `nobody-${i}@example.com`,
        password: "not it",
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  it("refuses to start when Redis does not answer, saying what to do", async () => {
    const nobody = `redis://127.0.0.1:${await freePort()}`;
    await expect(startHarness(tempSqlite(), { redisUrl: nobody })).rejects.toThrow(
      /REDIS_URL is set, but Redis at redis:\/\/127\.0\.0\.1:\d+ does not answer.*leave REDIS_URL out/,
    );
  });
});

describe("REDIS_URL", () => {
  it("takes a redis:// or rediss:// address and refuses anything else, saying what it expects", () => {
    expect(readConfig({ REDIS_URL: "redis://cache.internal:6379" }).redisUrl).toBe(
      "redis://cache.internal:6379",
    );
    expect(readConfig({ REDIS_URL: "rediss://:secret@cache:6380/2" }).redisUrl).toBe(
      "rediss://:secret@cache:6380/2",
    );
    expect(readConfig({}).redisUrl).toBeUndefined();
    expect(() => readConfig({ REDIS_URL: "cache.internal:6379" })).toThrow(
      /REDIS_URL must be an address like redis:\/\/127\.0\.0\.1:6379/,
    );
  });
});
