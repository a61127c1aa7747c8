/** The growth chart in a real browser: set the baby's sex, log a weight, see it against the WHO standards. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPhone, signUp, startApp, type TestApp } from "./app.ts";
import { browserAvailable } from "./browser.ts";

describe.skipIf(!browserAvailable())("the growth chart", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  }, 60_000);
  afterAll(() => app?.close());

  it("asks for the sex first, then places a logged weight on the WHO percentiles", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Ana", { baby: "Maya" });
    await page.locator("a[href='/patterns']").click();
    const card = page.locator("[data-testid=growth]");
    await card.locator("a[href='/settings']").click();
    await page.locator(".link", { hasText: "Change Maya" }).click();
    await page
      .locator("select")
      .filter({ has: page.locator("option[value=female]") })
      .selectOption("female");
    await page.locator("#babies ~ form button[type=submit], form button.primary").last().click();
    await page.locator("a[href='/']").click();
    await page.locator(".quick.more").click();
    await page.locator(".choice", { hasText: "Growth" }).click();
    await page.getByLabel(/Weight/).fill("4.6");
    await page.locator("dialog.sheet[open] button[type=submit]").click();
    await page.locator("dialog.sheet[open]").waitFor({ state: "detached" });
    await page.locator("a[href='/patterns']").click();
    await card.locator(".baby-dot").waitFor();
    expect(await card.locator(".curve").count()).toBe(5);
    // 4.6 kg for a girl of 40 days sits a little above the median (WHO: 4.19 kg at 1 month, 5.13 at 2).
    const text = (await card.textContent()) ?? "";
    expect(text).toMatch(/Last: 4\.6 kg at 1\.3 months, around the \d+(st|nd|rd|th) percentile/);
    const percentile = Number(text.match(/around the (\d+)(st|nd|rd|th)/)![1]);
    // English ordinals as English writes them: 41st, 52nd, 63rd, 74th.
    const suffix = text.match(/around the \d+(st|nd|rd|th)/)![1];
    const expected = new Intl.PluralRules("en", { type: "ordinal" }).select(percentile);
    expect({ one: "st", two: "nd", few: "rd", other: "th" }[expected as "one"]).toBe(suffix);
    const labels = await card.locator(".growth-chart text").allTextContents();
    expect(labels).toEqual(expect.arrayContaining(["3rd", "15th", "50th", "85th", "97th"]));
    expect(percentile).toBeGreaterThan(40);
    expect(percentile).toBeLessThan(75);
    expect(text).toContain("WHO Child Growth Standards");
    await context.close();
  });
});
