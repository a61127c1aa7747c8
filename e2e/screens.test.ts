/**
 * Every screen in a real browser: the whole way from sign-up to a logged feed in Spanish, forms that
 * refuse bad input with a message by the field and save nothing, and axe (WCAG 2.1 A and AA) on
 * every screen in the light and the night theme.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "../packages/web/src/i18n/en.json";
import es from "../packages/web/src/i18n/es.json";
import { cspViolations, entriesText, newPhone, signUp, startApp, type TestApp } from "./app.ts";
import { seriousViolations } from "./axe.ts";
import { browserAvailable } from "./browser.ts";

describe.skipIf(!browserAvailable())("screens", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());

  it("goes from sign-up to a logged feed, all in Spanish", async () => {
    const { page, context } = await newPhone(app, "es-ES");
    // The Spanish texts load on their own, and a link click re-renders after it returns: wait for
    // the heading rather than reading it at once.
    await page.locator("h2", { hasText: "Iniciar sesión" }).waitFor();
    await page.locator("a[href='/signup']").click();
    await page.locator("h2", { hasText: "Crea tu cuenta" }).waitFor();
    await page.locator("input[autocomplete='name']").fill("Lucía");
    await page.locator("input[type='email']").fill(`lucia-${Date.now()}@example.com`);
    await page.locator("input[type='password']").fill("una contraseña larga");
    await page.locator("button[type='submit']").click();
    await page.locator(".welcome h1", { hasText: "Te damos la bienvenida" }).waitFor();
    const form = page.locator(".welcome form").first();
    await form.locator("input").nth(0).fill("Mateo");
    await form
      .locator("input[type='date']")
      .first()
      .fill(new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10));
    await form.locator("button[type='submit']").click();
    await page.locator(".status-strip").waitFor();
    expect(await page.locator(".quick-log").textContent()).toContain("Toma");
    await page.locator(".quick.feed").click();
    await page.locator(".choice", { hasText: "Biberón" }).click();
    await page.locator(".choice", { hasText: "90 ml" }).click();
    await page.locator(".toast", { hasText: "Guardado" }).waitFor();
    await page.locator("a[href='/timeline']").click();
    await page.locator(".timeline .entry[data-kind=feed]").waitFor();
    expect(await entriesText(page)).toContain("Biberón, 90 ml");
    expect(await page.locator("html").getAttribute("lang")).toBe("es");
    await context.close();
  });

  it("refuses bad input with a message next to the field and saves nothing", async () => {
    const { page, context } = await newPhone(app, "en-GB", { volume: "ml" });
    await signUp(page, "Bo", { baby: "Kit" });
    const countRecords = async () =>
      (await app.harness.running.services.db.selectFrom("records").select("id").execute()).length;
    const before = await countRecords();

    // A sleep that ends before it starts.
    await page.locator(".quick.sleep").click();
    await page.locator(".choice", { hasText: "Add a past sleep" }).click();
    const sheet = page.locator("dialog.sheet[open]").last();
    await sheet.locator("input[type='datetime-local']").nth(0).fill("2026-11-20T10:00");
    await sheet.locator("input[type='datetime-local']").nth(1).fill("2026-11-20T09:00");
    await sheet.locator("button[type='submit']").click();
    const endError = sheet.locator(".field.has-error .error");
    await endError.waitFor();
    expect(await endError.textContent()).toBe("The end can't be before the start.");
    expect(await sheet.locator(".field.has-error input").getAttribute("aria-invalid")).toBe("true");

    // A date far in the future.
    await sheet.locator("input[type='datetime-local']").nth(0).fill("2031-01-01T10:00");
    await sheet.locator("input[type='datetime-local']").nth(1).fill("2031-01-01T11:00");
    await sheet.locator("button[type='submit']").click();
    await sheet.locator(".error", { hasText: "This time is in the future." }).first().waitFor();
    await sheet.locator("button.secondary", { hasText: "Cancel" }).click();

    // A negative bottle volume.
    await page.locator(".quick.feed").click();
    await page.locator(".choice", { hasText: "Bottle" }).click();
    await page.locator(".choice", { hasText: "Other amount" }).click();
    const bottle = page.locator("dialog.sheet[open]").last();
    await bottle.getByLabel("Amount (ml)").fill("-30");
    await bottle.locator("button[type='submit']").click();
    await bottle.locator(".error", { hasText: "Enter a number above zero" }).waitFor();
    await bottle.locator("button.secondary", { hasText: "Cancel" }).click();

    await page.waitForTimeout(300);
    expect(await countRecords()).toBe(before);
    expect(
      await page.evaluate(async () => {
        const dbs = await indexedDB.databases();
        return dbs.length;
      }),
    ).toBeGreaterThan(0);
    await context.close();
  });

  const words = { en, es } as const;
  for (const [theme, language] of [
    ["light", "en"],
    ["night", "en"],
    ["light", "es"],
    ["night", "es"],
  ] as const) {
    it(`passes axe on every screen in the ${theme} theme, in ${language === "en" ? "English" : "Spanish"}`, async () => {
      const texts = words[language];
      const { page, context } = await newPhone(app, language === "en" ? "en-GB" : "es-ES", {
        theme,
        language,
      });
      const problems: Record<string, string[]> = {};
      const check = async (name: string) => {
        const found = await seriousViolations(page);
        if (found.length) problems[name] = found;
      };
      await check("login");
      await page.locator("a[href='/signup']").click();
      await check("signup");
      await page.locator("a[href='/login']").click();
      await signUp(page, "Axe");
      await check("welcome");
      const form = page.locator(".welcome form").first();
      await form.locator("input").nth(0).fill("Ivy");
      await form
        .locator("input[type='date']")
        .first()
        .fill(new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10));
      await form.locator("button[type='submit']").click();
      await page.locator(".status-strip").waitFor();
      await page.locator(".quick.diaper").click();
      await page.locator(".choice").first().click();
      await page.locator(".quick.feed").click();
      await page.locator(".choice").first().click();
      await page.locator("[data-testid=timer-feed]").waitFor();
      await check("now with a timer");
      await page.locator(".quick.more").click();
      await check("more sheet");
      await page.locator(".choice", { hasText: texts.quick.temperature }).click();
      await check("entry form");
      await page.keyboard.press("Escape");
      await page.locator("a[href='/timeline']").click();
      await page.locator(".timeline .entry").first().waitFor();
      await check("timeline");
      await page.locator(".timeline .entry-main").first().click();
      await check("edit form");
      await page.keyboard.press("Escape");
      await page.locator("a[href='/patterns']").click();
      await page.locator(".day-chart").waitFor();
      expect(await page.locator(".day-chart .feed-dot").count()).toBeGreaterThanOrEqual(1);
      await check("insights");
      await page.locator("a[href='/']").click();
      await page.locator("button.signal").click();
      await page.locator("#signs-title").waitFor();
      await page.locator(".chip-group .chip").first().click();
      await check("cue moment");
      await page.locator(".suggestion").first().click();
      await page.locator(".try .choice").nth(2).click();
      await page.locator(".repair").waitFor();
      await check("cue moment repair");
      await page.locator(".card .chip", { hasText: texts.cues.need.hungry }).last().click();
      await page.locator("button.primary", { hasText: texts.cues.done }).click();
      await page.locator("a[href='/play']").click();
      await page.locator(".play button.big").click();
      await page.locator(".play .chip").first().click();
      await check("play");
      await page.locator("a[href='/']").click();
      await page.locator("a[href='/guide']").click();
      await page.locator("[data-testid=guide]").waitFor();
      await check("guide");
      await page.locator("a[href='/']").click();
      await page.locator("a[href='/listen']").click();
      await page.locator(".listen-intro").waitFor();
      await check("listen");
      await page.locator("a[href='/patterns']").click();
      await page.locator("[data-testid=reflection] table").waitFor();
      await check("insights with reflection");
      await page.locator("a[href='/report']").click();
      await page.locator(".report-screen form").waitFor();
      await check("report for the doctor");
      await page.locator("a[href='/you']").click();
      await page.locator(".check-in").waitFor();
      await check("care");
      await page.locator("a[href='/you/calm']").first().click();
      await page.locator(".calm button.primary").click();
      await check("calm");
      await page.locator("a[href='/you']").click();
      await page.locator("a[href='/you/self-checks']").first().click();
      await page.locator("a[href='/you/self-checks/gad7']").waitFor();
      await check("self-checks");
      await page.locator("a[href='/you/self-checks/phq9']").click();
      await page.locator("fieldset.item").first().waitFor();
      await check("phq-9");
      await page.locator("fieldset.item").nth(8).locator("label").nth(2).click();
      await page.locator("[data-testid=safety]").waitFor();
      await check("safety screen");
      await page.locator("a[href='/you']").click();
      await page.locator("a[href='/you/rota']").first().click();
      await page.locator(".rota form").waitFor();
      await check("rota");
      await page.locator("a[href='/you']").click();
      await page.locator("a[href='/you/help']").first().click();
      await page.locator(".intake").waitFor();
      await check("getting help");
      await page.locator("a[href='/you']").click();
      await page.locator("a[href='/learn']").first().click();
      await page.locator("a[href='/learn/every-cue']").click();
      await page.locator(".article h1").waitFor();
      await check("learn article");
      await page.locator("a[href='/settings']").click();
      await check("settings");
      await page.locator("a[href='/import']").click();
      await page.locator(".import h1").waitFor();
      await check("import");
      await page.locator(".import select").first().selectOption("other");
      await page.locator("input[type=file]").setInputFiles({
        name: "x.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("When,What\n1/2/2026 10:00,Nap\n"),
      });
      await page.locator("[data-testid=mapping]").waitFor();
      await check("import with columns to match");
      expect(problems).toEqual({});
      expect(cspViolations).toEqual([]);
      expect(await page.locator("html").getAttribute("data-theme")).toBe(theme);
      expect(await page.locator("html").getAttribute("lang")).toBe(language);
      await context.close();
    }, 120_000);
  }

  it("shows the baby's days in the time zone set for the baby, whatever zone the phone is in", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Zoe", { baby: "Ari" });
    await page.locator("a[href='/settings']").click();
    await page.locator(".link", { hasText: "Change Ari" }).click();
    const zone = page.getByLabel("Time zone for the baby's days");
    expect(await zone.inputValue()).toBe(
      await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
    );
    await zone.selectOption("Pacific/Auckland");
    await page.locator("form button.primary").last().click();
    await page.locator(".link", { hasText: "Change Ari" }).waitFor();
    const babies = await app.harness.running.services.db
      .selectFrom("babies")
      .select(["name", "time_zone"])
      .where("name", "=", "Ari")
      .execute();
    expect(babies).toEqual([{ name: "Ari", time_zone: "Pacific/Auckland" }]);

    await page.locator("a[href='/']").click();
    const before = Date.now();
    await page.locator(".quick.diaper").click();
    await page.locator("dialog.sheet[open] .choice").first().click();
    await page.locator(".toast").first().waitFor();
    await page.locator("a[href='/timeline']").click();
    const shown = await page.locator(".timeline .entry[data-kind=diaper] .entry-time").first().textContent();
    const auckland = (ms: number) =>
      new Intl.DateTimeFormat("en-GB", {
        hour: "2-digit",
        minute: "2-digit",
        timeZone: "Pacific/Auckland",
      }).format(ms);
    expect([auckland(before), auckland(before + 60_000)]).toContain(shown);
    await context.close();
  });

  it("switches to Spanish from the settings, the first screen and the screens loaded later alike", async () => {
    const { page, context } = await newPhone(app, "en-GB");
    await signUp(page, "Lang", { baby: "Noa" });
    await page.locator("a[href='/settings']").click();
    await page.getByLabel(en.settings.language).selectOption("es");
    await page.locator("nav a[href='/']", { hasText: es.nav.now }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("es");
    await page.locator("a[href='/']").click();
    expect(await page.locator(".quick-log").textContent()).toContain(es.quick.feed);
    // A screen loaded after the switch has its words too, not the keys that name them.
    await page.locator("a[href='/guide']").click();
    await page.locator("[data-testid=guide]").waitFor();
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).not.toMatch(/\b(guide|cues|common|play)\.[a-zA-Z]/);
    expect(text).toContain(es.guide.title.replace("{{name}}", "Noa"));
    await context.close();
  });

  it("can be used by keyboard alone: quick-log a diaper with Tab and Enter", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Keys", { baby: "Rue" });
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.classList.contains("diaper") ?? false);
    }
    expect(reached).toBe(true);
    await page.keyboard.press("Enter");
    await page.locator("dialog.sheet[open] .choice").first().focus();
    await page.keyboard.press("Enter");
    await page.locator(".toast", { hasText: "Wet diaper logged" }).waitFor();
    await context.close();
  });
});
