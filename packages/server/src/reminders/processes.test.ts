/**
 * Reminders with real server processes: two `attune serve` on one database, one killed with
 * SIGKILL and started again, then the other killed. Twelve reminders fall due while this goes on;
 * each must show on the phone exactly once. The ledger makes the sending at least once: a process
 * killed in the instant between the push service taking a reminder and the mark being written
 * leaves a claim that is sent again (scheduler.ts), with the same tag, so the phone replaces the
 * first with the second. So each reminder arrives once, or (at most once per SIGKILL) twice under
 * one tag. On SQLite and PostgreSQL.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { csrfHeader, sessionCookie } from "../auth/principal.ts";
import { storeDialects } from "../testing/databases.ts";
import { freePort } from "../testing/free-port.ts";
import { startPushReceiver } from "../testing/push-receiver.ts";
import { testDevice } from "../testing/records.ts";

const cli = fileURLToPath(new URL("../cli.ts", import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const dialect of storeDialects()) {
  describe.skipIf("skip" in dialect && dialect.skip)(`reminder processes on ${dialect.name}`, () => {
    const children: ChildProcess[] = [];
    const dataDir = mkdtempSync(join(tmpdir(), "attune-reminders-"));
    afterAll(() => {
      for (const c of children) c.kill("SIGKILL");
      rmSync(dataDir, { recursive: true, force: true });
    });

    it("shows each reminder once on the phone across two processes and two SIGKILLs", async () => {
      const db = await dialect.open();
      const push = await startPushReceiver();
      const serve = async () => {
        const port = await freePort();
        const child = spawn(process.execPath, ["--import", "tsx", cli, "serve"], {
          env: {
            ...process.env,
            PORT: String(port),
            HOST: "127.0.0.1",
            DATA_DIR: dataDir,
            DATABASE_URL: db.url,
            REMINDER_TICK_MS: "100",
            REMINDER_LEASE_MS: "1000",
            REMINDER_RETRY_MS: "2000",
          },
          stdio: ["ignore", "pipe", "pipe"],
        });
        children.push(child);
        let err = "";
        child.stderr!.on("data", (d) => (err += d));
        for (let i = 0; i < 150; i++) {
          try {
            if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok)
              return { child, base: `http://127.0.0.1:${port}` };
          } catch {}
          await sleep(100);
        }
        throw new Error(`serve did not start: ${err}`);
      };
      const a = await serve();
      // Ana signs up on process A, adds twelve babies and subscribes her phone.
      const signup = await fetch(`${a.base}/api/auth/signup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          email: `ana-${Date.now()}@example.com`,
          password: "correct horse battery",
          name: "Ana",
        }),
      });
      const cookie = signup.headers
        .getSetCookie()
        .find((c) => c.startsWith(`${sessionCookie}=`))!
        .split(";")[0]!;
      const csrf = ((await signup.json()) as { csrfToken: string }).csrfToken;
      const call = async (base: string, method: string, path: string, body: unknown) => {
        const res = await fetch(`${base}${path}`, {
          method,
          headers: { "content-type": "application/json", cookie, [csrfHeader]: csrf },
          body: JSON.stringify(body),
        });
        if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
        return res.json() as Promise<{ id: string }>;
      };
      const household = await call(a.base, "POST", "/api/households", { name: "Home" });
      const babies: string[] = [];
      for (let i = 0; i < 12; i++) {
        const b = await call(a.base, "POST", `/api/households/${household.id}/babies`, {
          name: `Baby${i}`,
          birthDate: "2026-10-01",
          timeZone: "Europe/Madrid",
        });
        babies.push(b.id);
      }
      await call(a.base, "POST", "/api/push/subscriptions", push.subscribe());
      const b = await serve();
      // Each baby's last feed was three hours ago less 3 + i seconds: due one a second from 3 s on.
      const device = testDevice(Date.now);
      const start = Date.now();
      const messages = babies.flatMap(
        (babyId, i) =>
          device.create("feed", {
            babyId,
            method: "bottle",
            volumeMl: 90,
            start: new Date(start - 3 * 3600_000 + (3 + i) * 1000).toISOString(),
          }).messages,
      );
      await call(b.base, "POST", `/api/households/${household.id}/sync/push`, { messages });

      await sleep(4000);
      a.child.kill("SIGKILL");
      await sleep(2500);
      const again = await serve();
      await sleep(2500);
      b.child.kill("SIGKILL");
      await sleep(9000);
      again.child.kill("SIGTERM");

      const perBaby = babies.map((_, i) =>
        push.received.filter((r) => r.payload.title.startsWith(`Baby${i}'s`)),
      );
      // Every reminder arrived, and what the phone shows is one notification per reminder: a repeat
      // carries the same tag and words as the first.
      for (const got of perBaby) {
        expect(got.length).toBeGreaterThanOrEqual(1);
        expect(new Set(got.map((r) => JSON.stringify(r.payload))).size).toBe(1);
      }
      // A repeat only where a process died mid-send: two SIGKILLs, at most two.
      expect(push.received.length).toBeGreaterThanOrEqual(12);
      expect(push.received.length).toBeLessThanOrEqual(14);
      await push.close();
      await db.drop();
    }, 90_000);
  });
}
