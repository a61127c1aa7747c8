/**
 * The report for the doctor made by the command line from the demo household, read back with
 * pdftotext as a person (or a screen reader) would read it. The first page is also drawn to PNG in
 * test-artifacts/ to be looked at.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../cli.ts", import.meta.url));
const artifacts = fileURLToPath(new URL("../../../../test-artifacts/", import.meta.url));

const popplerAvailable = (): boolean => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    if (process.env.CI) throw new Error("CI needs pdftotext; run scripts/ensure-poppler.sh");
    console.warn(
      "\n!! pdftotext is missing: the report's PDF tests will NOT run (bash scripts/ensure-poppler.sh).\n",
    );
    return false;
  }
};

const run = (dataDir: string, args: string[]) =>
  new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", cli, ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", TZ: "Europe/London" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => resolve({ code, out, err }));
  });

const text = (pdf: string) => execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });

describe.skipIf(!popplerAvailable())("the report for the doctor, from the command line", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "attune-report-"));
  let babyId = "";
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  beforeAll(async () => {
    expect((await run(dataDir, ["seed-demo"])).code).toBe(0);
    const db = new SQLite(join(dataDir, "attune.sqlite"));
    babyId = db.prepare("SELECT id FROM babies").pluck().get() as string;
    // A caregiver's private entry about the baby must never reach the report, whoever makes it.
    const row = db
      .prepare("SELECT id, state FROM records WHERE kind = 'milestone' AND baby_id = ? LIMIT 1")
      .get(babyId) as { id: string; state: string };
    const state = JSON.parse(row.state);
    state.scope = "private";
    state.fields.title[0] = "PRIVATE-ONLY-MINE";
    db.prepare("UPDATE records SET scope = 'private', state = ? WHERE id = ?").run(
      JSON.stringify(state),
      row.id,
    );
    db.close();
  }, 60_000);

  it("holds the baby, every day of the span, the measurements and the sources, in English", async () => {
    const out = join(dataDir, "report.pdf");
    const res = await run(dataDir, ["report", "--baby", babyId, "--from", "2026-01-01", "--out", out]);
    // The span is given from a day before the demo baby was born: it starts at the birth instead.
    expect(res.code, res.err).toBe(0);
    const pdf = text(out);
    expect(pdf).toContain("Maya: report for the doctor");
    expect(pdf).toContain("Day by day");
    expect(pdf).toContain("Growth");
    expect(pdf).toMatch(/\d+(\.\d+)? kg \(P\d+\)/);
    expect(pdf).toContain("WHO Multicentre Growth Reference Study Group (2006)");
    expect(pdf).toContain("not a medical record");
    expect(pdf).not.toContain("PRIVATE-ONLY-MINE");
    // Every day from the birth to today has its row (weekday, day and month).
    const days = Number(/\((\d+) days\)/.exec(pdf)?.[1]);
    expect(days).toBeGreaterThanOrEqual(56);
    const dayLabels = pdf.match(/^\s*(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} \d{1,2}\s/gm) ?? [];
    expect(dayLabels.length).toBeGreaterThanOrEqual(days);
    mkdirSync(artifacts, { recursive: true });
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", out, join(artifacts, "report-en")]);
    expect(
      existsSync(join(artifacts, "report-en-01.png")) || existsSync(join(artifacts, "report-en-1.png")),
    ).toBe(true);
  }, 60_000);

  it("is in Spanish with --locale es, on US Letter in US units", async () => {
    const out = join(dataDir, "informe.pdf");
    const res = await run(dataDir, [
      "report",
      "--baby",
      babyId,
      "--locale",
      "es",
      "--page",
      "letter",
      "--units",
      "us",
      "--guide",
      "--reflection",
      "--out",
      out,
    ]);
    expect(res.code, res.err).toBe(0);
    const pdf = text(out);
    expect(pdf).toContain("Maya: informe para la consulta");
    expect(pdf).toContain("Día a día");
    expect(pdf).toContain("Crecimiento");
    expect(pdf).toContain("Cómo calmar a Maya");
    expect(pdf).toContain("no es una historia clínica");
    expect(pdf).toMatch(/\d+ lb/);
    expect(pdf).not.toContain("Day by day");
    expect(pdf).not.toContain("PRIVATE-ONLY-MINE");
    const size = execFileSync("pdfinfo", [out], { encoding: "utf8" });
    expect(size).toMatch(/Page size:\s+612 x 792 pts/);
  }, 60_000);

  it("says what is wrong with what it was asked, and writes nothing", async () => {
    const out = join(dataDir, "never.pdf");
    const cases: [string[], string][] = [
      [["--out", out], "Say which baby"],
      [["--baby", babyId], "--out"],
      [["--baby", babyId, "--out", out, "--from", "30/11/2026"], "YYYY-MM-DD"],
      [["--baby", babyId, "--out", out, "--from", "2026-11-20", "--to", "2026-11-01"], "is after"],
      [["--baby", babyId, "--out", out, "--locale", "fr"], "English or Spanish"],
      [["--baby", "0190a0a0-0000-7000-8000-00000000dead", "--out", out], "no baby"],
    ];
    for (const [args, message] of cases) {
      const res = await run(dataDir, ["report", ...args]);
      expect(res.code).toBe(2);
      expect(res.err).toContain(message);
    }
    expect(existsSync(out)).toBe(false);
  }, 90_000);
});
