/** The addresses the Patterns and You screens had before they took those names still lead there. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPhone, signUp, startApp, type TestApp } from "./app.ts";
import { browserAvailable } from "./browser.ts";

describe.skipIf(!browserAvailable())("old addresses", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  }, 60_000);
  afterAll(() => app?.close());

  it("lead to Patterns, You, the self-checks and getting help", async () => {
    const { page, context } = await newPhone(app);
    await signUp(page, "Ana", { baby: "Maya" });
    for (const [old, now] of [
      ["/insights", "/patterns"],
      ["/care", "/you"],
      ["/care/screens", "/you/self-checks"],
      ["/care/help", "/you/help"],
      ["/care/rota", "/you/rota"],
    ] as const) {
      await page.goto(`${app.base}${old}`);
      await page.waitForURL((url) => url.pathname === now);
      expect(new URL(page.url()).pathname).toBe(now);
    }
    await context.close();
  });
});
