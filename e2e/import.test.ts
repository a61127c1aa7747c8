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
    expect(preview).toContain("2 Diaper entries");
    expect(preview).toContain("2 new; 0 already here");
    expect(preview).toContain('Ember_diaper.csv, row 4: a diaper status Attune cannot read ("Glitter")');
    const before = (await app.harness.running.services.db.selectFrom("records").select("id").execute())
      .length;
    expect(before).toBe(0);
    await page.locator("button", { hasText: "Add 2 entries" }).click();
    await page.locator("text=2 entries added.").waitFor();
    await page.locator("a[href='/settings']").click();
    await page.locator("a[href='/import']").click();
    await upload();
    expect(await page.locator("[data-testid=import-preview]").textContent()).toContain(
      "0 new; 2 already here",
    );
    expect(await page.locator("button", { hasText: "Add 0 entries" }).isDisabled()).toBe(true);
    await page.locator("[data-testid=sync-status]", { hasText: "All synced" }).waitFor({ timeout: 10_000 });
    expect((await app.harness.running.services.db.selectFrom("records").select("id").execute()).length).toBe(
      2,
    );
    await context.close();
  });
});
