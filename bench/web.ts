/**
 * The web app's speed: JavaScript needed for the first screen (gzipped), tap-to-saved on a
 * quick-log button (median of 50, headless Chromium), opening the timeline with two years of
 * a baby's entries, and importing 10,000 rows of another app's export in the import screen.
 * Builds nothing: run `npm run build -w @attune/web` first (npm start does).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ChangeWriter } from "@attune/core";
import { demoEntries } from "@attune/server/demo";
import { v7 as uuidv7 } from "uuid";
import { newPhone, signUp, startApp } from "../e2e/app.ts";
import { builtApp, firstScreenBudgetKb, firstScreenSize } from "../packages/web/src/first-screen-size.ts";
import { huckleberryRows } from "./import.ts";

const result = (name: string, value: number, unit: string) =>
  console.log(`RESULT ${name} ${value.toFixed(1)} ${unit}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const main = async () => {
  if (!existsSync(join(builtApp, "index.html"))) {
    console.log("# packages/web/dist is missing: run npm run build -w @attune/web first");
    process.exit(2);
  }
  const initial = firstScreenSize();
  console.log(`# first screen: ${initial.files.length} JavaScript files (budget ${firstScreenBudgetKb} kB)`);
  result("web_initial_js_gz_kb", initial.kb, "kB");
  result("web_initial_js_gz_kb_es", firstScreenSize(builtApp, "es").kb, "kB");

  const app = await startApp();
  try {
    const { page, context } = await newPhone(app, "en-GB");
    // tsx names functions with a __name helper that does not exist inside the page.
    await context.addInitScript({ content: "window.__name = (f) => f;" });
    await page.reload();
    await signUp(page, "Bench", { baby: "Bea" });
    const contents = ["wet", "dirty", "both"] as const;
    const labels = { wet: "Wet", dirty: "Dirty", both: "Wet and dirty" };
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const c = contents[i % 3]!;
      await page.locator(".quick.diaper").click();
      const choice = page.locator("dialog.sheet[open] .choice", { hasText: new RegExp(`^${labels[c]}$`) });
      await choice.waitFor();
      const ms = await choice.evaluate(
        (button, expected) =>
          new Promise<number>((resolve) => {
            const card = () =>
              document.querySelectorAll(".status-card")[2]?.querySelector(".status-detail")?.textContent ??
              "";
            const start = performance.now();
            const done = () =>
              (card() === expected || card().startsWith(`${expected} ·`)) &&
              !!document.querySelector(".toast");
            const observer = new MutationObserver(() => {
              if (done()) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            setTimeout(() => resolve(-1), 5000);
            (button as HTMLButtonElement).click();
          }),
        labels[c],
      );
      if (ms < 0) throw new Error(`tap ${i} (${c}) never showed as saved`);
      times.push(ms);
    }
    const stored = await page.evaluate(async () => {
      const names = (await indexedDB.databases()).map((d) => d.name!).filter((n) => n.startsWith("attune-"));
      const open = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open(names[0]!);
        req.onsuccess = () => resolve(req.result);
      });
      return new Promise<number>((resolve) => {
        const req = open.transaction("records").objectStore("records").count();
        req.onsuccess = () => resolve(req.result);
      });
    });
    console.log(`# ${stored} diapers in IndexedDB after 50 taps`);
    result("web_tap_to_saved_ms", median(times), "ms");
    result("web_tap_to_saved_p90_ms", [...times].sort((a, b) => a - b)[44]!, "ms");

    // Two years of one baby's entries, written on the server, pulled by the phone.
    const db = app.harness.running.services.db;
    const household = await db.selectFrom("babies").select(["id", "household_id"]).executeTakeFirstOrThrow();
    const user = await db
      .selectFrom("memberships")
      .select("user_id")
      .where("household_id", "=", household.household_id)
      .executeTakeFirstOrThrow();
    const now = Date.now();
    const entries = demoEntries(household.id, now - 730 * 86_400_000, now - 3600_000, "Europe/London");
    const writer = new ChangeWriter("00000000000be701", () => now);
    const messages = entries.flatMap((e) => writer.set(uuidv7(), e.kind, "household", e.fields));
    const { pushMessages } = await import("../packages/server/src/store/journal.ts");
    for (let i = 0; i < messages.length; i += 500) {
      const r = await pushMessages(
        db,
        {
          access: { householdId: household.household_id, userId: user.user_id, role: "owner" },
          messages: messages.slice(i, i + 500),
          now,
        },
        app.harness.running.services.dialect,
      );
      if (!r.ok) throw new Error(r.error.message);
    }
    const syncStart = performance.now();
    await page.reload();
    await page.locator("[data-testid=sync-status]", { hasText: "All synced" }).waitFor({ timeout: 120_000 });
    console.log(
      `# ${entries.length} entries over two years; first sync into the phone took ${Math.round(performance.now() - syncStart)} ms`,
    );
    const renders: number[] = [];
    for (let i = 0; i < 7; i++) {
      await page.locator("a[href='/']").click();
      await page.locator(".status-strip").waitFor();
      const ms = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelectorAll(".timeline .entry").length > 0) {
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - start));
              }
            });
            observer.observe(document.body, { subtree: true, childList: true });
            (document.querySelector("a[href='/timeline']") as HTMLAnchorElement).click();
          }),
      );
      renders.push(ms);
    }
    console.log(
      `# ${await page.locator(".timeline .entry").count()} entries rendered (the last 7 days); more load on request`,
    );
    result("web_timeline_2y_render_ms", median(renders), "ms");

    // 10,000 rows of another app's export, chosen in the import screen: the preview, then the
    // entries written on the phone, then sent to the server.
    await page.locator("a[href='/settings']").click();
    await page.locator("a[href='/import']").click();
    await page.getByLabel("The app it comes from").selectOption("huckleberry");
    await page.locator("input[type=file]").setInputFiles({
      name: "events.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(huckleberryRows(10_000)),
    });
    const readStart = performance.now();
    await page.locator("button", { hasText: "Show what would be added" }).click();
    await page.locator("[data-testid=import-preview]").waitFor({ timeout: 60_000 });
    const previewMs = performance.now() - readStart;
    const add = page.locator("button", { hasText: /^Add [\d,.]+ entries$/ });
    console.log(`# import: ${await add.textContent()}`);
    const writeStart = performance.now();
    await add.click();
    await page.locator("text=/entries added/").waitFor({ timeout: 60_000 });
    const savedMs = performance.now() - writeStart;
    await page.locator("[data-testid=sync-status]", { hasText: "All synced" }).waitFor({ timeout: 120_000 });
    const syncedMs = performance.now() - writeStart;
    result("web_import_10k_rows_preview_ms", previewMs, "ms");
    result("web_import_10k_rows_saved_ms", savedMs, "ms");
    result("web_import_10k_rows_synced_ms", syncedMs, "ms");
  } finally {
    await app.close();
  }
};
