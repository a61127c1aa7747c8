/** The command line, run as a person would run it, on a temporary data folder. */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "attune-cli-"));

const run = (args: string[], env: Record<string, string> = {}, input?: string) =>
  new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", cli, ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.stdin.end(input ?? "");
    child.on("exit", (code) => resolve({ code, out, err }));
  });

describe("the attune command", () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("explains itself for an unknown command", async () => {
    const res = await run(["frobnicate"]);
    expect(res.code).toBe(2);
    expect(res.err).toContain('Unknown command "frobnicate"');
    expect(res.err).toContain("backup <file>");
  });

  it("creates a user, and says what is wrong with bad input", async () => {
    const bad = await run(["create-user", "--email", "not-an-email", "--name", "Rosa"], {
      ATTUNE_PASSWORD: "short",
    });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("email");
    expect(bad.err).toContain("at least 10 characters");
    const good = await run(
      ["create-user", "--email", "rosa@example.com", "--name", "Rosa"],
      {},
      "a long enough password\n",
    );
    expect(good.code).toBe(0);
    expect(good.out).toContain("Created rosa@example.com");
    const again = await run(["create-user", "--email", "rosa@example.com", "--name", "Rosa"], {
      ATTUNE_PASSWORD: "a long enough password",
    });
    expect(again.code).toBe(2);
    expect(again.err).toContain("exists already");
    const common = await run(["create-user", "--email", "lola@example.com", "--name", "Lola"], {
      ATTUNE_PASSWORD: "password123",
    });
    expect(common.code).toBe(2);
    expect(common.err).toContain("easy to guess");
  });

  it("prints a reset link for the host to pass on, and says when there is no such account", async () => {
    const res = await run(["reset-link", "--email", "rosa@example.com"], {
      PUBLIC_URL: "https://home.example",
    });
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/https:\/\/home\.example\/reset\?token=[\w-]{43}/);
    const missing = await run(["reset-link", "--email", "nobody@example.com"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no account");
    const none = await run(["reset-link"]);
    expect(none.code).toBe(2);
  });

  it("seeds the demo household once", async () => {
    const first = await run(["seed-demo"]);
    expect(first.code).toBe(0);
    const created = Number(/created with (\d+) entries/.exec(first.out)?.[1]);
    expect(created).toBeGreaterThan(1000);
    const second = await run(["seed-demo"]);
    expect(second.out).toContain("already there");
  });

  it("backs up a consistent copy and will not overwrite a file by accident", async () => {
    const target = join(dataDir, "backup.sqlite");
    const res = await run(["backup", target]);
    expect(res.code).toBe(0);
    const copy = new SQLite(target, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const source = new SQLite(join(dataDir, "attune.sqlite"), { readonly: true });
    const count = (db: SQLite.Database) => db.prepare("SELECT count(*) FROM records").pluck().get();
    expect(count(copy)).toBe(count(source));
    copy.close();
    source.close();
    writeFileSync(join(dataDir, "taken.sqlite"), "");
    const refused = await run(["backup", join(dataDir, "taken.sqlite")]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("exists already");
    const missing = await run(["backup"]);
    expect(missing.code).toBe(2);
    const postgres = await run(["backup", join(dataDir, "pg.sql")], {
      DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres",
    });
    expect(postgres.code).toBe(2);
    expect(postgres.err).toContain("pg_dump");
  });

  it("imports another tracker's export: a dry run writes nothing, a second import adds nothing", async () => {
    const db = new SQLite(join(dataDir, "attune.sqlite"), { readonly: true });
    const babyId = db.prepare("SELECT id FROM babies").pluck().get() as string;
    const count = () => db.prepare("SELECT count(*) FROM records").pluck().get() as number;
    const file = join(dataDir, "Ember_diaper.csv");
    writeFileSync(
      file,
      'Baby,Time,Status,Note\n"Ember","13/9/23 6:03 pm","Mixed",""\n"Ember","13/9/23 8:23 pm","Wet","a, b"\n"Ember","13/9/23 9:00 pm","Glitter",""\n',
    );
    const before = count();
    const dry = await run(["import", "--format", "nighp", "--dry-run", "--baby", babyId, file]);
    expect(dry.code).toBe(0);
    // The same shape as ever; a status it does not know keeps the diaper and says so.
    expect(JSON.parse(dry.out)).toEqual({
      records: { diaper: 3 },
      from: expect.stringMatching(/^2023-09-13T/),
      to: expect.stringMatching(/^2023-09-13T/),
      problems: [
        { file, row: 4, reason: '"Glitter" in Status was not understood; the row was kept without it' },
      ],
    });
    expect(count()).toBe(before);
    const first = await run(["import", "--format", "nighp", "--baby", babyId, file]);
    expect(JSON.parse(first.out)).toMatchObject({ added: 3, alreadyThere: 0 });
    expect(count()).toBe(before + 3);
    const second = await run(["import", "--format", "nighp", "--baby", babyId, file]);
    expect(JSON.parse(second.out)).toMatchObject({ added: 0, alreadyThere: 3 });
    expect(count()).toBe(before + 3);
    // The new kinds are counted, and the app is told from the file when --format is left out.
    const huck = join(dataDir, "events.csv");
    writeFileSync(
      huck,
      '"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes"\n"Meds","2024-12-23 18:41",,,"1.5ml","Tylenol",,\n"Pump","2024-05-03 03:00",,,"100ml",,"120ml",\n"Bath","2024-05-03 18:00",,,,,,\n',
    );
    const kinds = await run(["import", "--dry-run", "--baby", babyId, huck]);
    expect(JSON.parse(kinds.out).records).toEqual({ medicine: 1, pump: 1, bath: 1 });
    db.close();
    const wrong = await run(["import", "--format", "myspace", "--baby", babyId, file]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("--format huckleberry|nighp");
    const missing = await run(["import", "--format", "nighp", "--baby", babyId, join(dataDir, "nope.csv")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Cannot read");
  });

  it("migrates", async () => {
    const res = await run(["migrate"]);
    expect(res.code).toBe(0);
    expect(res.out).toContain("up to date");
  });
});
