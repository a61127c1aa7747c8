/**
 * The journal with the data real families bring and the things tired people tap, in Chromium:
 * a history from another app leaves no timer running on either phone and nothing in the way of a
 * cue moment; a quick bottle is logged at the tap; a bottle form without an end starts no timer; an
 * entry shorter than a minute can be changed; a feed that settled the baby is logged once; a sleep
 * still running is offered to end; a timer left far too long asks whether it is still going. And
 * every real export in the shared data is brought in through the app with nothing left running and
 * nothing refused.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anaAndSam, newPhone, signUp, startApp, type TestApp } from "./app.ts";
import { browserAvailable } from "./browser.ts";

const stamp = (ms: number) => {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

const openImport = async (page: Page) => {
  await page.locator("a[href='/settings']").click();
  await page.locator("a[href='/import']").click();
  await page.locator(".import h1").waitFor();
};

const importFiles = async (
  page: Page,
  format: string,
  files: { name: string; buffer: Buffer }[] | string[],
) => {
  await openImport(page);
  await page.locator(".import select").first().selectOption(format);
  await page
    .locator("input[type=file]")
    .setInputFiles(
      typeof files[0] === "string"
        ? (files as string[])
        : (files as { name: string; buffer: Buffer }[]).map((f) => ({ ...f, mimeType: "text/csv" })),
    );
  await page.locator(".import button", { hasText: /Show what would be added/ }).click();
  await page.locator("[data-testid=import-preview]").waitFor({ timeout: 60_000 });
  await page.locator(".import button.primary", { hasText: /^Add / }).click();
  await page.locator("text=/entries added/").waitFor({ timeout: 60_000 });
};

const allSynced = (page: Page, timeout = 30_000) =>
  page.locator("[data-testid=sync-status]").filter({ hasText: "All synced" }).waitFor({ timeout });

/** Starts a cue moment from the Now screen, ticks a sign, and comes back. */
const saveMoment = async (page: Page) => {
  await page.locator("a[href='/']").click();
  await page.locator("button.signal").click();
  await page.locator("#signs-title").waitFor();
  await page.locator(".chip-group .chip").first().click();
  await page.locator("a[href='/']").click();
  await page.locator(".status-strip").waitFor();
};

describe.skipIf(!browserAvailable())("real histories and everyday taps", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());

  it("brings a history whose bottles have no end without leaving a timer on either phone, and a cue moment still saves", async () => {
    const { ana, sam } = await anaAndSam(app);
    const now = Date.now();
    const events = [
      '"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes"',
      `"Feed","${stamp(now - 9 * 86_400_000)}",,,"Formula","Bottle","120ml",`,
      `"Feed","${stamp(now - 3 * 3600_000)}",,,"Formula","Bottle","90ml",`,
      `"Sleep","${stamp(now - 5 * 3600_000)}",,"01:10",,,,`,
      `"Diaper","${stamp(now - 2 * 3600_000)}",,,,,,`,
    ].join("\n");
    await importFiles(ana.page, "huckleberry", [{ name: "events.csv", buffer: Buffer.from(events) }]);
    await allSynced(ana.page);
    for (const phone of [ana.page, sam.page]) {
      await phone.locator("a[href='/']").click();
      await phone.locator(".status-strip").waitFor();
      await phone.waitForTimeout(300);
      expect(await phone.locator("[data-testid^=timer-]").count()).toBe(0);
    }
    // A feed logged now is not flagged as overlapping anything imported.
    await ana.page.locator(".quick.feed").click();
    await ana.page.locator(".choice", { hasText: "Bottle" }).click();
    await ana.page.locator(".choice", { hasText: "120 ml" }).click();
    await saveMoment(ana.page);
    await allSynced(ana.page);
    expect(await ana.page.locator("[data-testid=refusals]").count()).toBe(0);
    await ana.page.locator("a[href='/timeline']").click();
    await ana.page.locator(".timeline .entry[data-kind=feed]").first().waitFor();
    expect(await ana.page.locator(".timeline .entry.overlapping").count()).toBe(0);
    await ana.context.close();
    await sam.context.close();
  });

  it("logs a quick bottle at the tap as an instant, and a bottle form with no end starts no timer", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Quick", { baby: "Noa" });
    const tapped = await page.evaluate(() => Date.now());
    await page.locator(".quick.feed").click();
    await page.locator(".choice", { hasText: "Bottle" }).click();
    await page.locator(".choice", { hasText: "90 ml" }).click();
    const lastFeed = page.locator(".status-card").first();
    await lastFeed.locator(".status-value", { hasText: /^0 min ago$/ }).waitFor();
    expect(await page.locator("[data-testid^=timer-]").count()).toBe(0);
    // The full form, with Ended left blank: a bottle given then, not a feed still running.
    await page.locator(".quick.feed").click();
    await page.locator(".choice", { hasText: "Bottle" }).click();
    await page.locator(".choice", { hasText: "Other amount or time" }).click();
    const sheet = page.locator("dialog.sheet[open]").last();
    await sheet.getByLabel(/Amount/).fill("60");
    await sheet.locator("button[type='submit']").click();
    await sheet.waitFor({ state: "detached" });
    await page.waitForTimeout(300);
    expect(await page.locator("[data-testid^=timer-]").count()).toBe(0);
    await allSynced(page);
    const feeds = await app.harness.running.services.db
      .selectFrom("records")
      .select("state")
      .where("kind", "=", "feed")
      .execute();
    const mine = feeds
      .map((f) => JSON.parse(f.state).fields)
      .filter((f) => Date.parse(f.start[0]) >= tapped - 60_000 && [90, 60].includes(f.volumeMl?.[0]));
    expect(mine).toHaveLength(2);
    for (const f of mine) expect(f.end[0]).toBe(f.start[0]);
    expect(Math.abs(Date.parse(mine.find((f) => f.volumeMl[0] === 90).start[0]) - tapped)).toBeLessThan(5000);
    await context.close();
  });

  it("changes the amount of an entry shorter than a minute without touching its times", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Short", { baby: "Ivo" });
    await page.locator(".quick.feed").click();
    await page.locator(".choice", { hasText: "Bottle" }).click();
    await page.locator(".choice", { hasText: "60 ml" }).click();
    await allSynced(page);
    await page.locator("a[href='/timeline']").click();
    await page.locator(".timeline .entry[data-kind=feed] .entry-main").first().click();
    const sheet = page.locator("dialog.sheet[open]").last();
    await sheet.getByLabel(/Amount/).fill("75");
    await sheet.locator("button[type='submit']").click();
    await sheet.waitFor({ state: "detached" });
    await page.locator(".timeline .entry[data-kind=feed]", { hasText: "75 ml" }).waitFor();
    await allSynced(page);
    await context.close();
  });

  it("logs a feed that settled the baby once, and offers to end a sleep still running", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Settle", { baby: "Lia" });
    await page.locator(".quick.sleep").click();
    await page.locator(".choice", { hasText: "Start sleep timer" }).click();
    await page.locator("[data-testid=timer-sleep]").waitFor();
    await page.locator("button.signal").click();
    await page.locator("#signs-title").waitFor();
    const offer = page.locator("[data-testid=end-sleep]");
    await offer.locator("button").click();
    await offer.waitFor({ state: "detached" });
    await page.locator(".try .inline-form select").selectOption("feed");
    await page.locator(".try .inline-form button[type='submit']").click();
    await page.locator(".try .choice", { hasText: "Settled" }).click();
    await page.locator(".toast", { hasText: "Feed added to the log" }).waitFor();
    await page.locator("a[href='/']").click();
    expect(await page.locator("[data-testid^=timer-]").count()).toBe(0);
    await allSynced(page);
    const kinds = (
      await app.harness.running.services.db.selectFrom("records").select(["kind", "state"]).execute()
    ).filter((r) => JSON.parse(r.state).fields.babyId?.[0]);
    const feeds = kinds.filter((r) => r.kind === "feed");
    expect(feeds.length).toBeGreaterThanOrEqual(1);
    const sleeps = kinds.filter((r) => r.kind === "sleep").map((r) => JSON.parse(r.state).fields);
    expect(sleeps.every((f) => f.end)).toBe(true);
    await context.close();
  });

  it("asks whether a timer running far too long is still going, and ends it where it likely did", async () => {
    const { page, context } = await newPhone(app);
    const email = await signUp(page, "Long", { baby: "Max" });
    // A feed timer started thirty hours ago (as an older import left many).
    const user = await app.harness.running.services.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", email)
      .executeTakeFirstOrThrow();
    const member = await app.harness.running.services.db
      .selectFrom("memberships")
      .innerJoin("babies", "babies.household_id", "memberships.household_id")
      .select(["memberships.household_id", "babies.id as baby_id"])
      .where("memberships.user_id", "=", user.id)
      .executeTakeFirstOrThrow();
    const started = new Date(Date.now() - 30 * 3600_000).toISOString();
    const res = await page.evaluate(
      async ({ householdId, babyId, start }) => {
        const session = await (await fetch("/api/session")).json();
        const r = await fetch(`/api/households/${householdId}/records`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken },
          body: JSON.stringify({ kind: "feed", fields: { babyId, method: "breast", start } }),
        });
        return r.status;
      },
      { householdId: member.household_id, babyId: member.baby_id, start: started },
    );
    expect(res).toBe(201);
    const ask = page.locator("[data-testid=still-going]");
    await ask.waitFor({ timeout: 10_000 });
    await ask.locator("button.primary", { hasText: /it ended at/ }).click();
    await page.locator("[data-testid=timer-feed]").waitFor({ state: "detached" });
    await allSynced(page);
    expect(await page.locator("[data-testid=refusals]").count()).toBe(0);
    await context.close();
  });
});

/** The real exports in the shared data folder, when this machine has them. */
const sharedExports = (): { format: string; files: string[] }[] => {
  const candidates = [
    process.env.ATTUNE_SHARED_DATA,
    fileURLToPath(new URL("../../shared/data", import.meta.url)),
    "/work/shared/data",
  ].filter((d): d is string => !!d);
  const root = candidates.find((d) => existsSync(join(d, "exports")));
  if (!root) return [];
  const folders: [string, string][] = [
    ["huckleberry", "huckleberry"],
    ["nighp", "baby-tracker-nighp"],
    ["baby-connect", "baby-connect"],
    ["glow", "glow"],
  ];
  return folders
    .filter(([, dir]) => existsSync(join(root, "exports", dir)))
    .map(([format, dir]) => ({
      format,
      files: readdirSync(join(root, "exports", dir))
        .filter((f) => f.endsWith(".csv"))
        .map((f) => join(root, "exports", dir, f)),
    }));
};

describe.skipIf(!browserAvailable())("every real export, brought in through the app", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());
  const found = sharedExports();
  if (!found.length)
    console.warn("!! No shared data folder with real exports here: only the fixtures above ran.");

  for (const { format, files } of found) {
    it(`${format}: nothing left running, nothing refused, and a cue moment saves`, async () => {
      const { page, context } = await newPhone(app);
      await signUp(page, "Real", { baby: "Kit" });
      await importFiles(page, format, files);
      await allSynced(page, 90_000);
      expect(await page.locator("[data-testid=refusals]").count()).toBe(0);
      await page.locator("a[href='/']").click();
      await page.locator(".status-strip").waitFor();
      await page.waitForTimeout(500);
      expect(await page.locator("[data-testid^=timer-]").count()).toBe(0);
      await saveMoment(page);
      await allSynced(page);
      expect(await page.locator("[data-testid=refusals]").count()).toBe(0);
      const open = (
        await app.harness.running.services.db
          .selectFrom("records")
          .select("state")
          .where("kind", "in", ["feed", "sleep"])
          .execute()
      ).filter((r) => !JSON.parse(r.state).fields.end);
      expect(open).toEqual([]);
      await context.close();
    }, 180_000);
  }
});
