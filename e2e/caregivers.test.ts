/** Two caregivers on two phones, live and offline, in a real Chromium against a real server. */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goOffline, inviteCode, join, newPhone, signUp, startApp, type TestApp } from "./app.ts";
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
    await goOffline(b);
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

  it("stops a helper's entry older than her window, says which change the server later refused while still sharing the rest, and shares it once put right", async () => {
    const code = await inviteCode(a.page, "helper");
    const c = await newPhone(app);
    await signUp(c.page, "Bea");
    await join(c.page, code);
    await c.page
      .locator("[data-testid=sync-status]")
      .filter({ hasText: /all synced/i })
      .waitFor();

    // Offline, Bea logs a diaper now and a sleep from two days ago (inside her three-day window).
    await goOffline(c);
    await c.page.locator(".quick.diaper").click();
    await c.page.locator(".choice").first().click();
    await c.page.locator(".quick.sleep").click();
    await c.page.locator(".choice", { hasText: "Add a past sleep" }).click();
    const sheet = c.page.locator("dialog.sheet[open]").last();
    const pastSleep = async (daysAgo: number) => {
      const day = new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
      await sheet.locator("input[type='datetime-local']").nth(0).fill(`${day}T10:00`);
      await sheet.locator("input[type='datetime-local']").nth(1).fill(`${day}T11:00`);
      await sheet.locator("button[type='submit']").click();
    };
    // Ten days back is refused on the phone already, with the reason by the field.
    await pastSleep(10);
    await sheet.locator(".field.has-error .error", { hasText: "last 3 days only" }).waitFor();
    await pastSleep(2);
    await sheet.waitFor({ state: "detached" });
    // Meanwhile Ana narrows Bea's window to one day: the sleep can no longer be shared.
    const db = app.harness.running.services.db;
    const bea = await db.selectFrom("users").select("id").where("name", "=", "Bea").executeTakeFirstOrThrow();
    const { household_id: householdId } = await db
      .selectFrom("memberships")
      .select("household_id")
      .where("user_id", "=", bea.id)
      .executeTakeFirstOrThrow();
    // Through the API from Ana's phone, as the members screen does: the server then tells every
    // process that Bea's access changed.
    const narrowed = await a.page.evaluate(
      async ({ householdId, userId }) => {
        const { csrfToken } = await (await fetch("/api/session")).json();
        const res = await fetch(`/api/households/${householdId}/members/${userId}`, {
          method: "PATCH",
          headers: { "content-type": "application/json", "x-csrf-token": csrfToken },
          body: JSON.stringify({ windowDays: 1 }),
        });
        return res.status;
      },
      { householdId, userId: bea.id },
    );
    expect(narrowed).toBe(200);
    await c.context.setOffline(false);

    const notice = c.page.locator("[data-testid=refusals]");
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.textContent()).toContain("1 change could not be shared");
    expect(await notice.textContent()).toContain(
      "Sleep: a helper can only add or change entries of the last few days.",
    );
    // An entry the server would not take is never "All synced": the badge says it is not shared.
    await c.page.locator("[data-testid=sync-status]").filter({ hasText: "1 entry not shared" }).waitFor();
    const written = await db.selectFrom("records").select("kind").where("author_id", "=", bea.id).execute();
    expect(written.map((r) => r.kind)).toEqual(["diaper"]);
    // The refused sleep stays on Bea's phone; "Open it" opens its form at once.
    await notice.locator("a", { hasText: "Open it" }).click();
    const edit = c.page.locator("dialog.sheet[open]").last();
    await edit.waitFor();
    expect(new URL(c.page.url()).pathname).toBe("/timeline");
    // Marked on the timeline too; moved inside her window, it is shared whole (the server had none
    // of its fields).
    const unshared = c.page.locator(".timeline .entry.unshared[data-kind=sleep]");
    expect(await unshared.textContent()).toContain("not shared");
    const local = (msAgo: number) =>
      c.page.evaluate((ago) => {
        const d = new Date(Date.now() - ago);
        const pad = (n: number) => String(n).padStart(2, "0");
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
      }, msAgo);
    await edit
      .locator("input[type='datetime-local']")
      .nth(0)
      .fill(await local(3 * 3600_000));
    await edit
      .locator("input[type='datetime-local']")
      .nth(1)
      .fill(await local(2 * 3600_000));
    await edit.locator("button[type='submit']").click();
    await edit.waitFor({ state: "detached" });
    await notice.waitFor({ state: "detached" });
    await c.page
      .locator("[data-testid=sync-status]")
      .filter({ hasText: /all synced/i })
      .waitFor();
    const sleep = await db
      .selectFrom("records")
      .select(["kind", "baby_id", "state"])
      .where("author_id", "=", bea.id)
      .where("kind", "=", "sleep")
      .executeTakeFirstOrThrow();
    expect(sleep.baby_id).toBeTruthy();
    expect(Object.keys(JSON.parse(sleep.state).fields)).toEqual(
      expect.arrayContaining(["babyId", "start", "end"]),
    );
    // Ana's phone shows it, with the name of Bea, who joined after Ana's phone loaded the household.
    await a.page.locator("a[href='/timeline']").click();
    await a.page.locator(".timeline .entry[data-kind=sleep]", { hasText: "Bea" }).first().waitFor();

    // A second refusal is dismissed by the person, and stays dismissed.
    expect(await unshared.count()).toBe(0);
    // A window of no days (the API allows 1 to 14): written in the database, and the server told, as
    // every route that changes someone's access tells it (each process forgets what it kept).
    await db.updateTable("memberships").set({ window_days: 0 }).where("user_id", "=", bea.id).execute();
    app.harness.running.services.live.accessChanged({ householdId, userId: bea.id });
    await c.page
      .locator(".timeline .entry[data-kind=sleep]", { hasText: "Bea" })
      .locator(".entry-main")
      .click();
    await edit
      .locator("input[type='datetime-local']")
      .nth(1)
      .fill(await local(2.5 * 3600_000));
    await edit.locator("button[type='submit']").click();
    await notice.waitFor({ timeout: 10_000 });
    await c.page.locator(".notice button", { hasText: "OK, got it" }).click();
    await notice.waitFor({ state: "detached" });
    await c.page.reload();
    await c.page.locator(".timeline").waitFor();
    expect(await notice.count()).toBe(0);
    // Read, but still not shared: the timeline keeps the mark.
    await unshared.waitFor();
    await c.context.close();
  }, 90_000);
});
