/**
 * The first week, smoothed: twins logged in one tap and seen side by side; a day found by its date
 * and a note found by its words on the timeline; a new household told where to start.
 */
import { ChangeWriter } from "@attune/core";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addBaby, newPhone, signUp, startApp, type TestApp } from "./app.ts";
import { browserAvailable } from "./browser.ts";

describe.skipIf(!browserAvailable())("the first week", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  }, 60_000);
  afterAll(() => app?.close());

  it("tells a new household where to start, then logs a diaper for both twins in one tap", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Ana", { baby: "Maya" });
    await page.getByRole("heading", { name: "Where to start" }).waitFor();
    await addBaby(page, "Leo");
    await page.locator(".baby-switch").waitFor();
    await page.locator("a[href='/']").click();

    const table = page.locator("[data-testid=side-by-side]");
    await table.waitFor();
    expect(await table.locator("tbody th").allTextContents()).toEqual(["Maya", "Leo"]);
    await page.locator(".quick.diaper").click();
    await page.getByLabel("For Maya & Leo: one entry each").check();
    await page.locator("dialog.sheet[open] .choice", { hasText: /^Wet$/ }).click();
    await page.locator(".toast", { hasText: "(2 babies)" }).waitFor();
    await page.getByRole("heading", { name: "Where to start" }).waitFor({ state: "detached" });
    // Each baby has its own diaper, and the table says so.
    await table
      .locator("tbody tr", { hasText: "Leo" })
      .locator("td")
      .nth(2)
      .filter({ hasText: /ago/ })
      .waitFor();
    await page.locator("a[href='/timeline']").click();
    await page.locator(".timeline .entry[data-kind=diaper]").first().waitFor();
    await page.locator(".baby-switch button", { hasText: "Leo" }).click();
    await page.locator(".timeline .entry[data-kind=diaper]").first().waitFor();
    expect(await page.locator(".timeline .entry[data-kind=diaper]").count()).toBe(1);
    await context.close();
  }, 60_000);

  it("jumps to a day weeks back and finds a note by its words", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Sam", { baby: "Ada" });
    const db = app.harness.running.services.db;
    const user = await db
      .selectFrom("users")
      .select("id")
      .where("name", "=", "Sam")
      .executeTakeFirstOrThrow();
    const m = await db
      .selectFrom("memberships")
      .select("household_id")
      .where("user_id", "=", user.id)
      .executeTakeFirstOrThrow();
    const baby = await db
      .selectFrom("babies")
      .select("id")
      .where("household_id", "=", m.household_id)
      .executeTakeFirstOrThrow();
    const now = Date.now();
    const old = new Date(now - 20 * 86_400_000);
    old.setUTCHours(12, 0, 0, 0);
    const writer = new ChangeWriter("00000000000e2e20", () => now);
    const messages = [
      ...writer.set(uuidv7(), "diaper", "household", {
        babyId: baby.id,
        time: old.toISOString(),
        contents: "wet",
        note: "Rash on the left leg",
      }),
      ...writer.set(uuidv7(), "feed", "household", {
        babyId: baby.id,
        method: "bottle",
        start: new Date(now - 3600_000).toISOString(),
        volumeMl: 120,
      }),
    ];
    const { pushMessages } = await import("../packages/server/src/store/journal.ts");
    const r = await pushMessages(
      db,
      {
        access: { householdId: m.household_id, userId: user.id, role: "owner" },
        messages,
        now,
      },
      app.harness.running.services.dialect,
    );
    expect(r.ok).toBe(true);
    await page.reload();
    await page.locator("[data-testid=sync-status]", { hasText: "All synced" }).waitFor();
    await page.locator("a[href='/timeline']").click();
    await page.locator(".timeline .entry[data-kind=feed]").waitFor();
    expect(await page.locator(".timeline .entry[data-kind=diaper]").count()).toBe(0);

    const day = old.toISOString().slice(0, 10);
    await page.getByLabel("Go to a day").fill(day);
    const section = page.locator(`#day-${day}`);
    await section.waitFor();
    await page.locator(".timeline .entry[data-kind=diaper]").waitFor();
    expect(await section.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);

    await page.getByLabel("Go to a day").fill("");
    await page.getByLabel("Search notes and words").fill("rash");
    await page.getByText("1 entry found").waitFor();
    expect(await page.locator(".timeline .entry").count()).toBe(1);
    expect(await page.locator(".timeline .entry").textContent()).toContain("Rash on the left leg");
    await context.close();
  }, 60_000);

  it("asks 'could it be illness?' as soon as a sign that can go with being unwell is ticked", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Eve", { baby: "Noa" });
    await page.locator("button.signal").click();
    await page.locator("#signs-title").waitFor();
    await page.locator(".chip-group .chip").filter({ hasText: "Yawning" }).click();
    expect(await page.locator("[data-testid=illness-check]").count()).toBe(0);
    await page.locator(".chip-group .chip").filter({ hasText: "Floppy" }).click();
    const check = page.locator("[data-testid=illness-check]");
    await check.getByRole("heading", { name: "Could it be illness?" }).waitFor();
    expect(await check.textContent()).toContain("You noted: Floppy");
    await check.getByText("The signs that need a doctor now").click();
    expect(await check.locator("details li").count()).toBeGreaterThan(3);
    await context.close();
  }, 60_000);

  it("fits the signs, the odds and the next try on a 390×844 phone without scrolling", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Fay", { baby: "Ivy" });
    await page.locator("button.signal").click();
    await page.locator("#signs-title").waitFor();
    await page.locator(".chip-group .chip").filter({ hasText: "Rooting" }).click();
    await page.locator(".chip-group .chip").filter({ hasText: "Yawning" }).click();
    await page.locator(".suggestion").first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    const bottom = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().bottom);
    const fold = 844 - 56; // the bottom navigation covers the last 56 px
    expect(await bottom("[data-testid=need-odds] .odds")).toBeLessThanOrEqual(fold);
    expect(await bottom(".suggestion")).toBeLessThanOrEqual(fold);
    await context.close();
  }, 60_000);

  it("offers one idea for closeness during a timed feed, and stops when asked", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Gus", { baby: "Bo" });
    await page.locator(".quick.feed").click();
    await page.locator("dialog.sheet[open] .choice").first().click();
    const idea = page.locator("[data-testid=bonding-idea]");
    await idea.waitFor();
    expect(await idea.textContent()).toMatch(/Bo/);
    await idea.getByRole("button", { name: "No more ideas like this" }).click();
    await idea.waitFor({ state: "detached" });
    await page.locator("a[href='/settings']").click();
    expect(await page.getByLabel("Ideas for closeness during feeds and changes").inputValue()).toBe("false");
    await context.close();
  }, 60_000);
});
