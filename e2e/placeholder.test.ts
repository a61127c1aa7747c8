/** The page the server serves opens in a real browser, in English and in Spanish. */
import { type Harness, startHarness } from "@attune/server/testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser } from "./browser.ts";

describe.skipIf(!browserAvailable())("the served page in Chromium", () => {
  let h: Harness;
  let browser: Browser;
  let base: string;
  beforeAll(async () => {
    h = await startHarness();
    await h.app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(h.app.server.address() as { port: number }).port}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  for (const [locale, words] of [
    ["en-GB", "Learn your baby's cues"],
    ["es-MX", "Aprende las señales de tu bebé"],
  ] as const) {
    it(`greets a ${locale} browser in its language`, async () => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(base);
      await expect(page.locator("main")).toBeDefined();
      expect(await page.textContent("main")).toContain(words);
      expect(await page.getAttribute("html", "lang")).toBe(locale.slice(0, 2));
      await context.close();
    });
  }

  it("serves the API next to it", async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${base}/api/health`);
    expect(await res?.json()).toEqual({ ok: true, database: "sqlite" });
    await page.close();
  });
});
