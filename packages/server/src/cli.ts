/**
 * The command line: npm run attune -- <command>.
 *   serve [--demo] [--workers N]  serve the app (PORT, HOST, DATA_DIR, DATABASE_URL); N processes on PostgreSQL
 *   migrate               bring the database schema up to date
 *   backup <file>         a consistent copy of the SQLite database, safe while the server runs
 *   seed-demo             add the demo household
 *   create-user --email <e> --name <n>   (password from ATTUNE_PASSWORD or the first line of stdin)
 *   reset-link --email <e>                a link to choose a new password, for the host to pass on
 *   report --baby <id> --out <file>      the report for the baby's doctor, as a PDF
 *   export --household <id> --format csv|json --out <path>   what a household shares
 */

import cluster from "node:cluster";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { detectFormat, type ImportFormat, importFiles, importFormatNames, importSummary } from "@attune/core";
import { z } from "zod";
import { buildApp } from "./app.ts";
import { createResetLink } from "./auth/password-resets.ts";
import { requireStrongPassword } from "./auth/password-strength.ts";
import { hashPassword } from "./auth/passwords.ts";
import { readConfig } from "./config.ts";
import { DemoConflictError, demoAccounts, seedDemo } from "./demo/seed.ts";
import { email, password, personName } from "./http/schemas.ts";
import { writeImported } from "./import/import-records.ts";
import { isoNow } from "./services.ts";
import { servicesFromConfig } from "./start.ts";
import { findBabyAnywhere } from "./store/babies.ts";
import { isPostgresUrl, openSqlite } from "./store/database.ts";
import { firstOwner } from "./store/members.ts";
import { migrateToLatest } from "./store/migrate.ts";
import { findUserByEmail, insertUser } from "./store/users.ts";
import { UsageError } from "./usage-error.ts";

const usage = `Usage: npm run attune -- <command>
  serve [--demo] [--workers N]           serve Attune (PORT, HOST, DATA_DIR, DATABASE_URL); N processes on PostgreSQL
  migrate                                bring the database schema up to date
  backup <file>                          copy the SQLite database consistently, even while it serves
  seed-demo                              add a demo household with eight weeks of entries
  create-user --email <e> --name <n>     add an account; the password comes from ATTUNE_PASSWORD
                                         or the first line of standard input
  reset-link --email <e>                 print a link (good once, for an hour) with which the
                                         account's owner chooses a new password
  import [--format <f>] [--dry-run] --baby <id> <files...>
                                         bring in another tracker's export; formats:
                                         huckleberry, nighp, baby-connect, glow, hatch, babybuddy
                                         (told from the files when --format is left out)
  report --baby <id> --out <file.pdf> [--from YYYY-MM-DD] [--to YYYY-MM-DD]
         [--locale en|es] [--page a4|letter] [--units metric|us] [--guide] [--reflection]
                                         the report for the baby's doctor (default: since the
                                         last report, or the last four weeks)
  export --household <id> --format csv|json --out <path> [--force]
                                         what the household shares (nothing private): the
                                         JSON Attune keeps, or one CSV per kind in a zip`;

const readPassword = async (): Promise<string> => {
  if (process.env.ATTUNE_PASSWORD) return process.env.ATTUNE_PASSWORD;
  if (process.stdin.isTTY) process.stdout.write("Password (at least 10 characters): ");
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  throw new UsageError("No password given: set ATTUNE_PASSWORD or pipe it on standard input");
};

const printDemo = () => {
  console.log("Demo accounts (password for both: attune-demo-1):");
  for (const a of demoAccounts) console.log(`  ${a.email}  (${a.name})`);
};

/**
 * `serve --workers N` on PostgreSQL: the schema brought up to date once, then N processes (node's
 * cluster, sharing one port) that each serve everything. Sessions live in the database, live
 * notices cross processes with LISTEN/NOTIFY, rate limits count in the database, and the reminder
 * scheduler's lease lets one process send. A worker that dies is started again.
 */
const serveWorkers = async (workers: number, extra: readonly string[]) => {
  const running = await servicesFromConfig(readConfig());
  await running.close();
  cluster.setupPrimary({ args: ["serve", ...extra] });
  let stopping = false;
  const start = () => cluster.fork();
  for (let i = 0; i < workers; i++) start();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`Worker ${worker.id} stopped (${signal ?? code}); starting another.`);
    start();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    const wait = setInterval(() => {
      if (!Object.keys(cluster.workers ?? {}).length) {
        clearInterval(wait);
        process.exit(0);
      }
    }, 50);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  console.log(
    `Attune is serving at http://localhost:${readConfig().port} with ${workers} workers (database: PostgreSQL)`,
  );
};

const commands: Record<string, (args: string[]) => Promise<void>> = {
  async serve(args) {
    const { values } = parseArgs({
      args,
      options: { demo: { type: "boolean", default: false }, workers: { type: "string", default: "1" } },
    });
    const config = readConfig();
    const workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 64)
      throw new UsageError(`--workers takes a whole number from 1 to 64, not "${values.workers}"`);
    if (workers > 1 && !cluster.isWorker) {
      if (!isPostgresUrl(config.databaseUrl))
        throw new UsageError(
          "SQLite is served by one process (it has one writer). For several workers, use PostgreSQL: set DATABASE_URL=postgres://…",
        );
      await serveWorkers(workers, values.demo ? ["--demo"] : []);
      return;
    }
    const running = await servicesFromConfig(config);
    if (values.demo) {
      const demo = await seedDemo(running.services, process.env.TZ || "Europe/London");
      console.log(
        demo.created
          ? `Demo household created with ${demo.records} entries.`
          : "Demo household already there.",
      );
      printDemo();
    }
    const app = await buildApp(running.services, { logger: { level: process.env.LOG_LEVEL ?? "warn" } });
    // A worker of `serve --workers N` answers on the port the primary shares out.
    const stop = async () => {
      await scheduler?.stop();
      await app.close();
      await running.close();
      process.exit(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    // Reminders: every process takes part, the one holding the lease sends (reminders/scheduler.ts).
    const scheduler = config.reminders
      ? new (await import("./reminders/scheduler.ts")).ReminderScheduler(running.services, {
          tickMs: Number(process.env.REMINDER_TICK_MS ?? 1000),
          leaseMs: Number(process.env.REMINDER_LEASE_MS ?? 15_000),
          retryAfterMs: Number(process.env.REMINDER_RETRY_MS ?? 60_000),
        })
      : undefined;
    scheduler?.start();
    await app.listen({ port: config.port, host: config.host });
    const where = isPostgresUrl(config.databaseUrl) ? "PostgreSQL" : config.databaseUrl;
    if (cluster.isWorker) console.log(`Worker ${cluster.worker?.id} (process ${process.pid}) is serving.`);
    else console.log(`Attune is serving at http://localhost:${config.port} (database: ${where})`);
  },
  async migrate() {
    const running = await servicesFromConfig(readConfig());
    await running.close();
    console.log("The database schema is up to date.");
  },
  async backup(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { force: { type: "boolean", default: false } },
    });
    const target = positionals[0];
    if (!target || positionals.length > 1) throw new UsageError("Say where to write the copy: backup <file>");
    const config = readConfig();
    if (isPostgresUrl(config.databaseUrl)) {
      throw new UsageError("This server uses PostgreSQL: back it up with pg_dump, which is made for that.");
    }
    if (!existsSync(config.databaseUrl))
      throw new UsageError(`There is no database at ${config.databaseUrl} to back up`);
    const file = resolve(target);
    if (existsSync(file) && !values.force)
      throw new UsageError(`${file} exists already; pick another name or add --force`);
    const { sqlite, db } = openSqlite(config.databaseUrl);
    await migrateToLatest(db);
    await sqlite!.backup(file);
    await db.destroy();
    console.log(`Backed up ${config.databaseUrl} to ${file}`);
  },
  async "seed-demo"() {
    const running = await servicesFromConfig(readConfig());
    const demo = await seedDemo(running.services, process.env.TZ || "Europe/London");
    await running.close();
    console.log(
      demo.created ? `Demo household created with ${demo.records} entries.` : "Demo household already there.",
    );
    printDemo();
  },
  async import(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: "string" },
        baby: { type: "string" },
        "dry-run": { type: "boolean", default: false },
      },
    });
    const named = values.format as ImportFormat | undefined;
    if (named && !importFormatNames.includes(named)) {
      throw new UsageError(`Say which app the files come from: --format ${importFormatNames.join("|")}`);
    }
    if (!values.baby || !z.uuid().safeParse(values.baby).success)
      throw new UsageError("Say which baby with --baby <id> (see the baby's id in Settings or the API)");
    if (!positionals.length) throw new UsageError("Name the exported file or files to import");
    const files = positionals.map((path) => {
      try {
        return { name: path, text: readFileSync(path, "utf8") };
      } catch (error) {
        throw new UsageError(`Cannot read ${path}: ${(error as Error).message}`);
      }
    });
    const format = named ?? detectFormat(files);
    if (!format)
      throw new UsageError(
        `Cannot tell which app these files come from: say it with --format ${importFormatNames.join("|")}`,
      );
    const running = await servicesFromConfig(readConfig());
    try {
      const { db } = running.services;
      const found = await findBabyAnywhere(db, values.baby);
      if (!found) throw new UsageError(`There is no baby with id ${values.baby} here`);
      const baby = { household_id: found.householdId, time_zone: found.baby.timeZone };
      const now = running.services.now();
      const result = importFiles(format, files, { babyId: values.baby, timeZone: baby.time_zone }, now);
      const full = importSummary(result);
      // The command line says each problem as file, row and reason in English.
      const summary = {
        ...full,
        problems: full.problems.map(({ file, row, reason }) => ({ file, row, reason })),
      };
      if (values["dry-run"]) {
        console.log(JSON.stringify(summary));
        return;
      }
      const owner = await firstOwner(db, baby.household_id);
      if (!owner) throw new UsageError(`The household of baby ${values.baby} has no owner`);
      const written = await writeImported(
        db,
        running.services.dialect,
        { householdId: baby.household_id, userId: owner, role: "owner" },
        result.records,
        running.services.writer,
        now,
      );
      console.log(JSON.stringify({ ...written, records: summary.records, problems: summary.problems }));
    } finally {
      await running.close();
    }
  },
  async "create-user"(args) {
    const { values } = parseArgs({
      args,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        locale: { type: "string", default: "en" },
      },
    });
    const input = z.object({ email, name: personName, password, locale: z.enum(["en", "es"]) }).safeParse({
      email: values.email,
      name: values.name,
      locale: values.locale,
      password: await readPassword(),
    });
    if (!input.success) {
      throw new UsageError(
        input.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("\n"),
      );
    }
    const running = await servicesFromConfig(readConfig());
    try {
      const { db } = running.services;
      if (await findUserByEmail(db, input.data.email))
        throw new UsageError(`An account with ${input.data.email} exists already`);
      try {
        await requireStrongPassword(input.data.password, input.data);
      } catch (error) {
        throw new UsageError(`password: ${(error as Error).message}`);
      }
      const id = running.services.newId();
      await insertUser(
        db,
        {
          id,
          email: input.data.email,
          name: input.data.name,
          locale: input.data.locale,
          passwordHash: await hashPassword(input.data.password),
        },
        isoNow(running.services),
      );
      console.log(`Created ${input.data.email} (${id})`);
    } finally {
      await running.close();
    }
  },
};

// The PDF code is heavy: it loads only for this command, so the others start as fast as before.
commands.report = async (args) => (await import("./report/report-command.ts")).reportCommand(args);
commands.export = async (args) => (await import("./export/export-command.ts")).exportCommand(args);

commands["reset-link"] = async (args) => {
  const { values } = parseArgs({ args, options: { email: { type: "string" } } });
  const address = email.safeParse(values.email ?? "");
  if (!address.success) throw new UsageError("Say whose password to reset: reset-link --email <address>");
  const running = await servicesFromConfig(readConfig());
  try {
    const user = await findUserByEmail(running.services.db, address.data);
    if (!user) throw new UsageError(`There is no account with ${address.data} here`);
    const link = await createResetLink(running.services, user.id);
    console.log(`Give this link to the account's owner; it works once, for the next hour:\n${link}`);
  } finally {
    await running.close();
  }
};

const main = async () => {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name ? `Unknown command "${name}".\n\n${usage}` : usage);
    process.exit(2);
  }
  try {
    await command(args);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof DemoConflictError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
    ) {
      console.error(`attune ${name}: ${(error as Error).message}`);
      process.exit(2);
    }
    throw error;
  }
};

await main();
