/**
 * The host benchmark: Attune as a host runs it for many families, on PostgreSQL with 1, 2 and 4
 * server processes (`serve --workers N`, the real command), under a mix like a busy evening in
 * compressed time.
 *
 * - 2,000 households × 3 caregivers' phones (sessions made straight in the database, so the run
 *   does not spend minutes hashing passwords).
 * - 90 % of the phones hold a live socket and push one diaper every few seconds (exponential
 *   pauses, mean BENCH_THINK_MS); a phone told "changed" pulls when the change is news to it, as
 *   the app does (a push that follows straight on from the phone's cursor needs no pull).
 * - 10 % roam: offline for 5–15 s while they keep logging, then reconnect (socket, a pull from
 *   their cursor, their backlog pushed in one request) for 2–5 s, and drop again.
 *
 * Printed per N: pushes answered per second and their p99, and the fan-out p99 — from a push's
 * sending on one process to the notice on a socket of the same household held by another process
 * (every answer and socket upgrade names its worker). Then the sockets held, the server's resident
 * memory per 1,000 sockets, and the export of a 130,000-record household on PostgreSQL.
 *
 *   npm run bench -- host [1,2,4]
 *   BENCH_HOUSEHOLDS=2000 BENCH_SECONDS=30 BENCH_THINK_MS=15000 BENCH_EXPORT_RECORDS=130000
 *   BENCH_SERVER_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"  Node flags for the server (and its workers)
 *   BENCH_SERVER=tsx  the server from its sources through tsx, not the built file a host runs
 *   BENCH_DUMP=/tmp/pushes  writes each measured push as [ms into the run, latency ms, worker, messages]
 *                           to /tmp/pushes-wN.json, to see when slow pushes happen (a stall or a queue)
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ChangeWriter, type Message } from "@attune/core";
import { openServices } from "@attune/server/start";
import { freePort } from "@attune/server/testing";
import { v7 as uuidv7 } from "uuid";
import WebSocket from "ws";
import { measureExport } from "./export.ts";
import { httpRequest } from "./http-client.ts";
import { postgresDatabase } from "./postgres.ts";

const households = Number(process.env.BENCH_HOUSEHOLDS ?? 2000);
const phonesPerHousehold = 3;
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const warmupSeconds = 5;
const thinkMs = Number(process.env.BENCH_THINK_MS ?? 15_000);
const exportRecords = Number(process.env.BENCH_EXPORT_RECORDS ?? 130_000);
const roamingShare = 0.1;

const result = (name: string, value: number, unit: string) =>
  console.log(`RESULT ${name} ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (low: number, high: number) => low + Math.random() * (high - low);
const pause = () => -Math.log(1 - Math.random()) * thinkMs;
const percentile = (xs: number[], p: number) => {
  if (!xs.length) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
};
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

interface Phone {
  readonly householdId: string;
  readonly household: number;
  readonly babyId: string;
  readonly headers: Record<string, string>;
  readonly cookie: string;
  readonly writer: ChangeWriter;
  readonly roaming: boolean;
  cursor: number;
  online: boolean;
  socket?: WebSocket | undefined;
  socketWorker?: string;
  /** When the socket said hello, and when it closed (NaN while open). */
  socketSpans: { from: number; to: number }[];
  notices: { at: number; cursor: number }[];
  backlog: Message[];
  pulling: boolean;
  pullAgain: boolean;
  pushing: boolean;
  /** The furthest cursor a notice told of. */
  heard: number;
}

interface Push {
  readonly phone: Phone;
  readonly sentAt: number;
  readonly doneAt: number;
  readonly cursor: number;
  readonly worker: string;
  readonly messages: number;
}

/** Users, households, babies, memberships and sessions, written straight into the database. */
const seed = async (url: string) => {
  const running = await openServices(url);
  const db = running.services.db;
  const now = new Date().toISOString();
  const expires = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const phones: Phone[] = [];
  const batch = 250;
  for (let first = 0; first < households; first += batch) {
    const users = [];
    const homes = [];
    const babies = [];
    const members = [];
    const sessions = [];
    for (let h = first; h < Math.min(first + batch, households); h++) {
      const householdId = uuidv7();
      const babyId = uuidv7();
      homes.push({ id: householdId, name: `Home ${h}`, created_at: now });
      babies.push({
        id: babyId,
        household_id: householdId,
        name: "Baby",
        birth_date: "2026-09-01",
        due_date: null,
        time_zone: "Europe/Madrid",
        sex: null,
        created_at: now,
      });
      for (let p = 0; p < phonesPerHousehold; p++) {
        const userId = uuidv7();
        // Nobody logs in with a password here: the hash is a placeholder no password matches.
        users.push({
          id: userId,
          email: `host-${h}-${p}@example.com`,
          name: `Carer ${h}.${p}`,
          password_hash: "bench-placeholder",
          locale: "en",
          created_at: now,
        });
        members.push({
          household_id: householdId,
          user_id: userId,
          role: p === 0 ? "owner" : "caregiver",
          access_until: null,
          window_days: null,
          created_at: now,
        });
        const token = randomBytes(24).toString("base64url");
        const csrf = randomBytes(16).toString("base64url");
        sessions.push({
          token_hash: sha256(token),
          user_id: userId,
          csrf_token: csrf,
          created_at: now,
          expires_at: expires,
        });
        const cookie = `attune_session=${token}`;
        phones.push({
          householdId,
          household: h,
          babyId,
          cookie,
          headers: { "content-type": "application/json", cookie, "x-csrf-token": csrf },
          writer: new ChangeWriter((phones.length + 1).toString(16).padStart(16, "0"), Date.now),
          roaming: Math.random() < roamingShare,
          cursor: 0,
          online: false,
          socketSpans: [],
          notices: [],
          backlog: [],
          pulling: false,
          pullAgain: false,
          pushing: false,
          heard: 0,
        });
      }
    }
    await db.insertInto("users").values(users).execute();
    await db.insertInto("households").values(homes).execute();
    await db.insertInto("babies").values(babies).execute();
    await db.insertInto("memberships").values(members).execute();
    await db.insertInto("sessions").values(sessions).execute();
  }
  await running.close();
  return phones;
};

/** The server as a host runs it: built ahead of time (npm run build:server), plain Node, no tsx. */
const builder = fileURLToPath(new URL("../packages/server/build.mjs", import.meta.url));
const built = fileURLToPath(new URL("../packages/server/dist/attune.mjs", import.meta.url));
/** BENCH_SERVER=tsx runs the sources through tsx instead, to compare. */
const fromSource = process.env.BENCH_SERVER === "tsx";
const source = fileURLToPath(new URL("../packages/server/src/cli.ts", import.meta.url));

const startServer = async (url: string, workers: number) => {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_SERVER_ARGS?.split(" ").filter(Boolean) ?? []),
      ...(fromSource ? ["--import", "tsx", source] : [built]),
      "serve",
      "--workers",
      String(workers),
    ],
    {
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(port),
        HOST: "127.0.0.1",
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        REMINDERS: "off",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let out = "";
  child.stdout!.on("data", (d) => {
    out += d;
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server stopped: ${out}`);
    const ready =
      workers === 1 ? /serving/.test(out) : (out.match(/Worker \d+ \(process/g)?.length ?? 0) >= workers;
    if (ready) break;
    if (i > 600) throw new Error(`the server did not start: ${out}`);
    await sleep(100);
  }
  return {
    base,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
};

/** Every process's parent, and its name. */
const processes = () => {
  const found = new Map<number, { ppid: number; name: string; cpuTicks: number }>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      found.set(Number(name), {
        ppid: Number(fields[1]),
        name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")),
        cpuTicks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // gone already
    }
  }
  return found;
};

/** A process and all its descendants. */
const tree = (root: number, all = processes()) => {
  const pids = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of all)
      if (pids.has(p.ppid) && !pids.has(pid)) {
        pids.add(pid);
        grew = true;
      }
  }
  return pids;
};

/** CPU seconds used so far by the server's processes, this load generator, and PostgreSQL. */
const cpuSeconds = (server: number) => {
  const all = processes();
  const sum = (pids: Iterable<number>) =>
    [...pids].reduce((s, pid) => s + (all.get(pid)?.cpuTicks ?? 0), 0) / 100;
  const postgres = [...all].filter(([, p]) => p.name === "postgres").map(([pid]) => pid);
  return { server: sum(tree(server, all)), bench: sum([process.pid]), postgres: sum(postgres) };
};

/** Resident memory of a process and all its descendants (the primary and its workers), in MB. */
const treeRssMb = (root: number) => {
  let kb = 0;
  for (const pid of tree(root)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone already
    }
  }
  return kb / 1024;
};

const runMix = async (url: string, phones: Phone[], workers: number) => {
  const server = await startServer(url, workers);
  // The phones' pauses, cut short when the run ends.
  const waking = new Set<() => void>();
  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        waking.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      waking.add(wake);
    });
  const byHousehold = new Map<string, Phone[]>();
  for (const p of phones) byHousehold.set(p.householdId, [...(byHousehold.get(p.householdId) ?? []), p]);
  const pushes: Push[] = [];
  const pullTimes: { at: number; ms: number }[] = [];
  const reconnectPulls: { at: number; ms: number }[] = [];
  let failures = 0;
  let firstFailure = "";
  let running = true;
  const fail = (what: string) => {
    failures++;
    firstFailure ||= what;
  };

  const pull = async (phone: Phone, log: { at: number; ms: number }[]) => {
    const started = performance.now();
    for (;;) {
      const res = await httpRequest(
        `${server.base}/api/households/${phone.householdId}/sync/pull?since=${phone.cursor}`,
        { headers: { cookie: phone.cookie } },
      );
      if (res.status !== 200) return fail(`pull ${res.status} ${res.text}`);
      const page = JSON.parse(res.text) as { cursor: number; more: boolean };
      phone.cursor = Math.max(phone.cursor, page.cursor);
      if (!page.more) break;
    }
    log.push({ at: started, ms: performance.now() - started });
  };
  // A notice while a pull is under way asks for one more pull after it, as the app does.
  const pullOnNotice = async (phone: Phone) => {
    if (phone.pulling) {
      phone.pullAgain = true;
      return;
    }
    phone.pulling = true;
    try {
      do {
        phone.pullAgain = false;
        await pull(phone, pullTimes);
      } while (phone.pullAgain && running);
    } catch (error) {
      fail(`pull: ${(error as Error).message}`);
    } finally {
      phone.pulling = false;
    }
  };

  // As the app does: a push whose numbers follow straight on from the phone's cursor moves the
  // cursor with no pull; a notice heard during the push is looked at once it is answered.
  const push = async (phone: Phone, messages: Message[]) => {
    const sentAt = performance.now();
    phone.pushing = true;
    try {
      const res = await httpRequest(`${server.base}/api/households/${phone.householdId}/sync/push`, {
        method: "POST",
        headers: phone.headers,
        body: JSON.stringify({ messages }),
      });
      const text = res.text;
      if (res.status !== 200) return fail(`push ${res.status} ${text}`);
      const answer = JSON.parse(text) as { cursor: number; accepted: number };
      if (answer.cursor - answer.accepted === phone.cursor) phone.cursor = answer.cursor;
      pushes.push({
        phone,
        sentAt,
        doneAt: performance.now(),
        cursor: answer.cursor,
        worker: res.header("x-attune-worker") ?? "1",
        messages: messages.length,
      });
    } catch (error) {
      fail(`push: ${(error as Error).message}`);
    } finally {
      phone.pushing = false;
      if (phone.heard > phone.cursor && phone.online && running) void pullOnNotice(phone);
    }
  };

  const openSocket = (phone: Phone) =>
    new Promise<void>((resolve) => {
      const socket = new WebSocket(
        `${server.base.replace("http", "ws")}/api/households/${phone.householdId}/live`,
        {
          headers: { cookie: phone.cookie },
        },
      );
      phone.socket = socket;
      socket.on("upgrade", (res) => {
        phone.socketWorker = String(res.headers["x-attune-worker"] ?? "1");
      });
      socket.on("message", (data) => {
        const message = JSON.parse(String(data)) as { type: string; cursor?: number };
        const at = performance.now();
        if (message.type === "hello") {
          phone.socketSpans.push({ from: at, to: Number.NaN });
          resolve();
        } else if (message.type === "changed") {
          phone.notices.push({ at, cursor: message.cursor! });
          phone.heard = Math.max(phone.heard, message.cursor!);
          if (running && message.cursor! > phone.cursor && !phone.pushing) void pullOnNotice(phone);
        }
      });
      socket.on("close", () => {
        const span = phone.socketSpans.at(-1);
        if (span && Number.isNaN(span.to)) span.to = performance.now();
        resolve();
      });
      socket.on("error", (error) => {
        fail(`socket: ${error.message}`);
        resolve();
      });
    });
  const closeSocket = (phone: Phone) => {
    phone.socket?.close();
    phone.socket = undefined;
  };

  const diaper = (phone: Phone) =>
    phone.writer.set(uuidv7(), "diaper", "household", {
      babyId: phone.babyId,
      time: new Date(Date.now() - 60_000).toISOString(),
      contents: "wet",
    });

  // Memory before any socket, then every steady phone's socket opened, a hundred at a time.
  await fetch(`${server.base}/api/health`);
  await sleep(1000);
  const rssBefore = treeRssMb(server.pid);
  const steady = phones.filter((p) => !p.roaming);
  for (let i = 0; i < steady.length; i += 100) {
    await Promise.all(
      steady.slice(i, i + 100).map(async (p) => {
        p.online = true;
        await openSocket(p);
        await pull(p, []).catch((error) => fail(`pull: ${(error as Error).message}`));
      }),
    );
  }
  await sleep(2000);
  const sockets = steady.filter((p) => p.socket?.readyState === WebSocket.OPEN).length;
  const rssWithSockets = treeRssMb(server.pid);
  console.log(
    `# w${workers}: ${sockets} sockets open; server memory ${rssBefore.toFixed(0)} MB before them, ${rssWithSockets.toFixed(0)} MB with them`,
  );

  const loops = phones.map(async (phone) => {
    await nap(Math.random() * thinkMs);
    while (running) {
      const messages = diaper(phone);
      if (phone.online) await push(phone, messages);
      else phone.backlog.push(...messages);
      await nap(pause());
    }
  });
  const roams = phones
    .filter((p) => p.roaming)
    .map(async (phone) => {
      while (running) {
        await nap(between(5000, 15_000));
        if (!running) break;
        await openSocket(phone);
        try {
          await pull(phone, reconnectPulls);
        } catch (error) {
          fail(`pull: ${(error as Error).message}`);
        }
        phone.online = true;
        const backlog = phone.backlog.splice(0);
        if (backlog.length) await push(phone, backlog);
        await nap(between(2000, 5000));
        phone.online = false;
        closeSocket(phone);
      }
    });

  const start = performance.now();
  await sleep(warmupSeconds * 1000);
  const from = performance.now();
  const cpuFrom = cpuSeconds(server.pid);
  await sleep(seconds * 1000);
  const to = performance.now();
  const cpuTo = cpuSeconds(server.pid);
  running = false;
  for (const wake of [...waking]) wake();
  await Promise.all([...loops, ...roams]);
  await sleep(1000);
  for (const p of phones) closeSocket(p);
  await sleep(500);
  await server.stop();

  const measured = pushes.filter((p) => p.sentAt >= from && p.sentAt < to);
  const latencies = measured.map((p) => p.doneAt - p.sentAt);
  if (process.env.BENCH_DUMP)
    (await import("node:fs")).writeFileSync(
      `${process.env.BENCH_DUMP}-w${workers}.json`,
      JSON.stringify(
        measured.map((p) => [
          Math.round(p.sentAt - from),
          Math.round(p.doneAt - p.sentAt),
          p.worker,
          p.messages,
        ]),
      ),
    );
  // Fan-out: for each measured push, each other phone of the household whose socket was open from
  // before the push until well after it, the first notice at or past the push's cursor.
  const across: number[] = [];
  const same: number[] = [];
  let missed = 0;
  for (const p of measured) {
    for (const other of byHousehold.get(p.phone.householdId)!) {
      if (other === p.phone) continue;
      const open = other.socketSpans.some(
        (s) => s.from <= p.sentAt && (Number.isNaN(s.to) || s.to > p.doneAt + 2000),
      );
      if (!open) continue;
      const notice = other.notices.find((n) => n.at >= p.sentAt && n.cursor >= p.cursor);
      if (!notice) {
        missed++;
        continue;
      }
      (other.socketWorker === p.worker ? same : across).push(notice.at - p.sentAt);
    }
  }
  const elapsed = (to - from) / 1000;
  console.log(
    `# w${workers}: ${measured.length} pushes in ${elapsed.toFixed(0)} s (after ${((from - start) / 1000).toFixed(0)} s of warm-up), ` +
      `${failures} failures${firstFailure ? ` (first: ${firstFailure.slice(0, 160)})` : ""}; ` +
      `notices: ${across.length} across processes, ${same.length} on the same one, ${missed} never arrived`,
  );
  const cores = (k: "server" | "bench" | "postgres") => ((cpuTo[k] - cpuFrom[k]) / elapsed).toFixed(2);
  console.log(
    `# w${workers}: cores busy while measured (of 2): server ${cores("server")}, PostgreSQL ${cores("postgres")}, this load generator ${cores("bench")}`,
  );
  // One thread sends every phone's requests and reads every socket: when it is busy all the time,
  // the times below are mostly the queue in this process, not the server's answer.
  if (Number(cores("bench")) > 0.85)
    console.log(
      `# w${workers}: WARNING the load generator was saturated (${cores("bench")} of a core): latencies and fan-out ` +
        "below measure its own backlog more than the server; compare with BENCH_THINK_MS=60000 or fewer BENCH_HOUSEHOLDS",
    );
  const pullsIn = pullTimes.filter((t) => t.at >= from && t.at < to).map((t) => t.ms);
  const reconnects = reconnectPulls.filter((t) => t.at >= from && t.at < to).map((t) => t.ms);
  console.log(
    `# w${workers}: pulls after a notice ${pullsIn.length} (p99 ${percentile(pullsIn, 0.99).toFixed(0)} ms); ` +
      `reconnect pulls ${reconnects.length} (p99 ${percentile(reconnects, 0.99).toFixed(0)} ms); ` +
      `push p50 ${percentile(latencies, 0.5).toFixed(1)} ms; same-process fan-out p99 ${percentile(same, 0.99).toFixed(0)} ms`,
  );
  result(`host_push_rps_w${workers}`, measured.length / elapsed, "req/s");
  result(`host_push_p99_ms_w${workers}`, percentile(latencies, 0.99), "ms");
  // With one process every notice is on the same process: its fan-out is that one.
  result(`host_fanout_p99_ms_w${workers}`, percentile(workers === 1 ? same : across, 0.99), "ms");
  // Every process of the server (the primary and its workers) before any socket opened.
  result(`host_rss_mb_idle_w${workers}`, rssBefore, "MB");
  return { sockets, rssPer1k: ((rssWithSockets - rssBefore) / sockets) * 1000 };
};

export const main = async (args: string[]) => {
  const counts = (args[0] ?? "1,2,4").split(",").map(Number);
  if (counts.some((n) => !Number.isInteger(n) || n < 1 || n > 16)) {
    console.error(`npm run bench -- host [1,2,4]: worker counts from 1 to 16, not "${args[0]}"`);
    process.exit(2);
  }
  const database = await postgresDatabase();
  if (!database) return;
  execFileSync(process.execPath, [builder], { stdio: "inherit" });
  try {
    console.log(
      `# ${households} households × ${phonesPerHousehold} phones, a push every ${thinkMs / 1000} s on average per phone, ` +
        `${roamingShare * 100} % roaming; ${warmupSeconds} s warm-up, ${seconds} s measured per worker count`,
    );
    const phones = await seed(database.url);
    let first: { sockets: number; rssPer1k: number } | undefined;
    for (const workers of counts) {
      const r = await runMix(database.url, phones, workers);
      first ??= r;
      console.log(`# w${workers}: ${r.rssPer1k.toFixed(1)} MB of server memory per 1,000 sockets`);
      for (const p of phones) {
        p.socketSpans = [];
        p.notices = [];
        p.backlog = [];
        p.online = false;
      }
    }
    result("host_sockets", first!.sockets, "sockets");
    result("host_rss_mb_per_1k_sockets", first!.rssPer1k, "MB");
  } finally {
    await database.drop();
  }
  if (exportRecords > 0) {
    const exportDb = await postgresDatabase();
    if (!exportDb) return;
    try {
      const r = await measureExport(exportDb.url, exportRecords);
      console.log(
        `# export of ${exportRecords} records on PostgreSQL: ${r.seconds.toFixed(1)} s, ${r.mb.toFixed(1)} MB; ` +
          `the server's peak memory ${r.peakBeforeMb.toFixed(0)} MB before it, ${r.peakAfterMb.toFixed(0)} MB after`,
      );
      // What the export itself adds to the process's peak (the process starts at its baseline).
      result("host_export_peak_mb", r.peakAfterMb - r.peakBeforeMb, "MB");
      result("host_export_server_peak_mb", r.peakAfterMb, "MB");
    } finally {
      await exportDb.drop();
    }
  }
};
