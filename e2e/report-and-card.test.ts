/**
 * The report for the doctor made on the phone with the network cut, and the guide card handed
 * over: printed alone, shared by a link that a stranger's browser opens without an account, and
 * stopped.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goOffline, newPhone, signUp, startApp, type TestApp } from "./app.ts";
import { browserAvailable } from "./browser.ts";

const popplerAvailable = (): boolean => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    if (process.env.CI) throw new Error("CI needs pdftotext; run scripts/ensure-poppler.sh");
    console.warn("\n!! pdftotext is missing: the report's browser test will NOT run.\n");
    return false;
  }
};

describe.skipIf(!browserAvailable() || !popplerAvailable())("the report and the guide card", () => {
  let app: TestApp;
  const dir = mkdtempSync(join(tmpdir(), "attune-e2e-report-"));
  beforeAll(async () => {
    app = await startApp();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("makes the report on the phone with no network, and downloads it", async () => {
    const phone = await newPhone(app);
    const { page } = phone;
    await signUp(page, "Ana", { baby: "Maya" });
    await page.locator(".quick", { hasText: "Diaper" }).first().click();
    await goOffline(phone);
    await page.locator("a[href='/patterns']").click();
    await page.locator("a[href='/report']").click();
    await page.getByLabel("What you would like to ask the doctor").fill("Is her weight gain fine?");
    await page.getByLabel("The weekly settling reflection").check();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Make the PDF" }).click();
    const file = join(dir, "report.pdf");
    await (await download).saveAs(file);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(text).toContain("Maya: report for the doctor");
    expect(text).toContain("Is her weight gain fine?");
    expect(text).toContain("Day by day");
    expect(text).toContain("Settling, week by week");
    expect(text).toContain("not a medical record");
    await page.getByText("The last report went up to").waitFor();
    await phone.context.close();
  }, 90_000);

  it("prints the card alone, shares it by a link that opens without an account, and stops it", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Ana", { baby: "Maya" });
    await page.goto(`${app.base}/guide`);
    const add = page.locator("form", { has: page.locator("#guide-add") });
    await add.getByLabel("Where").selectOption("notes");
    await add.getByLabel("What to add").fill("Likes the red blanket at nap time");
    await add.getByRole("button", { name: "Add" }).click();
    const card = page.locator(".guide-card");
    await card.getByText("Likes the red blanket at nap time").waitFor();
    // The senses, written by hand here (learned ones come from soothing and play), go on the card too.
    await add.getByLabel("Where").selectOption("senses");
    await add.getByLabel("What to add").fill("Loves the sound of the hoover");
    await add.getByRole("button", { name: "Add" }).click();
    await card.getByRole("heading", { name: "What Maya enjoys" }).waitFor();
    await card.getByText("Loves the sound of the hoover").waitFor();
    // Printing shows the card and nothing of the app around it.
    await page.evaluate(() => document.documentElement.classList.add("printing-card"));
    await page.emulateMedia({ media: "print" });
    expect(await card.isVisible()).toBe(true);
    expect(await page.locator("h1").first().isVisible()).toBe(false);
    expect(await page.locator(".hand-over .actions").isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => document.documentElement.classList.remove("printing-card"));

    await page.locator(".hand-over select").selectOption("1");
    await page.getByRole("button", { name: "Make a link" }).click();
    const href = await page.locator(".shared-link a").getAttribute("href");
    const address = `${app.base}${new URL(href!).pathname}`;
    const stranger = await app.browser.newContext({ serviceWorkers: "block" });
    const other = await stranger.newPage();
    const opened = await other.goto(address);
    expect(opened?.status()).toBe(200);
    expect(opened?.headers()["x-robots-tag"]).toContain("noindex");
    await other.getByRole("heading", { name: "Caring for Maya" }).waitFor();
    expect(await other.textContent("body")).toContain("Likes the red blanket at nap time");
    expect(await other.locator("a, form, script").count()).toBe(0);

    await page.getByRole("button", { name: "Stop sharing" }).click();
    await page.locator(".hand-over .links").waitFor({ state: "detached" });
    const again = await other.goto(address);
    expect(again?.status()).toBe(404);
    await other.getByText("This card is no longer shared").waitFor();
    await stranger.close();
    await context.close();
  }, 90_000);
});
