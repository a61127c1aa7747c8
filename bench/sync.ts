/**
 * The sync benchmark: a bare Fastify route against the sync push (one message per request, then
 * batches of 50) with 32 devices pushing at once, on SQLite and on PostgreSQL, and the time to pull
 * a two-year household from empty. The server runs in its own process; autocannon drives it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ChangeWriter, type Message } from "@attune/core";
import { demoEntries } from "@attune/server/demo";
import { freePort } from "@attune/server/testing";
import autocannon from "autocannon";
import { v7 as uuidv7 } from "uuid";
import { postgresDatabase } from "./postgres.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const devices = 32;
/** Extra Node flags for the server process, e.g. BENCH_SERVER_ARGS=--cpu-prof to profile it. */
const serverArgs = process.env.BENCH_SERVER_ARGS?.split(" ").filter(Boolean) ?? [];
const devicesPerHousehold = 4;

const result = (name: string, value: number, unit: string) =>
  console.log(
    `RESULT ${name} ${Number.isInteger(value) ? value : value.toFixed(unit === "ratio" ? 3 : 1)} ${unit}`,
  );

const startServer = async (databaseUrl: string) => {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [...serverArgs, "--import", "tsx", fileURLToPath(new URL("./bench-server.ts", import.meta.url))],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d) => String(d).includes("ready") && resolve());
    child.on("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
};

interface Device {
  householdId: string;
  babyId: string;
  headers: Record<string, string>;
  writer: ChangeWriter;
}

const call = async (base: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(base + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return {
    body: await res.json(),
    cookie: /attune_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1],
  };
};

const signUp = async (base: string, n: number) => {
  const res = await call(base, "/api/auth/signup", {
    email: `bench${n}@example.com`,
    password: "bench password 1",
    name: `Bench ${n}`,
  });
  return {
    "content-type": "application/json",
    cookie: `attune_session=${res.cookie}`,
    "x-csrf-token": res.body.csrfToken as string,
  };
};

const makeDevices = async (base: string): Promise<Device[]> => {
  const list: Device[] = [];
  for (let h = 0; h < devices / devicesPerHousehold; h++) {
    const ownerHeaders = await signUp(base, h * 100);
    const household = await call(base, "/api/households", { name: `H${h}` }, ownerHeaders);
    const baby = await call(
      base,
      `/api/households/${household.body.id}/babies`,
      { name: "B", birthDate: "2026-06-01", timeZone: "UTC" },
      ownerHeaders,
    );
    for (let d = 0; d < devicesPerHousehold; d++) {
      list.push({
        householdId: household.body.id,
        babyId: baby.body.id,
        headers: ownerHeaders,
        writer: new ChangeWriter((h * 100 + d + 1).toString(16).padStart(16, "0"), Date.now),
      });
    }
  }
  return list;
};

const diaperMessages = (device: Device, count: number): Message[] => {
  const out: Message[] = [];
  while (out.length < count) {
    const time = new Date(Date.now() - 60_000).toISOString();
    out.push(
      ...device.writer.set(uuidv7(), "diaper", "household", { babyId: device.babyId, time, contents: "wet" }),
    );
  }
  return out.slice(0, count);
};

const load = (
  url: string,
  setup: (
    context: { device?: Device },
    n: number,
  ) => { path: string; body: string; headers: Record<string, string> },
) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    let connectionCount = 0;
    autocannon(
      {
        url,
        connections: devices,
        duration: seconds,
        requests: [
          {
            method: "POST",
            setupRequest: (req, context: { device?: Device; n?: number }) => {
              context.n ??= connectionCount++;
              const r = setup(context, context.n);
              return { ...req, path: r.path, body: r.body, headers: r.headers };
            },
          },
        ],
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
  });

const measure = async (label: string, databaseUrl: string) => {
  const server = await startServer(databaseUrl);
  try {
    const list = await makeDevices(server.base);
    if (process.env.BENCH_ONLY === "push1") {
      const only = await load(server.base, (_c, n) => {
        const device = list[n % devices]!;
        return {
          path: `/api/households/${device.householdId}/sync/push`,
          body: JSON.stringify({ messages: diaperMessages(device, 1) }),
          headers: device.headers,
        };
      });
      result(`${label}.push1_rps`, only.requests.average, "req/s");
      return { ratio: 0, p99: only.latency.p99, pullMs: 0 };
    }
    const bare = await load(server.base, (_c, n) => ({
      path: "/bench/bare",
      body: JSON.stringify({ messages: diaperMessages(list[n % devices]!, 1) }),
      headers: { "content-type": "application/json" },
    }));
    const single = await load(server.base, (_c, n) => {
      const device = list[n % devices]!;
      return {
        path: `/api/households/${device.householdId}/sync/push`,
        body: JSON.stringify({ messages: diaperMessages(device, 1) }),
        headers: device.headers,
      };
    });
    const batch = await load(server.base, (_c, n) => {
      const device = list[n % devices]!;
      return {
        path: `/api/households/${device.householdId}/sync/push`,
        body: JSON.stringify({ messages: diaperMessages(device, 50) }),
        headers: device.headers,
      };
    });
    for (const [name, r] of [
      ["bare", bare],
      ["push1", single],
      ["push50", batch],
    ] as const) {
      if (r.non2xx || r.errors)
        console.log(`# ${label} ${name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
    }
    result(`${label}.bare_rps`, bare.requests.average, "req/s");
    result(`${label}.push1_rps`, single.requests.average, "req/s");
    result(`${label}.push1_p50_ms`, single.latency.p50, "ms");
    result(`${label}.push1_p99_ms`, single.latency.p99, "ms");
    result(`${label}.push50_rps`, batch.requests.average, "req/s");
    result(`${label}.push50_msgs_per_s`, batch.requests.average * 50, "msg/s");
    result(`${label}.push50_p99_ms`, batch.latency.p99, "ms");
    result(`${label}.push_vs_bare_ratio`, single.requests.average / bare.requests.average, "ratio");
    const pull = await measurePull(server.base);
    result(`${label}.pull_2y_records`, pull.records, "records");
    result(`${label}.pull_2y_ms`, pull.ms, "ms");
    result(`${label}.pull_2y_mb`, pull.bytes / 1e6, "MB");
    result(`${label}.pull_2y_client_parse_ms`, pull.parseMs, "ms");
    return {
      ratio: single.requests.average / bare.requests.average,
      p99: single.latency.p99,
      pullMs: pull.ms,
    };
  } finally {
    await server.stop();
  }
};

/** A household with two years of a baby's entries, pushed as a device would, then pulled from empty. */
const measurePull = async (base: string) => {
  const headers = await signUp(base, 9999);
  const household = await call(base, "/api/households", { name: "Two years" }, headers);
  const householdId = household.body.id as string;
  const day = 24 * 3600 * 1000;
  const now = Date.now();
  const entries = [];
  // Three babies' two years make a household of about 30,000 records (one baby logs ~10,000).
  for (const name of ["Ada", "Bo", "Cy"]) {
    const baby = await call(
      base,
      `/api/households/${householdId}/babies`,
      { name, birthDate: new Date(now - 730 * day).toISOString().slice(0, 10), timeZone: "Europe/Madrid" },
      headers,
    );
    entries.push(...demoEntries(baby.body.id, now - 730 * day, now, "Europe/Madrid", name.length));
  }
  const writer = new ChangeWriter("00000000000b0001", () => now);
  const messages = entries.flatMap((e) => writer.set(uuidv7(), e.kind, "household", e.fields));
  for (let i = 0; i < messages.length; i += 500) {
    await call(
      base,
      `/api/households/${householdId}/sync/push`,
      { messages: messages.slice(i, i + 500) },
      headers,
    );
  }
  const times: number[] = [];
  const parseTimes: number[] = [];
  let records = 0;
  let bytes = 0;
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    let since = 0;
    let parsing = 0;
    records = 0;
    bytes = 0;
    for (;;) {
      const res = await fetch(`${base}/api/households/${householdId}/sync/pull?since=${since}&limit=50000`, {
        headers,
      });
      const text = await res.text();
      const parseStart = performance.now();
      const page = JSON.parse(text);
      parsing += performance.now() - parseStart;
      bytes += text.length;
      records += page.records.length;
      since = page.cursor;
      if (!page.more) break;
    }
    times.push(performance.now() - started);
    parseTimes.push(parsing);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { records, bytes, ms: median(times), parseMs: median(parseTimes) };
};

export const main = async () => {
  console.log(`# ${devices} devices (${devicesPerHousehold} per household), ${seconds} s per phase`);
  const dir = mkdtempSync(join(tmpdir(), "attune-bench-"));
  let sqlite: Awaited<ReturnType<typeof measure>>;
  try {
    sqlite = await measure("sqlite", join(dir, "attune.sqlite"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // BENCH_DIALECTS=sqlite measures SQLite alone (a quicker look while working on the push).
  const pgdb = process.env.BENCH_DIALECTS === "sqlite" ? undefined : await postgresDatabase();
  if (pgdb) {
    try {
      await measure("postgres", pgdb.url);
    } finally {
      await pgdb.drop();
    }
  }
  // The headline figures are those of the default store, SQLite.
  result("sync_push_vs_bare_ratio", sqlite.ratio, "ratio");
  result("sync_push_p99_ms", sqlite.p99, "ms");
  result("sync_pull_2y_ms", sqlite.pullMs, "ms");
};
