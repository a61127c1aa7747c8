/**
 * Twins and people in two households, in a real browser: each baby's day apart, one tap to switch
 * babies, and a household switch in settings.
 */
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addBaby, inviteCode, join, newPhone, signUp, startApp, type TestApp } from "./app.ts";
import { browserAvailable } from "./browser.ts";

describe.skipIf(!browserAvailable())("babies and households", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  }, 60_000);
  afterAll(() => app?.close());

  it("keeps twins' days apart and switches between them in one tap", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Ana", { baby: "Maya" });
    expect(await page.locator(".baby-switch").count()).toBe(0);
    await addBaby(page, "Leo");
    const switcher = page.locator(".baby-switch");
    await switcher.waitFor();
    expect(await switcher.locator("button").allTextContents()).toEqual(["Maya", "Leo"]);
    expect(await switcher.locator("button[aria-pressed=true]").textContent()).toBe("Maya");

    await switcher.locator("button", { hasText: "Leo" }).click();
    await page.locator("a[href='/']").click();
    await page.locator("h1", { hasText: "Leo" }).waitFor();
    await page.locator(".quick.diaper").click();
    await page.locator("dialog.sheet[open] .choice").first().click();
    await page.locator(".toast").first().waitFor();
    await page.locator("a[href='/timeline']").click();
    await page.locator(".timeline .entry[data-kind=diaper]").first().waitFor();

    await switcher.locator("button", { hasText: "Maya" }).click();
    await page.locator(".timeline .entry[data-kind=diaper]").waitFor({ state: "detached" });
    await switcher.locator("button", { hasText: "Leo" }).click();
    await page.locator(".timeline .entry[data-kind=diaper]").first().waitFor();

    const db = app.harness.running.services.db;
    const leo = await db
      .selectFrom("babies")
      .select("id")
      .where("name", "=", "Leo")
      .executeTakeFirstOrThrow();
    await page
      .locator("[data-testid=sync-status]")
      .filter({ hasText: /all synced/i })
      .waitFor();
    const diapers = await db.selectFrom("records").select("baby_id").where("kind", "=", "diaper").execute();
    expect(diapers).toEqual([{ baby_id: leo.id }]);
    const axe = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    // The choice stays on this phone across a reload.
    await page.reload();
    await page.locator(".baby-switch button[aria-pressed=true]", { hasText: "Leo" }).waitFor();
    await context.close();
  });

  it("starts a twin's need helper from what the other twin's moments taught it", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Ana", { baby: "Maya" });
    await addBaby(page, "Leo");
    const switcher = page.locator(".baby-switch");
    await switcher.waitFor();
    const why = async () => {
      await page.locator("button.signal").click();
      await page.locator("#signs-title").waitFor();
      await page.locator(".chip-group .chip").filter({ hasText: "Yawning" }).click();
      const odds = page.locator("[data-testid=need-odds]");
      await odds.locator(".odds li").first().waitFor();
      await odds.locator("summary", { hasText: "Why these odds" }).click();
      return (await odds.locator(".learned").textContent()) ?? "";
    };
    // Maya's first moment: nothing to start from but the source prior. It turns out she was tired.
    await page.locator("a[href='/']").click();
    expect(await why()).not.toContain("also starts from");
    await page.locator(".card .chip", { hasText: "Tired" }).last().click();
    await page.locator("button.primary", { hasText: "Done" }).click();
    await page.locator(".status-strip").waitFor();
    // Leo's first moment starts from Maya's.
    await switcher.locator("button", { hasText: "Leo" }).click();
    await page.locator("h1", { hasText: "Leo" }).waitFor();
    const leo = await why();
    expect(leo).toContain("It also starts from what Maya's moments taught it");
    expect(leo).toContain("babies in one home share their caregivers");
    await context.close();
  });

  it("lets someone in two households choose which one this phone shows", async () => {
    const ana = await newPhone(app);
    await signUp(ana.page, "Ana", { baby: "Iris" });
    const code = await inviteCode(ana.page, "caregiver");
    const bea = await newPhone(app);
    await signUp(bea.page, "Bea", { baby: "Kit" });
    await bea.page.locator("a[href='/settings']").click();
    expect(await bea.page.locator("#households").count()).toBe(0);
    await bea.page.goto(`${app.base}/join`);
    await join(bea.page, code);
    // The household just joined is the one shown.
    await bea.page.locator("h1", { hasText: "Iris" }).waitFor();
    await bea.page.locator("a[href='/settings']").click();
    const choose = bea.page.getByLabel("Household shown");
    const before = await choose.inputValue();
    const other = await choose
      .locator("option")
      .evaluateAll((os, b) => (os as HTMLOptionElement[]).map((o) => o.value).find((v) => v !== b), before);
    await choose.selectOption(other!);
    await bea.page.locator("a[href='/']").click();
    // Wait for the Now screen to replace Settings before reading whose it is.
    const heading = bea.page.locator("h1", { hasText: /^(Iris|Kit)$/ }).first();
    await heading.waitFor();
    const shown = (await heading.textContent())!;
    expect(["Iris", "Kit"]).toContain(shown);
    // Switching back shows the other baby.
    await bea.page.locator("a[href='/settings']").click();
    await bea.page.getByLabel("Household shown").selectOption(before);
    await bea.page.locator("a[href='/']").click();
    await bea.page.locator("h1", { hasText: shown === "Iris" ? "Kit" : "Iris" }).waitFor();
    await ana.context.close();
    await bea.context.close();
  });
});
