/**
 * The report for the doctor: 12 weeks of the demo baby's entries (feeds, sleeps, diapers, growth,
 * moments), with the guide and the reflection, made into a PDF in Node (what `attune report` does)
 * and in headless Chromium on the phone's report screen (click to download); and the gzipped size
 * of the code the report screen loads on demand. Run `npm run build -w @attune/web` first.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { ChangeWriter, type Entry, type RecordKind } from "@attune/core";
import { buildReport, reportDocument } from "@attune/core/report";
import { demoEntries } from "@attune/server/demo";
import { v7 as uuidv7 } from "uuid";
import { newPhone, signUp, startApp } from "../e2e/app.ts";
import { wordsFor } from "../packages/server/src/i18n/words.ts";
import { renderPdf } from "../packages/server/src/report/render-pdf.ts";

const dist = fileURLToPath(new URL("../packages/web/dist", import.meta.url));
const dayMs = 86_400_000;
const zone = "Europe/London";

const result = (name: string, value: number, unit: string) =>
  console.log(`RESULT ${name} ${value.toFixed(1)} ${unit}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const nodeReport = async () => {
  const now = Date.now();
  const babyId = uuidv7();
  const entries = demoEntries(babyId, now - 84 * dayMs, now - 3600_000, zone).map(
    (e, i) =>
      ({
        id: `e${i}`,
        kind: e.kind as RecordKind,
        scope: "household",
        values: e.fields,
        at: String(e.fields.start ?? e.fields.time),
        deleted: false,
      }) as Entry,
  );
  const baby = {
    id: babyId,
    name: "Maya",
    birthDate: new Date(now - 84 * dayMs).toISOString().slice(0, 10),
    dueDate: null,
    sex: "female" as const,
  };
  const t = await wordsFor("en");
  const today = new Date(now).toISOString().slice(0, 10);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    const data = buildReport({
      baby,
      timeZone: zone,
      entries,
      from: baby.birthDate,
      to: today,
      now,
      include: { guide: true, reflection: true },
    });
    const pdf = await renderPdf(
      reportDocument(data, {
        locale: "en",
        t,
        pageSize: "A4",
        units: { volume: "ml", weight: "kg", temperature: "c", hour12: false },
      }),
    );
    bytes = pdf.length;
    if (i > 0) times.push(performance.now() - start); // the first run warms the JIT and loads the font
  }
  console.log(`# ${entries.length} entries over 12 weeks; PDF ${Math.round(bytes / 1024)} kB`);
  result("report_12w_ms", median(times), "ms");
};

const chunkKb = () => {
  const assets = readdirSync(join(dist, "assets"));
  const onDemand = assets.filter((f) => /^(make-pdf|report-screen|report)-[\w-]+\.js$/.test(f));
  const gz = onDemand.reduce((s, f) => s + gzipSync(readFileSync(join(dist, "assets", f))).length, 0);
  const fonts = assets
    .filter((f) => f.endsWith(".ttf"))
    .reduce((s, f) => s + readFileSync(join(dist, "assets", f)).length, 0);
  console.log(
    `# on demand: ${onDemand.join(", ")}; and the fonts, ${Math.round(fonts / 1024)} kB (precached)`,
  );
  result("report_chunk_gz_kb", gz / 1024, "kB");
};

const webReport = async () => {
  const app = await startApp();
  try {
    const { page, context } = await newPhone(app, "en-GB");
    await context.addInitScript({ content: "window.__name = (f) => f;" });
    await page.reload();
    await signUp(page, "Bench", { baby: "Maya" });
    const db = app.harness.running.services.db;
    const baby = await db.selectFrom("babies").select(["id", "household_id"]).executeTakeFirstOrThrow();
    const user = await db
      .selectFrom("memberships")
      .select("user_id")
      .where("household_id", "=", baby.household_id)
      .executeTakeFirstOrThrow();
    const now = Date.now();
    const entries = demoEntries(baby.id, now - 84 * dayMs, now - 3600_000, zone);
    const writer = new ChangeWriter("00000000000be702", () => now);
    const messages = entries.flatMap((e) => writer.set(uuidv7(), e.kind, "household", e.fields));
    const { pushMessages } = await import("../packages/server/src/store/journal.ts");
    for (let i = 0; i < messages.length; i += 500) {
      const r = await pushMessages(
        db,
        {
          access: { householdId: baby.household_id, userId: user.user_id, role: "owner" },
          messages: messages.slice(i, i + 500),
          now,
        },
        app.harness.running.services.dialect,
      );
      if (!r.ok) throw new Error(r.error.message);
    }
    await page.reload();
    await page.locator("[data-testid=sync-status]", { hasText: "All synced" }).waitFor({ timeout: 120_000 });
    const from = new Date(now - 83 * dayMs).toISOString().slice(0, 10);
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      await page.goto(`${app.base}/report`);
      const fromInput = page.getByLabel("From");
      await fromInput.waitFor();
      await fromInput.fill(from);
      await page.getByLabel("The baby's guide: signals and what soothes").check();
      await page.getByLabel("The weekly settling reflection").check();
      const download = page.waitForEvent("download", { timeout: 60_000 });
      const start = performance.now();
      await page.getByRole("button", { name: "Make the PDF" }).click();
      await download;
      const ms = performance.now() - start;
      if (i === 0)
        console.log(
          `# in the browser, the first report (loading the PDF code and font) took ${Math.round(ms)} ms`,
        );
      else times.push(ms);
    }
    result("report_12w_web_ms", median(times), "ms");
  } finally {
    await app.close();
  }
};

export const main = async () => {
  await nodeReport();
  if (!existsSync(join(dist, "index.html"))) {
    console.log("# packages/web/dist is missing: run npm run build -w @attune/web first");
    process.exit(2);
  }
  chunkKb();
  await webReport();
};
