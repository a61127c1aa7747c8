/** Bringing history in from another app, in the browser: preview first, confirm, and no double import. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPhone, signUp, startApp, type TestApp } from "./app.ts";
import { browserAvailable } from "./browser.ts";

const nighpDiapers = `Baby,Time,Status,Note
"Ember","3/9/23 6:03 pm","Mixed",""
"Ember","13/9/23 8:23 pm","Wet","after the bath, calm"
"Ember","13/9/23 9:00 pm","Glitter",""
`;

describe.skipIf(!browserAvailable())("import in the app", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());

  it("shows a preview with counts, dates and unreadable rows, writes on confirm, and adds nothing the second time", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Imp", { baby: "Ember" });
    await page.locator("a[href='/settings']").click();
    await page.locator("a[href='/import']").click();
    const upload = async () => {
      await page.getByLabel("The app it comes from").selectOption("nighp");
      await page
        .locator("input[type=file]")
        .setInputFiles({ name: "Ember_diaper.csv", mimeType: "text/csv", buffer: Buffer.from(nighpDiapers) });
      await page.locator("button", { hasText: "Show what would be added" }).click();
      await page.locator("[data-testid=import-preview]").waitFor();
    };
    await upload();
    const preview = (await page.locator("[data-testid=import-preview]").textContent()) ?? "";
    // A status Attune does not know keeps the diaper (changed, contents not noted) and is said.
    expect(preview).toContain("3 Diaper entries");
    expect(preview).toContain("3 new; 0 already here");
    // Each kind's first rows as they will appear, and its days.
    const rows = await page.locator("[data-testid=import-preview] .import-rows li").allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows.join("\n")).toMatch(/Wet and dirty/);
    expect(rows.join("\n")).toMatch(/Wet.*after the bath, calm/);
    expect(preview).toMatch(/From .*2023 to .*2023/);
    expect(preview).toContain(
      'Ember_diaper.csv, row 4: "Glitter" in Status was not understood; the row was kept without it',
    );
    const before = (await app.harness.running.services.db.selectFrom("records").select("id").execute())
      .length;
    expect(before).toBe(0);
    await page.locator("button", { hasText: "Add 3 entries" }).click();
    await page.locator("text=3 entries added.").waitFor();
    await page.locator("a[href='/settings']").click();
    await page.locator("a[href='/import']").click();
    await upload();
    expect(await page.locator("[data-testid=import-preview]").textContent()).toContain(
      "0 new; 3 already here",
    );
    expect(await page.locator("button", { hasText: "Add 0 entries" }).isDisabled()).toBe(true);
    await page.locator("[data-testid=sync-status]", { hasText: "All synced" }).waitFor({ timeout: 10_000 });
    expect((await app.harness.running.services.db.selectFrom("records").select("id").execute()).length).toBe(
      3,
    );
    await context.close();
  });

  it("imports another app's CSV with the columns matched by hand, in Spanish", async () => {
    const { page, context } = await newPhone(app, "es-ES", { language: "es" });
    await signUp(page, "Otra", { baby: "Lúa" });
    page.setDefaultTimeout(8000);
    await page.locator("a[href='/settings']").click();
    await page.locator("a[href='/import']").click();
    await page.getByLabel("La app de la que vienen").selectOption("other");
    // Yesterday, day first, so the entries show on the timeline's first week.
    const y = new Date(Date.now() - 86_400_000);
    const day = `${y.getDate()}/${y.getMonth() + 1}/${y.getFullYear()}`;
    const csv = `Fecha,Qué,Duración,Notas\n${day} 07:10,Siesta,45,\n${day} 09:30,Siesta,1h05m,en el carrito\n${day} 11:00,Baño,,\nayer,Siesta,30,\n`;
    await page
      .locator("input[type=file]")
      .setInputFiles({ name: "otra.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    const mapping = page.locator("[data-testid=mapping]");
    await mapping.waitFor();
    // Without the time column, a clear message and no preview.
    await page.locator("button", { hasText: "Ver qué se añadiría" }).click();
    await page.locator(".error", { hasText: "Elige la columna con la fecha y la hora" }).waitFor();
    await mapping.getByLabel("Qué son las filas").selectOption("column");
    await mapping.getByLabel("Columna que dice el tipo").selectOption("qué");
    await mapping.getByLabel("Las filas donde dice «Siesta» son").selectOption("sleep");
    await mapping.getByLabel("Las filas donde dice «Baño» son").selectOption("skip");
    await mapping.getByLabel("Fecha y hora (o la fecha)").selectOption("fecha");
    // Said outright: early in a month a day-first date cannot be told from a month-first one.
    await mapping.getByLabel("Cómo se escriben las fechas").selectOption("dmy");
    await mapping.getByLabel("Duración (minutos, 1h20m o 1:20)").selectOption("duración");
    await mapping.getByLabel("Notas").selectOption("notas");
    await page.locator("button", { hasText: "Ver qué se añadiría" }).click();
    const preview = page.locator("[data-testid=import-preview]");
    await preview.waitFor();
    expect(await preview.textContent()).toContain("2 nuevas");
    // The row it cannot read, said in Spanish.
    expect(await preview.textContent()).toContain("otra.csv, fila 5: «ayer» no es una fecha y hora");
    await preview.locator("button.primary").click();
    await page.locator(".notice[role=status]").waitFor();
    await page.locator(".bottom-nav a[href='/timeline']").click();
    await page.locator(".timeline .entry[data-kind=sleep]").nth(1).waitFor();
    expect(await page.locator(".timeline .entry[data-kind=sleep]").count()).toBe(2);
    await context.close();
  });
});
