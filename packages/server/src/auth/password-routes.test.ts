/**
 * Changing a password, logging out everywhere, and getting back in by a reset link: mailed through
 * a real SMTP server running in the test, good once and for an hour, and saying nothing about
 * whether an address has an account.
 */
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpMailer } from "../mail/mailer.ts";
import { tempSqlite } from "../testing/databases.ts";
import { type Harness, startHarness } from "../testing/harness.ts";
import { sessionCookie } from "./principal.ts";

const loginStatus = async (h: Harness, email: string, password: string) =>
  (await h.call(null, "POST", "/api/auth/login", { email, password })).statusCode;

describe("changing a password and logging out everywhere", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(tempSqlite());
  });
  afterAll(() => h?.close());

  it("asks for the old password, refuses a weak new one, and ends every other session", async () => {
    const ana = await h.signup("Ana");
    const login = await h.call(null, "POST", "/api/auth/login", {
      email: ana.email,
      password: "correct horse battery",
    });
    const other = {
      ...ana,
      cookie: login.cookies.find((c) => c.name === sessionCookie)!.value,
      csrf: login.json().csrfToken,
    };
    const url = "/api/account/password";
    const wrong = await h.call(ana, "POST", url, {
      current: "not my password",
      next: "a brand new passphrase",
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe("wrong_password");
    for (const [next, reason] of [
      ["password123", "guessable"],
      [ana.email, "personal"],
      ["qwertyuiop", "guessable"],
    ] as const) {
      const weak = await h.call(ana, "POST", url, { current: "correct horse battery", next });
      expect(weak.statusCode, next).toBe(400);
      expect(weak.json().error).toMatchObject({
        code: "weak_password",
        details: [{ path: "next", code: reason }],
      });
    }
    const changed = await h.call(ana, "POST", url, {
      current: "correct horse battery",
      next: "a brand new passphrase",
    });
    expect(changed.statusCode).toBe(200);
    expect((await h.call(other, "GET", "/api/session")).statusCode).toBe(401);
    expect((await h.call(ana, "GET", "/api/session")).statusCode).toBe(200);
    expect(await loginStatus(h, ana.email, "correct horse battery")).toBe(401);
    expect(await loginStatus(h, ana.email, "a brand new passphrase")).toBe(200);
  });

  it("logs out every session of the account at once", async () => {
    const sam = await h.signup("Sam");
    const login = await h.call(null, "POST", "/api/auth/login", {
      email: sam.email,
      password: "correct horse battery",
    });
    const other = {
      ...sam,
      cookie: login.cookies.find((c) => c.name === sessionCookie)!.value,
      csrf: login.json().csrfToken,
    };
    expect((await h.call(sam, "POST", "/api/auth/logout-everywhere")).statusCode).toBe(200);
    expect((await h.call(sam, "GET", "/api/session")).statusCode).toBe(401);
    expect((await h.call(other, "GET", "/api/session")).statusCode).toBe(401);
  });

  it("refuses a sign-up with a common or personal password", async () => {
    const res = await h.call(null, "POST", "/api/auth/signup", {
      email: "lucia@example.com",
      password: "lucia@example.com",
      name: "Lucía",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ path: "password", code: "personal" });
  });
});

describe("a forgotten password", () => {
  let h: Harness;
  let smtp: SMTPServer;
  const inbox: { to: string; subject: string; text: string }[] = [];
  let arrived: (() => void) | undefined;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, done) {
        void simpleParser(stream).then((mail) => {
          inbox.push({
            to: String(mail.to && "text" in mail.to ? mail.to.text : ""),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
          });
          arrived?.();
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as { port: number }).port;
    h = await startHarness(
      tempSqlite(),
      { publicUrl: "https://attune.example" },
      smtpMailer(`smtp://127.0.0.1:${port}`, "Attune <attune@example.com>"),
    );
  });
  afterAll(async () => {
    await h?.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  const nextMail = () =>
    new Promise<(typeof inbox)[number]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no mail within 5 s")), 5000);
      arrived = () => {
        clearTimeout(timer);
        resolve(inbox.at(-1)!);
      };
    });
  const tokenIn = (text: string) => /reset\?token=([\w-]+)/.exec(text)?.[1];

  it("mails a link that sets a new password once, within the hour, and logs in", async () => {
    const ana = await h.signup("Ana");
    await h.call(ana, "PATCH", "/api/account", { locale: "es" });
    const mail = nextMail();
    const asked = await h.call(null, "POST", "/api/auth/password-reset", { email: ana.email });
    expect(asked.json()).toEqual({ ok: true, mail: true });
    const received = await mail;
    expect(received.to).toContain(ana.email);
    expect(received.subject).toContain("contraseña");
    expect(received.text).toContain("https://attune.example/reset?token=");
    const token = tokenIn(received.text)!;
    const confirm = "/api/auth/password-reset/confirm";
    const weak = await h.call(null, "POST", confirm, { token, password: "1234567890" });
    expect(weak.json().error.code).toBe("weak_password");
    const done = await h.call(null, "POST", confirm, { token, password: "sunflower river morning" });
    expect(done.statusCode).toBe(200);
    expect(done.json().user.email).toBe(ana.email);
    expect((await h.call(ana, "GET", "/api/session")).statusCode).toBe(401);
    expect(await loginStatus(h, ana.email, "sunflower river morning")).toBe(200);
    const again = await h.call(null, "POST", confirm, { token, password: "another fine passphrase" });
    expect(again.json().error.code).toBe("invalid_reset");

    const late = nextMail();
    await h.call(null, "POST", "/api/auth/password-reset", { email: ana.email });
    const lateToken = tokenIn((await late).text)!;
    h.clock.now += 61 * 60 * 1000;
    const expired = await h.call(null, "POST", confirm, {
      token: lateToken,
      password: "another fine passphrase",
    });
    expect(expired.statusCode).toBe(404);
  });

  it("answers the same for an address with no account, and sends nothing", async () => {
    const before = inbox.length;
    const res = await h.call(null, "POST", "/api/auth/password-reset", { email: "nobody-here@example.com" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, mail: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(inbox.length).toBe(before);
  });
});

describe("a server that cannot send mail", () => {
  it("says so, for every address alike, so the person asks the host for a link", async () => {
    const h = await startHarness(tempSqlite());
    const ana = await h.signup("Ana");
    for (const email of [ana.email, "nobody@example.com"])
      expect((await h.call(null, "POST", "/api/auth/password-reset", { email })).json()).toEqual({
        ok: true,
        mail: false,
      });
    await h.close();
  });
});
