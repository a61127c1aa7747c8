/** Two caregivers on two phones, live and offline, in a real Chromium against a real server. */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inviteCode, join, newPhone, signUp, startApp, type TestApp } from "./app.ts";
import { browserAvailable } from "./browser.ts";

describe.skipIf(!browserAvailable())("two caregivers", () => {
  let app: TestApp;
  let a: { context: BrowserContext; page: Page };
  let b: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    app = await startApp();
    a = await newPhone(app);
    b = await newPhone(app);
    await signUp(a.page, "Ana", { baby: "Maya" });
    const code = await inviteCode(a.page);
    await signUp(b.page, "Sam");
    await join(b.page, code);
  }, 60_000);
  afterAll(() => app?.close());

  it("a feed timer started on one phone runs on the other within two seconds, and its feed shows when stopped", async () => {
    await a.page.locator(".quick.feed").click();
    await a.page.locator(".choice").first().click();
    await a.page.locator("[data-testid=timer-feed]").waitFor();
    const started = Date.now();
    await b.page.locator("[data-testid=timer-feed]").waitFor({ timeout: 2000 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await b.page.locator("[data-testid=timer-feed]").textContent()).toContain("Ana");
    await a.page.locator("[data-testid=timer-feed] .primary").click();
    await b.page.locator("[data-testid=timer-feed]").waitFor({ state: "detached", timeout: 2000 });
    await b.page.locator("a[href='/timeline']").click();
    await b.page.locator(".timeline .entry[data-kind=feed]").first().waitFor({ timeout: 2000 });
    expect(await b.page.locator(".timeline .entry[data-kind=feed]").count()).toBe(1);
    await b.page.locator("a[href='/']").click();
  });

  it("logs offline, survives a reload offline, and syncs everything once when back online", async () => {
    // Let the service worker take control first, as it would on a phone used before.
    await b.page.evaluate(() => navigator.serviceWorker.ready);
    await b.page.reload();
    await b.page.locator(".status-strip").waitFor();
    await b.page.waitForFunction(() => !!navigator.serviceWorker.controller);

    await b.context.setOffline(true);
    await b.page.locator(".quick.diaper").click();
    await b.page.locator(".choice").first().click();
    await b.page.locator(".quick.sleep").click();
    await b.page.locator(".choice").first().click();
    await b.page.locator("[data-testid=timer-sleep] .primary").click();
    await b.page
      .locator("[data-testid=sync-status]")
      .filter({ hasText: /offline/i })
      .waitFor();

    await b.page.reload();
    await b.page.locator(".status-strip").waitFor();
    await b.page.locator("a[href='/timeline']").click();
    await b.page.locator(".timeline .entry[data-kind=diaper]").first().waitFor();
    expect(await b.page.locator(".timeline .entry[data-kind=sleep]").count()).toBe(1);

    await b.context.setOffline(false);
    await b.page
      .locator("[data-testid=sync-status]")
      .filter({ hasText: /all synced/i })
      .waitFor({ timeout: 10_000 });
    await a.page.locator("a[href='/timeline']").click();
    await a.page.locator(".timeline .entry[data-kind=sleep]").first().waitFor({ timeout: 5000 });
    for (const page of [a.page, b.page]) {
      expect(await page.locator(".timeline .entry[data-kind=diaper]").count()).toBe(1);
      expect(await page.locator(".timeline .entry[data-kind=sleep]").count()).toBe(1);
      expect(await page.locator(".timeline .entry[data-kind=feed]").count()).toBe(1);
    }
    const records = await app.harness.running.services.db.selectFrom("records").select("kind").execute();
    expect(records.map((r) => r.kind).sort()).toEqual(["diaper", "feed", "sleep"]);
  });
});
