/**
 * The attunement loop in a real browser: a fussing moment from the first signs to the need it
 * turned out to be, with a miss and its repair, then the guide and the reflection that learned from
 * it — once in English on one phone, once in Spanish on the other caregiver's phone.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anaAndSam, type Phone, startApp, type TestApp } from "./app.ts";
import { browserAvailable } from "./browser.ts";

const words = {
  en: {
    noChange: "No change",
    moreUpset: "More upset",
    settled: "Settled",
    repairTitle: "Not settled yet",
    repaired: "that is a repair",
    need: "Tired",
    done: "Done",
  },
  es: {
    noChange: "Igual",
    moreUpset: "Se alteró más",
    settled: "Se calmó",
    repairTitle: "Aún no se calma",
    repaired: "eso es una reparación",
    need: "Cansancio",
    done: "Listo",
  },
};

/** Runs one moment: two signs, the first suggestion misses, a repair settles; returns what settled it. */
const fussingMoment = async (page: Page, lang: "en" | "es", repairWith?: string): Promise<string> => {
  const w = words[lang];
  await page.locator("a[href='/']").click();
  await page.locator("button.signal").click();
  await page.locator(".moment h1").waitFor();
  await page.locator("#signs-title").waitFor();
  await page
    .locator(".chip-group .chip")
    .filter({ hasText: lang === "en" ? "Rubbing eyes" : "Se frota los ojos" })
    .click();
  await page
    .locator(".chip-group .chip")
    .filter({ hasText: lang === "en" ? "Yawning" : "Bosteza" })
    .click();
  await page.locator(".chip[aria-pressed=true]").nth(1).waitFor();
  // Likely needs with reasons, and three things to try.
  const odds = page.locator("[data-testid=need-odds]");
  await odds.locator(".odds li").first().waitFor();
  expect(await odds.locator(".odds li").count()).toBe(3);
  expect(await odds.locator(".reasons li").count()).toBeGreaterThan(0);
  const suggestions = page.locator(".suggestion");
  expect(await suggestions.count()).toBe(3);
  const firstTry = (await suggestions.first().locator("strong").textContent())!;
  await suggestions.first().click();
  await page.locator(".try .choice", { hasText: w.noChange }).click();
  // The repair: kind words and the next suggestions, without the response that missed.
  await page.locator(".repair h2", { hasText: w.repairTitle }).waitFor();
  const next = await page.locator(".suggestion strong").allTextContents();
  expect(next).not.toContain(firstTry);
  let settledBy: string;
  if (repairWith) {
    const select = page.locator(".try select");
    await select.selectOption({ label: repairWith });
    await page.locator(".try form button[type=submit]").click();
    settledBy = repairWith;
  } else {
    settledBy = next[0]!;
    await page.locator(".suggestion").first().click();
  }
  await page.locator(".try .choice", { hasText: w.settled }).click();
  await page.locator(".repair-note", { hasText: w.repaired }).waitFor();
  await page.locator(".card .chip", { hasText: w.need }).last().click();
  await page.locator("button.primary", { hasText: w.done }).click();
  await page.locator(".status-strip").waitFor();
  return settledBy;
};

describe.skipIf(!browserAvailable())("a cue moment, its repair, the guide and the reflection", () => {
  let app: TestApp;
  let ana: Phone;
  let sam: Phone;
  let repairedWith = "";

  beforeAll(async () => {
    app = await startApp();
    ({ ana, sam } = await anaAndSam(app));
  }, 60_000);
  afterAll(() => app?.close());

  it("records a moment in English, repairs a miss, and the guide and reflection learn from it", async () => {
    const { page } = ana;
    await page.locator("a[href='/guide']").click();
    await page.locator("[data-testid=guide]", { hasText: "As you finish moments" }).waitFor();
    const settledBy = await fussingMoment(page, "en");
    await page.locator("a[href='/guide']").click();
    await page.locator("[data-testid=guide]", { hasText: "Learned from 1 finished moment" }).waitFor();
    await page.locator("a[href='/patterns']").click();
    const reflection = page.locator("[data-testid=reflection]");
    await reflection.locator("table").waitFor();
    const row = (await reflection.locator("tbody tr").first().textContent())!;
    expect(row).toContain("0 of 1"); // not settled at the first try…
    expect(row).toContain("1 of 1"); // …and the miss repaired
    expect(await reflection.textContent()).toContain("each repair tells Maya you return");
    await page.locator("a[href='/timeline']").click();
    await page
      .locator(".timeline .entry[data-kind=moment]", { hasText: "settled after trying again" })
      .waitFor();
    // The other caregiver repairs the next moment with what settled Maya the first time.
    await sam.page.locator("a[href='/timeline']").click();
    await sam.page.locator(".timeline .entry[data-kind=moment]").waitFor();
    const inSpanish =
      (await sam.page.locator("a[href='/']").evaluate(() => document.documentElement.lang)) === "es";
    expect(inSpanish).toBe(true);
    const spanishName = await sam.page.evaluate(
      (english) =>
        ({
          Rock: "Mecer",
          "Walk around": "Caminar en brazos",
          "Offer sleep": "Ayudar a dormir",
          "Dim and quiet the room": "Bajar la luz y el ruido",
          Swaddle: "Envolver",
          "Shush or white noise": "Chistar o ruido blanco",
          "Hold close": "Abrazar",
          "Go outside": "Salir al aire libre",
          Feed: "Dar de comer",
        })[english] ?? english,
      settledBy,
    );
    repairedWith = spanishName;
    await fussingMoment(sam.page, "es", spanishName);
  });

  it("shows the second moment in Spanish in the guide and the reflection, on both phones", async () => {
    const { page } = sam;
    await page.locator("a[href='/guide']").click();
    const guide = page.locator("[data-testid=guide]");
    await guide.filter({ hasText: "Aprendido de 2 momentos terminados" }).waitFor();
    // What settled Maya in both moments is now in "what soothes", with both settles counted.
    expect(await guide.textContent()).toContain(`${repairedWith}: calmó a Maya 2 de`);
    await page.locator("a[href='/patterns']").click();
    const reflection = page.locator("[data-testid=reflection]");
    await reflection.locator("table").waitFor();
    expect(await reflection.locator("tbody tr").first().textContent()).toContain("2 de 2");
    // Ana sees the guide line too, in English.
    await ana.page.locator("a[href='/']").click();
    await ana.page.locator("a[href='/guide']").click();
    await ana.page.locator("[data-testid=guide]", { hasText: /settled Maya 2 of \d tries/ }).waitFor();
  });
});
