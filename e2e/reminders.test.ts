/**
 * Reminders on the phone in Chromium: a push delivered to the service worker (DevTools protocol,
 * as a push service would) shows a notification with its title, action and screen; "done" with the
 * same tag takes its place; the screen it names opens the right panel; the reminder settings save.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPhone, signUp, startApp, type TestApp } from "./app.ts";
import { browserAvailable } from "./browser.ts";

describe.skipIf(!browserAvailable())("reminders on the phone", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  }, 60_000);
  afterAll(() => app?.close());

  it("shows a pushed reminder, replaces it with 'done', and opens the feed panel from its address", async () => {
    const { page, context } = await newPhone(app);
    await context.grantPermissions(["notifications"], { origin: app.base });
    await signUp(page, "Ana", { baby: "Maya" });
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const registrations = new Map<string, string>();
    cdp.on(
      "ServiceWorker.workerRegistrationUpdated",
      (e: { registrations: { registrationId: string; scopeURL: string }[] }) => {
        for (const r of e.registrations) registrations.set(r.scopeURL, r.registrationId);
      },
    );
    await cdp.send("ServiceWorker.enable");
    for (let i = 0; i < 50 && !registrations.get(`${app.base}/`); i++) await page.waitForTimeout(100);
    const registrationId = registrations.get(`${app.base}/`)!;
    expect(registrationId).toBeTruthy();
    const deliver = (payload: unknown) =>
      cdp.send("ServiceWorker.deliverPushMessage", {
        origin: app.base,
        registrationId,
        data: JSON.stringify(payload),
      });
    const shown = () =>
      page.evaluate(async () =>
        (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
          title: n.title,
          body: n.body,
          tag: n.tag,
          actions: (n as Notification & { actions?: { action: string; title: string }[] }).actions,
          url: (n.data as { url?: string } | null)?.url,
        })),
      );
    const waitFor = async (title: string) => {
      for (let i = 0; i < 50; i++) {
        const list = await shown();
        if (list.some((n) => n.title === title)) return list;
        await page.waitForTimeout(100);
      }
      throw new Error(`no notification "${title}": ${JSON.stringify(await shown())}`);
    };

    await deliver({
      title: "Maya's last feed was at 13:00",
      body: "If Maya has fed since, log it and this goes away.",
      tag: "feed:maya",
      url: "/?log=feed",
      actions: [{ action: "log", title: "Log a feed" }],
    });
    const first = await waitFor("Maya's last feed was at 13:00");
    expect(first).toEqual([
      expect.objectContaining({
        tag: "feed:maya",
        url: "/?log=feed",
        actions: [expect.objectContaining({ action: "log", title: "Log a feed" })],
      }),
    ]);
    await deliver({
      title: "Done — Sam logged a feed at 16:10",
      body: "Nothing to do.",
      tag: "feed:maya",
      url: "/",
      actions: [],
    });
    const after = await waitFor("Done — Sam logged a feed at 16:10");
    expect(after.map((n) => n.title)).toEqual(["Done — Sam logged a feed at 16:10"]);

    // The screen a tap opens: the feed panel, ready to log.
    await page.goto(`${app.base}/?log=feed`);
    await page.locator("dialog.sheet[open]").waitFor();
    expect(page.url()).toBe(`${app.base}/`);
    await context.close();
  }, 60_000);

  it("saves this caregiver's reminder choices and quiet hours, and refuses half of them", async () => {
    const { page, context } = await newPhone(app, "es-ES", { language: "es" });
    await signUp(page, "Sam", { baby: "Leo" });
    await page.locator("a[href='/settings']").click();
    const card = page.locator(".reminders");
    await card.getByLabel("Horas sin cambio de pañal antes de un recordatorio").fill("5");
    await card.locator(".check-line", { hasText: "pañal" }).locator("input[type=checkbox]").check();
    await card.getByLabel("Desde").fill("22:00");
    await card.getByRole("button", { name: "Guardar recordatorios" }).click();
    await card.getByText("Indica el principio y el final").waitFor();
    await card.getByLabel("Hasta").fill("06:30");
    await card.getByRole("button", { name: "Guardar recordatorios" }).click();
    await page.getByText("Recordatorios guardados.").waitFor();
    await page.reload();
    await page.locator(".reminders").waitFor();
    expect(await page.locator(".reminders").getByLabel("Hasta").inputValue()).toBe("06:30");
    expect(
      await page
        .locator(".reminders .check-line", { hasText: "pañal" })
        .locator("input[type=checkbox]")
        .isChecked(),
    ).toBe(true);
    await context.close();
  }, 60_000);
});
