/**
 * A server killed with SIGKILL in the middle of a stream of pushes loses no message it had
 * acknowledged, and its database opens cleanly afterwards.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { sessionCookie } from "../auth/principal.ts";
import { storeDialects } from "../testing/databases.ts";
import { freePort } from "../testing/free-port.ts";
import { minutesBefore, testDevice } from "../testing/records.ts";

const cli = fileURLToPath(new URL("../cli.ts", import.meta.url));

const startServer = async (env: Record<string, string>) => {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", cli, "serve"], {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "error" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes("Attune is serving")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
};

const json = async (
  base: string,
  path: string,
  init: { method?: string; body?: unknown; cookie?: string; csrf?: string } = {},
) => {
  const res = await fetch(base + path, {
    method: init.method ?? "GET",
    headers: {
      ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      ...(init.cookie ? { cookie: `${sessionCookie}=${init.cookie}` } : {}),
      ...(init.csrf ? { "x-csrf-token": init.csrf } : {}),
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  return {
    status: res.status,
    body: await res.json(),
    cookie: /attune_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1],
  };
};

for (const dialect of storeDialects()) {
  describe.skipIf("skip" in dialect && dialect.skip)(`a crash on ${dialect.name}`, () => {
    const children: ChildProcess[] = [];
    afterAll(() => {
      for (const c of children) c.kill("SIGKILL");
    });

    it("loses no acknowledged push when the server is killed mid-stream", async () => {
      const database = await dialect.open();
      const env = { DATABASE_URL: database.url };
      const first = await startServer(env);
      children.push(first.child);
      const signup = await json(first.base, "/api/auth/signup", {
        method: "POST",
        body: { email: "crash@example.com", password: "long enough password", name: "C" },
      });
      const auth = { cookie: signup.cookie!, csrf: signup.body.csrfToken as string };
      const household = await json(first.base, "/api/households", {
        method: "POST",
        body: { name: "H" },
        ...auth,
      });
      const householdId = household.body.id as string;
      const baby = await json(first.base, `/api/households/${householdId}/babies`, {
        method: "POST",
        body: { name: "B", birthDate: "2026-10-01", timeZone: "UTC" },
        ...auth,
      });
      const acknowledged: string[] = [];
      let killed = false;
      const stream = async () => {
        const device = testDevice(Date.now);
        while (!killed) {
          const entry = device.create("diaper", {
            babyId: baby.body.id,
            time: minutesBefore(Date.now(), 1),
            contents: "wet",
          });
          try {
            const res = await json(first.base, `/api/households/${householdId}/sync/push`, {
              method: "POST",
              body: { messages: entry.messages },
              ...auth,
            });
            if (res.status === 200) acknowledged.push(entry.id);
          } catch {
            return; // the connection died with the server: this push was never acknowledged
          }
        }
      };
      const streams = Array.from({ length: 4 }, stream);
      while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 10));
      first.child.kill("SIGKILL");
      killed = true;
      await Promise.all(streams);
      expect(acknowledged.length).toBeGreaterThanOrEqual(150);

      if (dialect.name === "sqlite") {
        const db = new SQLite(database.url);
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
        const stored = new Set(db.prepare("SELECT id FROM records").pluck().all() as string[]);
        db.close();
        expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      }
      const second = await startServer(env);
      children.push(second.child);
      const pulled = await json(second.base, `/api/households/${householdId}/sync/pull`, auth);
      const ids = new Set(pulled.body.records.map((r: { id: string }) => r.id));
      expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
      second.child.kill("SIGTERM");
      await new Promise((r) => second.child.once("exit", r));
      await database.drop();
    }, 90_000);
  });
}
