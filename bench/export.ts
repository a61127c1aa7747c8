/**
 * Exporting a big household: 130,000 records (years of feeds, sleeps, diapers and notes, some of
 * the notes long), downloaded whole through GET /api/export from a server in its own process on
 * SQLite. Prints the time, the size, and the server's peak memory while it streams (VmHWM, the
 * process's high-water mark of resident memory, read before and after).
 *
 *   npm run bench -- export [records]
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Message } from "@attune/core";
import { buildApp } from "@attune/server";
import { openServices } from "@attune/server/start";
import { freePort, testDevice } from "@attune/server/testing";

const result = (name: string, value: number, unit: string) =>
  console.log(`RESULT ${name} ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`);

const peakMb = (pid: number) => {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : Number.NaN;
};

const seed = async (url: string, count: number) => {
  const running = await openServices(url);
  const app = await buildApp(running.services);
  const signup = await app.inject({
    method: "POST",
    url: "/api/auth/signup",
    payload: { email: "big@example.com", password: "bench password 1", name: "Big" },
  });
  const cookie = signup.cookies.find((c) => c.name === "attune_session")!.value;
  const csrf = signup.json().csrfToken as string;
  const headers = { cookie: `attune_session=${cookie}`, "x-csrf-token": csrf };
  const household = (
    await app.inject({ method: "POST", url: "/api/households", headers, payload: { name: "Big" } })
  ).json();
  const baby = (
    await app.inject({
      method: "POST",
      url: `/api/households/${household.id}/babies`,
      headers,
      payload: { name: "B", birthDate: "2024-01-01", timeZone: "UTC" },
    })
  ).json();
  const access = {
    householdId: household.id as string,
    userId: signup.json().user.id as string,
    role: "owner" as const,
  };
  const now = Date.now();
  const device = testDevice(() => now);
  let batch: Message[] = [];
  const start = now - count * 4 * 60_000;
  for (let i = 0; i < count; i++) {
    const at = new Date(start + i * 4 * 60_000).toISOString();
    const entry =
      i % 4 === 0
        ? device.create("note", {
            babyId: baby.id,
            time: at,
            text: `a longer note ${i} `.repeat(1 + (i % 20)),
          })
        : i % 4 === 1
          ? device.create("diaper", { babyId: baby.id, time: at, contents: "wet" })
          : i % 4 === 2
            ? device.create("feed", { babyId: baby.id, method: "bottle", start: at, volumeMl: 120 })
            : device.create("sleep", {
                babyId: baby.id,
                start: at,
                end: new Date(Date.parse(at) + 60_000).toISOString(),
              });
    batch.push(...entry.messages);
    if (batch.length >= 5000) {
      const r = await running.services.journal.push({ access, messages: batch, now });
      if (!r.ok) throw new Error(r.error.message);
      batch = [];
    }
  }
  if (batch.length) await running.services.journal.push({ access, messages: batch, now });
  await app.close();
  await running.close();
};

/**
 * Seeds `count` records in the database at `url` (a SQLite path or a postgres:// URL), serves it
 * from a process of its own and downloads the export: the time, the size, and the server's peak
 * resident memory before and after (VmHWM).
 */
export const measureExport = async (url: string, count: number) => {
  const seeded = performance.now();
  await seed(url, count);
  console.log(`# seeded ${count} records in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
  const port = await freePort();
  const cli = fileURLToPath(new URL("../packages/server/src/cli.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", cli, "serve"], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: "127.0.0.1", REMINDERS: "off" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    await new Promise<void>((resolve) =>
      child.stdout!.on("data", (d) => String(d).includes("serving") && resolve()),
    );
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "big@example.com", password: "bench password 1" }),
    });
    const cookie = /attune_session=[^;]+/.exec(login.headers.get("set-cookie") ?? "")![0];
    const before = peakMb(child.pid!);
    const started = performance.now();
    const res = await fetch(`${base}/api/export`, { headers: { cookie } });
    let bytes = 0;
    let text = "";
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      if (text.length < 200) text += Buffer.from(value).toString().slice(0, 200);
    }
    const seconds = (performance.now() - started) / 1000;
    const after = peakMb(child.pid!);
    console.log(`# status ${res.status}, starts ${text.slice(0, 60)}…`);
    return { seconds, mb: bytes / 1024 / 1024, peakBeforeMb: before, peakAfterMb: after };
  } finally {
    child.kill("SIGTERM");
  }
};

export const main = async (args: string[]) => {
  const count = Number(args[0] ?? 130_000);
  const dir = mkdtempSync(join(tmpdir(), "attune-export-"));
  try {
    const r = await measureExport(join(dir, "attune.sqlite"), count);
    console.log(`# before the export the server's peak was ${r.peakBeforeMb.toFixed(0)} MB`);
    result("export_130k_s", r.seconds, "s");
    result("export_130k_mb", r.mb, "MB");
    result("export_130k_server_peak_mb", r.peakAfterMb, "MB");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
