/**
 * An account a family can live with, in a real browser: back in after a forgotten password, a
 * changed password and "log out everywhere" reaching the other phone, leaving a household after
 * being asked, an invite that says whose household it is and until when, a helper told when its
 * access ends, a removed member's phone let go at once, and a deleted account gone from the phone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createResetLink } from "../packages/server/src/auth/password-resets.ts";
import { anaAndSam, inviteCode, newPhone, signUp, startApp, type TestApp } from "./app.ts";
import { browserAvailable } from "./browser.ts";

const userIdOf = async (app: TestApp, email: string) =>
  (
    await app.harness.running.services.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", email)
      .executeTakeFirstOrThrow()
  ).id;

describe.skipIf(!browserAvailable())("the account", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());

  it("gets back in with a reset link from the host when the server sends no mail", async () => {
    const { page, context } = await newPhone(app);
    const email = await signUp(page, "Rosa");
    await page
      .locator("a[href='/settings']")
      .waitFor({ state: "detached" })
      .catch(() => {});
    await context.clearCookies();
    await page.goto(`${app.base}/`);
    await page.locator("a[href='/forgot']").click();
    // The screen loads on first use: wait for it before typing into it.
    await page.locator("h2", { hasText: "Get back into your account" }).waitFor();
    await page.locator("input[type='email']").fill(email);
    await page.locator("button[type='submit']").click();
    const said = await page.locator("[data-testid=reset-sent]").textContent();
    expect(said).toContain("can't send e-mail");
    const link = await createResetLink(app.harness.running.services, await userIdOf(app, email));
    await page.goto(link.replace(/^https?:\/\/[^/]+/, app.base));
    await page.locator("h2", { hasText: "Choose a new password" }).waitFor();
    await page.locator("input[type='password']").fill("password123");
    await page.locator("button[type='submit']").click();
    expect(await page.locator(".field .error").textContent()).toContain("easy to guess");
    await page.locator("input[type='password']").fill("blue kettle singing softly");
    await page.locator("button[type='submit']").click();
    await page.locator(".welcome").waitFor();
    await context.close();
  });

  it("changes the password, logs out everywhere, and the other phone is let go", async () => {
    const { ana, sam } = await anaAndSam(app);
    await ana.page.locator("a[href='/settings']").click();
    await ana.page.locator("button", { hasText: "Change your password" }).click();
    const form = ana.page.locator("[data-testid=change-password]");
    await form.locator("input").nth(0).fill("not my password");
    await form.locator("input").nth(1).fill("a very different passphrase");
    await form.locator("button[type='submit']").click();
    expect(await form.locator(".error").first().textContent()).toContain("isn't your current password");
    await form.locator("input").nth(0).fill("a long enough password");
    await form.locator("button[type='submit']").click();
    await ana.page.locator(".toast", { hasText: "Password changed" }).waitFor();
    // Sam logs out everywhere from his phone: his phone returns to the log-in screen.
    await sam.page.locator("a[href='/settings']").click();
    await sam.page.locator("button", { hasText: "Cerrar sesión en todos los teléfonos" }).click();
    await sam.page.locator("button", { hasText: "Cerrar sesión en todas partes" }).click();
    await sam.page.locator("a[href='/forgot']").waitFor();
    await ana.context.close();
    await sam.context.close();
  });

  it("asks before leaving, and lets a removed member's phone go at once", async () => {
    const { ana, sam } = await anaAndSam(app);
    await sam.page.locator("a[href='/settings']").click();
    await sam.page.locator("button", { hasText: /^Salir de/ }).click();
    expect(await sam.page.locator(".confirm").textContent()).toContain("Dejarás de ver sus entradas");
    await sam.page.locator(".confirm button.secondary").click();
    await sam.page.locator("a[href='/']").click();
    await sam.page.locator(".status-strip").waitFor();
    // Ana removes Sam; his phone hears it on the live socket and goes back to the welcome screen.
    await ana.page.locator("a[href='/settings']").click();
    await ana.page.locator("button", { hasText: "Remove Sam" }).click();
    await sam.page.locator(".welcome").waitFor({ timeout: 5000 });
    // The household's copy on his phone goes with it.
    await sam.page.waitForFunction(async () => {
      const dbs = await indexedDB.databases();
      return !dbs.some((d) => d.name?.startsWith("attune-") && d.name.split("-").length > 3);
    });
    await ana.context.close();
    await sam.context.close();
  });

  it("names the household, who invited and until when, and tells a helper when its access ends", async () => {
    const ana = await newPhone(app);
    await signUp(ana.page, "Ana", { baby: "Maya" });
    await ana.page.locator("a[href='/settings']").click();
    await ana.page.locator("#invite-role").selectOption("helper");
    await ana.page.locator("#invite-access").selectOption("week");
    await ana.page.locator(".card button.secondary", { hasText: "Create invite" }).click();
    const link = await ana.page.locator("[data-testid=invite] input").inputValue();
    expect(await ana.page.locator("[data-testid=invite]").textContent()).toMatch(
      /until \w{3} \d{1,2} \w{3}, \d\d:\d\d/,
    );
    const sitter = await newPhone(app);
    await sitter.page.goto(link.replace(/^https?:\/\/[^/]+/, app.base));
    const preview = sitter.page.locator("[data-testid=invite-preview]");
    await preview.waitFor();
    expect(await preview.textContent()).toContain("Ana invited you to join Maya's family as helper");
    expect(await preview.textContent()).toMatch(/Your access will last until \w{3} \d{1,2} \w{3}, \d\d:\d\d/);
    await sitter.page.locator("a.button[href='/signup']").click();
    await sitter.page.locator("input[autocomplete='name']").fill("Lola");
    await sitter.page.locator("input[type='email']").fill(`lola-${Date.now()}@example.com`);
    await sitter.page.locator("input[type='password']").fill("a long enough password");
    await sitter.page.locator("button[type='submit']").click();
    await sitter.page.locator("form.join [data-testid=invite-preview]").waitFor();
    await sitter.page.locator("form.join button[type='submit']").click();
    const note = sitter.page.locator("[data-testid=helper-access]");
    await note.waitFor();
    expect(await note.textContent()).toMatch(/last 3 days\. Your access ends \w{3} \d{1,2} \w{3}, \d\d:\d\d/);
    // The owner lets Lola stay until removed; her phone says so once it loads the household again.
    await ana.page.locator("a[href='/']").click();
    await ana.page.locator("a[href='/settings']").click();
    await ana.page.getByLabel("How long Lola can help").selectOption("untilRemoved");
    await ana.page.locator(".members", { hasText: "Helper until removed" }).waitFor();
    await sitter.page.reload();
    await sitter.page
      .locator("[data-testid=helper-access]", { hasText: "until someone in the family removes it" })
      .waitFor();
    await ana.context.close();
    await sitter.context.close();
  });

  it("deletes the account after saying what goes, and leaves nothing of it on the phone", async () => {
    const { page, context } = await newPhone(app, "es-ES", { language: "es" });
    await signUp(page, "Lucia", { baby: "Leo" });
    await inviteCode(page);
    await page.locator("a[href='/settings']").click();
    await page.locator("button", { hasText: "Borrar tu cuenta" }).click();
    const form = page.locator("[data-testid=delete-account]");
    expect(await form.textContent()).toContain("cualquier hogar en el que solo estés tú");
    await form.locator("input[type='password']").fill("contraseña equivocada");
    await form.locator("button[type='submit']").click();
    expect(await form.locator(".error").first().textContent()).toContain("Esa no es tu contraseña actual");
    await form.locator("input[type='password']").fill("a long enough password");
    await form.locator("button[type='submit']").click();
    await page.locator("a[href='/forgot']").waitFor();
    const left = await page.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.startsWith("attune-")),
    );
    expect(left).toEqual([]);
    await context.close();
  });
});
