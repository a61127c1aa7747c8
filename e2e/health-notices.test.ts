/**
 * What a worried parent sees the moment they save a worrying value, in a real browser: a fever in a
 * baby under three months, and a pale stool, each with what to do now and the sources it rests on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPhone, signUp, startApp, type TestApp } from "./app.ts";
import { browserAvailable } from "./browser.ts";

describe.skipIf(!browserAvailable())("health notices", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  }, 60_000);
  afterAll(() => app?.close());

  it("says to call a doctor now for 38 °C in a 40-day-old, naming NICE and the AAP", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Ana", { baby: "Maya" });
    await page.locator(".quick.more").click();
    await page.locator(".choice", { hasText: "Temperature" }).click();
    await page.getByLabel(/Temperature/).fill("38.2");
    await page.locator("dialog.sheet[open] button[type=submit]").click();
    const notice = page.locator("[aria-labelledby=fever-title]");
    await notice.waitFor();
    expect(await page.locator("#fever-title").textContent()).toBe("Call a doctor now");
    const sheet = (await notice.textContent()) ?? "";
    expect(sheet).toContain("NICE NG143");
    expect(sheet).toContain("AAP");
    await context.close();
  });

  it("says a pale stool needs a doctor today, in Spanish, from the diaper button", async () => {
    const { page, context } = await newPhone(app, "es-ES", { language: "es" });
    await signUp(page, "Bea", { baby: "Lía" });
    await page.locator(".quick.diaper").click();
    await page.locator(".choice", { hasText: "Con color o una nota" }).click();
    const selects = page.locator("dialog.sheet[open] select");
    await selects.nth(0).selectOption("dirty");
    await selects.nth(1).selectOption("white");
    await page.locator("dialog.sheet[open] button[type=submit]").click();
    const notice = page.locator("[aria-labelledby=stool-title]");
    await notice.waitFor();
    expect(await page.locator("#stool-title").textContent()).toBe("Que lo vea un médico hoy");
    const sheet = (await notice.textContent()) ?? "";
    expect(sheet).toContain("Children's Liver Disease Foundation");
    expect(sheet).toContain("NICE CG98");
    // The diaper was kept: the notice is about it, not instead of it.
    await notice.locator("button").click();
    await page.locator("a[href='/timeline']").click();
    await page.locator(".timeline .entry[data-kind=diaper]").waitFor();
    expect(await page.locator(".timeline .entry[data-kind=diaper]").count()).toBe(1);
    await context.close();
  });
});
