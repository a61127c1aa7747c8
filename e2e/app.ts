/**
 * The real app on a real server for browser tests: a server on a temporary SQLite database serving
 * the built web app, and page helpers that act as a caregiver would.
 */
import { type Harness, startHarness } from "@attune/server/testing";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser.ts";

export interface TestApp {
  readonly base: string;
  readonly harness: Harness;
  readonly browser: Browser;
  close(): Promise<void>;
}

export const startApp = async (): Promise<TestApp> => {
  const harness = await startHarness();
  await harness.app.listen({ port: 0, host: "127.0.0.1" });
  const base = `http://127.0.0.1:${(harness.app.server.address() as { port: number }).port}`;
  // The harness clock is fixed for API tests; the browser tests live in real time.
  harness.clock.now = Date.now();
  const tick = setInterval(() => {
    harness.clock.now = Date.now();
  }, 100);
  const browser = await launchBrowser();
  return {
    base,
    harness,
    browser,
    close: async () => {
      clearInterval(tick);
      await browser.close();
      await harness.close();
    },
  };
};

let people = 0;

/** What the browser refused under the content security policy, on any phone of the run. */
export const cspViolations: string[] = [];

export const newPhone = async (
  app: TestApp,
  locale = "en-GB",
  settings: Record<string, unknown> = {},
  browser: Browser = app.browser,
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({
    locale,
    viewport: { width: 390, height: 844 },
    serviceWorkers: "allow",
  });
  await context.addInitScript((s) => {
    if (!localStorage.getItem("attune-settings") && Object.keys(s).length)
      localStorage.setItem("attune-settings", JSON.stringify(s));
  }, settings);
  const page = await context.newPage();
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.goto(app.base);
  return { context, page };
};

/** Signs up through the forms; with `baby`, also starts a household. */
export const signUp = async (page: Page, name: string, { baby }: { baby?: string } = {}) => {
  const email = `${name.toLowerCase()}-${++people}-${Date.now()}@example.com`;
  await page.locator("a[href='/signup']").click();
  await page.locator("input[autocomplete='name']").fill(name);
  await page.locator("input[type='email']").fill(email);
  await page.locator("input[type='password']").fill("a long enough password");
  await page.locator("button[type='submit']").click();
  await page.locator(".welcome").waitFor();
  if (baby) {
    const form = page.locator(".welcome form").first();
    await form.locator("input").nth(0).fill(baby);
    const birth = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    await form.locator("input[type='date']").first().fill(birth);
    await form.locator("button[type='submit']").click();
    await page.locator(".status-strip").waitFor();
  }
  return email;
};

/** Adds a second baby (40 days old) in Settings and waits for the switch between babies. */
export const addBaby = async (page: Page, name: string) => {
  await page.locator("a[href='/settings']").click();
  await page.locator("button", { hasText: "Add a baby" }).click();
  const form = page.locator("#babies ~ form");
  await form.getByLabel("Baby's name").fill(name);
  await form
    .locator("input[type='date']")
    .first()
    .fill(new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10));
  await form.locator("button.primary").click();
  await page.locator(".baby-switch").waitFor();
};

export const inviteCode = async (page: Page, role: "caregiver" | "helper" = "caregiver") => {
  await page.locator("a[href='/settings']").click();
  await page.locator("#invite-role").selectOption(role);
  await page.locator(".card button.secondary", { hasText: /invite|invitación/i }).click();
  const code = await page.locator("[data-testid=invite] .code").textContent();
  await page.locator("a[href='/']").click();
  return code!.trim();
};

export const join = async (page: Page, code: string) => {
  await page.locator("form.join input").fill(code);
  await page.locator("form.join button[type='submit']").click();
  await page.locator(".status-strip").waitFor();
};

export const entriesText = async (page: Page) =>
  (await page.locator(".timeline .entry").allTextContents()).join("\n");

export interface Phone {
  readonly context: BrowserContext;
  readonly page: Page;
}

/** Lets the service worker take control first, as on a phone used before, then cuts the network. */
export const goOffline = async ({ page, context }: Phone) => {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.locator(".status-strip").waitFor();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await context.setOffline(true);
};

/** Ana (English) starts a household for Maya; Sam (Spanish) joins it from his own phone. */
export const anaAndSam = async (app: TestApp): Promise<{ ana: Phone; sam: Phone }> => {
  const ana = await newPhone(app);
  const sam = await newPhone(app, "es-ES", { language: "es" });
  await signUp(ana.page, "Ana", { baby: "Maya" });
  const code = await inviteCode(ana.page);
  await signUp(sam.page, "Sam");
  await join(sam.page, code);
  return { ana, sam };
};
