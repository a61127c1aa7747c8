/**
 * The caregiver's own care in a real browser: a private check-in and self-check that never reach the
 * other caregiver's phone, the safety screen opening the moment the self-harm item is answered, the
 * intake turning on corrected age, and the shared night rota on both phones' Now screens.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anaAndSam, type Phone, startApp, type TestApp } from "./app.ts";
import { browserAvailable } from "./browser.ts";

/** The kinds of every record in this phone's local journals (IndexedDB), read directly. */
const localKinds = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const kinds: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name?.startsWith("attune-")) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      if (db.objectStoreNames.contains("records")) {
        const all = await new Promise<{ kind: string }[]>((resolve) => {
          const req = db.transaction("records").objectStore("records").getAll();
          req.onsuccess = () => resolve(req.result);
        });
        kinds.push(...all.map((r) => r.kind));
      }
      db.close();
    }
    return kinds;
  });

describe.skipIf(!browserAvailable())("the caregiver's own care", () => {
  let app: TestApp;
  let ana: Phone;
  let sam: Phone;

  beforeAll(async () => {
    app = await startApp();
    ({ ana, sam } = await anaAndSam(app));
  }, 60_000);
  afterAll(() => app?.close());

  it("keeps a check-in and a self-check private, and opens the safety screen at the self-harm item", async () => {
    const { page } = ana;
    await page.locator("a[href='/you']").click();
    await page.locator(".check-in input[inputmode=decimal]").fill("4");
    await page.locator(".scale").first().locator("label", { hasText: "4" }).click();
    await page.locator(".check-in button[type=submit]").click();
    await page.locator(".toast", { hasText: "Check-in saved" }).waitFor();
    await page.locator(".notice", { hasText: "You checked in today" }).waitFor();

    await page.locator("a[href='/you/self-checks']").first().click();
    await page.locator("a[href='/you/self-checks/phq9']").click();
    const items = page.locator("fieldset.item");
    await items.first().waitFor();
    // The self-harm item first: the safety screen opens at once, with the UK numbers for en-GB.
    await items.nth(8).locator("label", { hasText: "Several days" }).click();
    const safety = page.locator("[data-testid=safety]");
    await safety.waitFor();
    expect(await safety.textContent()).toContain("call 999 now");
    expect(await safety.textContent()).toContain("Samaritans, 116 123");
    expect(await safety.locator("a[href='tel:999']").count()).toBe(1);
    await safety.locator("button", { hasText: "Back to the questions" }).click();
    for (const i of [0, 1, 2, 3, 4])
      await items.nth(i).locator("label", { hasText: "More than half the days" }).click();
    await page.locator(".self-checks button[type=submit]").click();
    // Two left unanswered: a clear message, nothing saved.
    await page.locator(".error", { hasText: "3 left" }).waitFor();
    for (const i of [5, 6, 7]) await items.nth(i).locator("label", { hasText: "Not at all" }).click();
    await page.locator(".self-checks button[type=submit]").click();
    const result = page.locator("[data-testid=screen-result]");
    await result.waitFor();
    expect(await result.textContent()).toContain("11 of 27 · moderate");
    expect(await result.textContent()).toContain("I did a PHQ-9 questionnaire and scored 11");
    expect(await page.locator("[data-testid=safety]").count()).toBe(1);

    // Something shared, so we know Sam's phone has caught up.
    await page.locator("a[href='/']").click();
    await page.locator(".quick.diaper").click();
    await page.locator(".choice").first().click();
    await sam.page.locator("a[href='/timeline']").click();
    await sam.page.locator(".timeline .entry[data-kind=diaper]").waitFor();
    const samKinds = await localKinds(sam.page);
    expect(samKinds).toContain("diaper");
    expect(samKinds).not.toContain("checkin");
    expect(samKinds).not.toContain("selfscreen");
    const anaKinds = await localKinds(page);
    expect(anaKinds).toEqual(expect.arrayContaining(["checkin", "selfscreen"]));
    // And Sam's check-in page shows nothing of Ana's.
    await sam.page.locator("a[href='/you']").click();
    await sam.page.locator(".you h1").waitFor();
    expect(await sam.page.locator(".you").textContent()).not.toContain("Hoy ya lo anotaste");
  });

  it("reaches a minute's breathing from the Now screen and from a cue moment", async () => {
    const { page } = ana;
    await page.locator("a[href='/']").click();
    await page.locator(".moment-start a[href='/you/calm']", { hasText: "One minute to breathe" }).click();
    await page.locator(".calm button.primary", { hasText: "Start" }).click();
    await page.locator(".breath-words [aria-live]", { hasText: "Breathe in" }).waitFor();
    await page.locator(".breath-words", { hasText: /5\d s left/ }).waitFor();
    await page.locator(".calm button.primary", { hasText: "Stop" }).click();
    // The crying plan is on the same screen, with its source.
    expect(await page.locator("#crying").textContent()).toContain("Never shake a baby");
    expect(await page.locator("#crying .source").count()).toBeGreaterThan(0);

    await page.locator("a[href='/']").click();
    await page.locator("button.signal").click();
    await page.locator("#signs-title").waitFor();
    await page.locator(".chip-group .chip").first().click();
    await page.locator(".try a[href='/you/calm']").click();
    await page.locator(".calm h1").waitFor();
  });

  it("shows corrected age everywhere once the intake says the baby was born eight weeks early", async () => {
    const { page } = ana;
    await page.locator("a[href='/you']").click();
    await page.locator("a[href='/you/help']").first().click();
    await page.locator(".intake").waitFor({ timeout: 8000 });
    expect(await page.locator(".baby-head").count()).toBe(0);
    await page.locator(".check-line", { hasText: "Born early" }).locator("input").check();
    await page.locator(".intake input[inputmode=numeric]").fill("25");
    await page.locator(".intake button[type=submit]").click();
    await page.locator(".intake .error", { hasText: "1 to 20" }).waitFor({ timeout: 8000 });
    await page.locator(".intake input[inputmode=numeric]").fill("8");
    await page.locator(".check-line", { hasText: "Depression" }).locator("input").check();
    await page.locator(".intake button[type=submit]").click();
    await page
      .locator("[data-testid=guidance]", { hasText: /perinatal mental health service/i })
      .waitFor({ timeout: 8000 });
    await page.locator("[data-testid=guidance]", { hasText: "corrected age" }).waitFor({ timeout: 8000 });
    await page.locator("a[href='/']").click();
    await page.locator(".baby-head", { hasText: "corrected age" }).waitFor({ timeout: 8000 });
    // The other caregiver sees the corrected age too (after the app reloads the baby's details).
    await sam.page.reload();
    await sam.page.locator("a[href='/']").click();
    await sam.page.locator(".baby-head", { hasText: "edad corregida" }).waitFor({ timeout: 8000 });
    // The caregiver's own circumstances stay on Ana's phone.
    const samKinds = await localKinds(sam.page);
    expect(samKinds.filter((k) => k === "intake")).toHaveLength(1);
  });

  it("shares the night rota: who is on tonight shows on both phones", async () => {
    const { page } = ana;
    await page.locator("a[href='/you']").click();
    await page.locator("a[href='/you/rota']").first().click();
    const selects = page.locator(".rota form select");
    await selects.nth(0).selectOption("alternate");
    const options = await selects.nth(1).locator("option").allTextContents();
    expect(options).toEqual(["Ana", "Sam"]);
    await selects.nth(1).selectOption({ label: "Ana" });
    await selects.nth(2).selectOption({ label: "Ana" });
    await page.locator(".rota form button[type=submit]").click();
    await page.locator(".rota .error", { hasText: "two different caregivers" }).waitFor();
    await selects.nth(2).selectOption({ label: "Sam" });
    await page.locator(".rota form button[type=submit]").click();
    await page.locator(".nights li").first().waitFor();
    expect(await page.locator(".nights li").first().textContent()).toContain("Ana");
    expect(await page.locator(".nights li").nth(1).textContent()).toContain("Sam");
    await page.locator("a[href='/']").click();
    await page.locator("[data-testid=night-duty]", { hasText: "Tonight you are on night duty" }).waitFor();
    await sam.page.locator("a[href='/']").click();
    await sam.page.locator("[data-testid=night-duty]", { hasText: "Esta noche le toca a Ana" }).waitFor();
    // A swap on Sam's phone reaches Ana's.
    await sam.page.locator("[data-testid=night-duty] a").click();
    await sam.page.locator(".nights li").first().locator("button").click();
    await sam.page.locator("a[href='/']").click();
    await sam.page.locator("[data-testid=night-duty]", { hasText: "Esta noche te toca a ti" }).waitFor();
    await page.locator("[data-testid=night-duty]", { hasText: "Tonight Sam is on night duty" }).waitFor();
    // Rest given on Ana's phone: Sam sleeps in this morning, and both Now screens say so.
    await page.locator("[data-testid=night-duty] a").click();
    const rest = page.locator(".rest");
    await rest.getByLabel("For").selectOption({ label: "Sam" });
    await rest.getByLabel("What").selectOption("sleepIn");
    const today = await page.evaluate(() => new Date().toLocaleDateString("sv"));
    await rest.getByLabel("Which day").fill(today);
    await rest.getByRole("button", { name: "Give it" }).click();
    await rest.locator("li", { hasText: "Sam sleeps in" }).waitFor();
    await page.locator("a[href='/']").click();
    await page
      .locator("[data-testid=rest-today]", { hasText: "This morning is Sam's to sleep in." })
      .waitFor();
    await sam.page
      .locator("[data-testid=rest-today]", { hasText: "Esta mañana es tuya para dormir." })
      .waitFor();
  });
});
