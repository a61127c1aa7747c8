/**
 * Listening, in a real Chromium whose fake microphone plays a file: a crying-like sound (made from
 * numbers, core/listen/testing) is heard, logged as an episode, and told to the other caregiver's
 * phone while it goes on; stopping describes it and offers its signs for a moment. Speech (made
 * with espeak-ng) played into the microphone logs nothing.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { writeWav } from "@attune/core/listen";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { concat, silence, syntheticCry } from "../packages/core/src/listen/testing/synthetic-sounds.ts";
import { inviteCode, join, newPhone, signUp, startApp, type TestApp } from "./app.ts";
import { seriousViolations } from "./axe.ts";
import { browserAvailable, launchBrowser } from "./browser.ts";

const microphone = (file: string) => [
  "--use-fake-ui-for-media-stream",
  "--use-fake-device-for-media-stream",
  `--use-file-for-fake-audio-capture=${file}`,
  "--autoplay-policy=no-user-gesture-required",
];

describe.skipIf(!browserAvailable())("listening for crying", () => {
  let app: TestApp;
  let dir: string;
  let crying: Browser;
  let talking: Browser;
  let a: { context: BrowserContext; page: Page };
  let b: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    dir = mkdtempSync(joinPath(tmpdir(), "attune-listen-"));
    const cry = joinPath(dir, "cry.wav");
    writeFileSync(cry, writeWav(concat(silence(2), syntheticCry(16)), 16000));
    const speech = joinPath(dir, "speech.wav");
    const said = spawnSync("espeak-ng", [
      "-v",
      "en+f3",
      "-p",
      "80",
      "-w",
      speech,
      "Shall we go for a walk after lunch? I think the rain has stopped, and the park will be quiet now.",
    ]);
    if (said.error || said.status !== 0)
      throw new Error("espeak-ng is needed for the listening test: run bash scripts/ensure-audio-tools.sh");
    app = await startApp();
    crying = await launchBrowser(microphone(cry));
    talking = await launchBrowser(microphone(speech));
    a = await newPhone(app, "en-GB", {}, crying);
    b = await newPhone(app);
    await signUp(a.page, "Ana", { baby: "Maya" });
    const code = await inviteCode(a.page);
    await signUp(b.page, "Sam");
    await join(b.page, code);
  }, 90_000);

  const cryRecords = () =>
    app.harness.running.services.db.selectFrom("records").select("kind").where("kind", "=", "cry").execute();

  afterAll(async () => {
    await crying?.close();
    await talking?.close();
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("hears the crying, tells the other phone while it goes on, and offers its signs for a moment", async () => {
    await a.page.locator("a[href='/listen']").first().click();
    await a.page.getByRole("button", { name: "Start listening" }).click();
    await a.page.locator("[data-testid=listening-bar]").waitFor();
    await a.page.locator(".listening-bar.crying").waitFor({ timeout: 20_000 });
    expect(await seriousViolations(a.page)).toEqual([]);
    expect(await a.page.locator("[data-testid=listening-now]").textContent()).toContain("Crying heard");

    const notice = b.page.locator("[data-testid=cry-notice]");
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.textContent()).toMatch(/Maya has been crying 1 min\..*Ana/);
    // Let it cry a while, so there is a rhythm to describe.
    await a.page.waitForTimeout(10_000);

    await a.page.getByRole("button", { name: "Stop listening" }).first().click();
    await a.page.locator("[data-testid=listening-bar]").waitFor({ state: "detached" });
    const heard = a.page.locator("[data-testid=heard-cry]").first();
    await heard.waitFor();
    expect(await heard.textContent()).toMatch(/Pitch about \d+ Hz/);
    expect(await heard.textContent()).toContain("Short, low, rhythmic cry");
    expect(await seriousViolations(a.page)).toEqual([]);
    await notice.waitFor({ state: "detached", timeout: 10_000 });

    await heard.getByRole("button", { name: "Start a moment with these signs" }).click();
    await a.page.waitForURL(/\/moment\//);
    await a.page.locator(".chip.active", { hasText: "Short, low, rhythmic cry" }).waitFor();
    expect(await a.page.locator("[data-testid=heard-cry-card] summary").textContent()).toMatch(
      /Began from crying heard at \d\d:\d\d/,
    );

    await b.page.locator("a[href='/timeline']").click();
    await b.page.locator(".timeline .entry[data-kind=cry]").first().waitFor({ timeout: 5000 });
    expect(await cryRecords()).toHaveLength(1);
  }, 90_000);

  it("logs nothing while someone talks", async () => {
    const code = await inviteCode(a.page);
    const c = await newPhone(app, "en-GB", {}, talking);
    await signUp(c.page, "Cy");
    await join(c.page, code);
    await c.page.locator("a[href='/listen']").first().click();
    await c.page.getByRole("button", { name: "Start listening" }).click();
    await c.page.locator("[data-testid=listening-bar]").waitFor();
    await c.page.waitForTimeout(15_000);
    expect(await c.page.locator(".listening-bar.crying").count()).toBe(0);
    await c.page.getByRole("button", { name: "Stop listening" }).first().click();
    await c.page.waitForTimeout(1000);
    expect(await cryRecords()).toHaveLength(1);
    await c.context.close();
  }, 90_000);
});
