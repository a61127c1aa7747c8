/**
 * `serve --workers 2` on PostgreSQL as a host runs it, from the server built ahead of time
 * (`npm run build:server`, plain Node, no tsx): two processes share the port, a session made on one
 * is good on the other, and a rate limit counts a client's requests once whichever process answers
 * them. SQLite refuses workers with a message that says what to do. The built file also makes the
 * report in Spanish (its language files and pdfmake, which it loads only then, come along).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookie } from "./auth/principal.ts";
import { postgresAvailable, tempPostgres, tempSqlite } from "./testing/databases.ts";
import { freePort } from "./testing/free-port.ts";

const builder = fileURLToPath(new URL("../build.mjs", import.meta.url));
const built = fileURLToPath(new URL("../dist/attune.mjs", import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One request on a connection of its own, so the cluster hands it to the next worker. */
const fresh = (
  port: number,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown; cookies: string[]; worker: string | undefined }> =>
  new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method,
        path,
        agent: false,
        headers: { "content-type": "application/json", ...headers },
      },
      (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            json: text ? JSON.parse(text) : null,
            cookies: res.headers["set-cookie"] ?? [],
            worker: res.headers["x-attune-worker"] as string | undefined,
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });

describe("serve --workers, from the built server", () => {
  const children: ChildProcess[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), "attune-workers-"));
  beforeAll(() => {
    execFileSync(process.execPath, [builder], { stdio: "pipe" });
  }, 60_000);
  afterAll(() => {
    for (const c of children) c.kill("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  });

  const serve = async (databaseUrl: string, workers: number) => {
    const port = await freePort();
    const child = spawn(process.execPath, [built, "serve", "--workers", String(workers)], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        REMINDERS: "off",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    let out = "";
    child.stdout!.on("data", (d) => (out += d));
    child.stderr!.on("data", (d) => (out += d));
    return { child, port, output: () => out };
  };

  it.skipIf(!postgresAvailable())(
    "shares the port, the sessions and the rate limits between two processes on PostgreSQL",
    async () => {
      const db = await tempPostgres();
      const { port, output } = await serve(db.url, 2);
      for (let i = 0; i < 200 && (output().match(/Worker \d+ \(process/g)?.length ?? 0) < 2; i++)
        await sleep(100);
      expect(output()).toMatch(/with 2 workers/);
      const seen = new Set<number>();
      for (let i = 0; i < 8; i++) {
        const health = await fresh(port, "GET", "/api/health");
        seen.add((health.json as { worker: number }).worker);
        expect(health.worker).toBe(String((health.json as { worker: number }).worker));
      }
      expect(seen.size).toBe(2);

      const email = `host-${Date.now()}@example.com`;
      const signup = await fresh(port, "POST", "/api/auth/signup", {
        email,
        password: "correct horse battery",
        name: "Host",
      });
      expect(signup.status).toBe(201);
      const cookie = signup.cookies.find((c) => c.startsWith(`${sessionCookie}=`))!.split(";")[0]!;
      for (let i = 0; i < 4; i++)
        expect((await fresh(port, "GET", "/api/session", undefined, { cookie })).status).toBe(200);

      // Ten logins a minute per address, counted once across both processes (each for another
      // account, so the per-account lock after failed passwords plays no part).
      const statuses: number[] = [];
      for (let i = 0; i < 14; i++)
        statuses.push(
          (
            await fresh(port, "POST", "/api/auth/login", {
              email: `nobody-${i}@example.com`,
              password: "not it",
            })
          ).status,
        );
      expect(statuses.filter((s) => s !== 429)).toHaveLength(10);
      expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
    },
    60_000,
  );

  it("refuses workers on SQLite, saying to use PostgreSQL", async () => {
    const db = tempSqlite();
    const { child, output } = await serve(db.url, 2);
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(2);
    expect(output()).toMatch(/SQLite is served by one process.*PostgreSQL/s);
  }, 30_000);

  it("makes the report in Spanish from the command line, without tsx", () => {
    const dir = mkdtempSync(join(tmpdir(), "attune-built-report-"));
    try {
      const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: "", TZ: "Europe/Madrid" };
      execFileSync(process.execPath, [built, "seed-demo"], { env, stdio: "pipe" });
      const db = new SQLite(join(dir, "attune.sqlite"));
      const babyId = db.prepare("SELECT id FROM babies").pluck().get() as string;
      db.close();
      const out = join(dir, "informe.pdf");
      execFileSync(process.execPath, [built, "report", "--baby", babyId, "--locale", "es", "--out", out], {
        env,
        stdio: "pipe",
      });
      const pdf = readFileSync(out);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdf.length).toBeGreaterThan(10_000);
      // The title, in Spanish, from the document's own metadata (pdfinfo comes with poppler, as pdftotext).
      expect(execFileSync("pdfinfo", [out], { encoding: "utf8" })).toContain(
        "Maya: informe para la consulta",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
