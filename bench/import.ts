/**
 * Importing another tracker's export: 10,000 rows of a Huckleberry-shaped file (sleeps across
 * midnight, breast feeds with both sides, bottles with volumes, diapers, notes with commas and line
 * breaks), read and written into a household's journal on SQLite and on PostgreSQL, then imported
 * again (which must add nothing). The aim is under two seconds for the 10,000 rows.
 *
 *   npm run bench -- import
 *
 * Times are in-process (read = parse and preview; write = the all-or-nothing transaction), and the
 * whole `npm run attune -- import` command on SQLite as a person runs it, Node's start included.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importFiles } from "@attune/core";
import { seedDemo } from "@attune/server/demo";
import { writeImported } from "@attune/server/import";
import { openServices } from "@attune/server/start";
import pg from "pg";

const rows = 10_000;
const pgAdmin = process.env.ATTUNE_TEST_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const result = (name: string, value: number, unit: string) =>
  console.log(`RESULT ${name} ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`);

const two = (n: number) => String(n).padStart(2, "0");
const stamp = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
};
const clock = (minutes: number) => `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;

/** A year and more of a baby's days, newest first as Huckleberry writes them: `rows` rows. */
export const huckleberryRows = (count: number): string => {
  const lines: string[] = [];
  let t = Date.UTC(2025, 0, 1, 6, 0);
  for (let i = 0; i < count; i++) {
    const at = stamp(t);
    switch (i % 5) {
      case 0: {
        const minutes = 40 + (i % 7) * 25;
        lines.push(`"Sleep","${at}","${stamp(t + minutes * 60_000)}","${clock(minutes)}",,,,`);
        t += (minutes + 20) * 60_000;
        break;
      }
      case 1: {
        const left = 5 + (i % 9);
        const right = 4 + (i % 6);
        lines.push(
          `"Feed","${at}","${stamp(t + (left + right) * 60_000)}","${clock(left + right)}","${clock(left)}L","Breast","${clock(right)}R",`,
        );
        t += 35 * 60_000;
        break;
      }
      case 2:
        lines.push(`"Feed","${at}",,,"Formula","Bottle","${90 + (i % 8) * 10}ml","after the walk, sleepy"`);
        t += 25 * 60_000;
        break;
      case 3:
        lines.push(`"Diaper","${at}",,,"yellow",,"Both, pee:large poo:small","a note\nover two lines"`);
        t += 15 * 60_000;
        break;
      default:
        lines.push(`"Diaper","${at}",,,,,"Pee",`);
        t += 20 * 60_000;
    }
  }
  return `"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes"\n${lines.reverse().join("\n")}\n`;
};

const timed = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
};

const inProcess = async (label: string, databaseUrl: string, text: string) => {
  const running = await openServices(databaseUrl);
  try {
    const { services } = running;
    const demo = await seedDemo(services, "UTC");
    const baby = await services.db
      .selectFrom("babies")
      .select(["id", "time_zone"])
      .where("household_id", "=", demo.householdId)
      .executeTakeFirstOrThrow();
    const owner = await services.db
      .selectFrom("memberships")
      .select("user_id")
      .where("household_id", "=", demo.householdId)
      .where("role", "=", "owner")
      .executeTakeFirstOrThrow();
    const access = { householdId: demo.householdId, userId: owner.user_id, role: "owner" as const };
    const now = Date.now();
    const [read, readMs] = await timed(() =>
      importFiles(
        "huckleberry",
        [{ name: "events.csv", text }],
        { babyId: baby.id, timeZone: baby.time_zone },
        now,
      ),
    );
    if (read.problems.length)
      throw new Error(`unexpected problems: ${JSON.stringify(read.problems.slice(0, 3))}`);
    const [first, writeMs] = await timed(() =>
      writeImported(services.db, services.dialect, access, read.records, services.writer, now),
    );
    const [second, againMs] = await timed(() =>
      writeImported(services.db, services.dialect, access, read.records, services.writer, now),
    );
    if (first.added !== read.records.length || second.added !== 0)
      throw new Error(`${label}: added ${first.added} then ${second.added} of ${read.records.length}`);
    console.log(`# ${label}: ${rows} rows → ${read.records.length} records; the second import added none`);
    result(`import_10k_rows_${label}_read_ms`, Math.round(readMs), "ms");
    result(`import_10k_rows_${label}_write_ms`, Math.round(writeMs), "ms");
    result(`import_10k_rows_${label}_total_ms`, Math.round(readMs + writeMs), "ms");
    result(`import_10k_rows_${label}_again_ms`, Math.round(againMs), "ms");
    return baby.id;
  } finally {
    await running.close();
  }
};

const cli = fileURLToPath(new URL("../packages/server/src/cli.ts", import.meta.url));
const runCli = (args: string[], dataDir: string, expectCode = 0) =>
  new Promise<number>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", cli, ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
      stdio: ["ignore", "ignore", expectCode === 0 ? "inherit" : "ignore"],
    });
    child.on("exit", (code) =>
      code === expectCode
        ? resolve(performance.now() - started)
        : reject(new Error(`attune ${args[0]} exited ${code}`)),
    );
  });

export const main = async (_args: string[]) => {
  const dir = mkdtempSync(join(tmpdir(), "attune-import-bench-"));
  const file = join(dir, "events.csv");
  const text = huckleberryRows(rows);
  writeFileSync(file, text);
  try {
    // SQLite, in-process: a fresh data folder with the demo household's baby to import into.
    const sqliteDir = join(dir, "sqlite");
    await inProcess("sqlite", join(sqliteDir, "attune.sqlite"), text);

    // The whole command on a second fresh folder, as a person runs it.
    const cliDir = join(dir, "cli");
    await runCli(["seed-demo"], cliDir);
    const cliBaby = await (async () => {
      const SQLite = (await import("better-sqlite3")).default;
      const db = new SQLite(join(cliDir, "attune.sqlite"), { readonly: true });
      const row = db.prepare("select id from babies limit 1").get() as { id: string };
      db.close();
      return row.id;
    })();
    // Node and the command's modules starting, then stopping at the first check: the floor under it.
    const startOnly = await runCli(["import"], cliDir, 2);
    const command = await runCli(["import", "--format", "huckleberry", "--baby", cliBaby, file], cliDir);
    result("import_10k_rows_cli_sqlite_ms", Math.round(command), "ms");
    result("import_cli_start_ms", Math.round(startOnly), "ms");

    // PostgreSQL, in-process, on a database of its own.
    const name = `attune_import_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgAdmin });
    try {
      await admin.connect();
    } catch (error) {
      console.log(`# PostgreSQL at ${pgAdmin} is not reachable (${(error as Error).message}): skipped`);
      return;
    }
    await admin.query(`create database ${name}`);
    try {
      const url = new URL(pgAdmin);
      url.pathname = `/${name}`;
      await inProcess("postgres", url.toString(), text);
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
