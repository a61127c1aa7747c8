/**
 * Accounts, sessions, invites, roles, export and deletion through the HTTP API, on SQLite.
 * (The store suites and the route-by-route suite also run on PostgreSQL.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookie } from "./auth/principal.ts";
import { sha256 } from "./auth/secrets.ts";
import { apiRoutes } from "./routes.ts";
import { tempSqlite } from "./testing/databases.ts";
import { type Harness, startHarness } from "./testing/harness.ts";
import { minutesBefore, testDevice } from "./testing/records.ts";

describe("accounts and sessions", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(tempSqlite());
  });
  afterAll(() => h?.close());

  it("signs up with a hashed password and an HttpOnly, SameSite session cookie stored hashed", async () => {
    const res = await h.call(null, "POST", "/api/auth/signup", {
      email: "  Rosa@Example.com ",
      password: "a long enough password",
      name: "Rosa",
      locale: "es",
    });
    expect(res.statusCode).toBe(201);
    const cookie = res.cookies.find((c) => c.name === sessionCookie)!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
    const user = await h.running.services.db
      .selectFrom("users")
      .selectAll()
      .where("email", "=", "rosa@example.com")
      .executeTakeFirstOrThrow();
    expect(user.password_hash.startsWith("$argon2id$")).toBe(true);
    const sessions = await h.running.services.db
      .selectFrom("sessions")
      .selectAll()
      .where("user_id", "=", user.id)
      .execute();
    expect(sessions.map((s) => s.token_hash)).toEqual([sha256(cookie.value)]);
    expect(res.json().user).toMatchObject({ email: "rosa@example.com", locale: "es" });
  });

  it("says what is wrong with a sign-up and refuses a taken e-mail", async () => {
    const short = await h.call(null, "POST", "/api/auth/signup", {
      email: "x@example.com",
      password: "short",
      name: "X",
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toContain("at least 10 characters");
    expect(short.json().error.details[0].path).toBe("password");
    const again = await h.call(null, "POST", "/api/auth/signup", {
      email: "rosa@example.com",
      password: "another long one",
      name: "R",
    });
    expect(again.statusCode).toBe(409);
  });

  it("logs in, and refuses a wrong password without saying which part was wrong", async () => {
    const good = await h.call(null, "POST", "/api/auth/login", {
      email: "rosa@example.com",
      password: "a long enough password",
    });
    expect(good.statusCode).toBe(200);
    expect(good.json().csrfToken).toEqual(expect.any(String));
    const bad = await h.call(null, "POST", "/api/auth/login", {
      email: "rosa@example.com",
      password: "wrong password",
    });
    const nobody = await h.call(null, "POST", "/api/auth/login", {
      email: "nobody@example.com",
      password: "wrong password",
    });
    expect(bad.statusCode).toBe(401);
    expect(nobody.json().error.message).toBe(bad.json().error.message);
  });

  it("documents every route in /api/openapi.json", async () => {
    const doc = (await h.call(null, "GET", "/api/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    for (const route of apiRoutes) {
      const path = route.url.replace(/:(\w+)/g, "{$1}");
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.url}`).toBeDefined();
    }
    expect(
      doc.paths["/api/auth/signup"].post.requestBody.content["application/json"].schema.properties.password
        .minLength,
    ).toBe(10);
  });
});

describe("rate limits", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(tempSqlite(), {
      rateLimits: {
        login: { max: 5, timeWindow: "1 minute" },
        signup: { max: 3, timeWindow: "1 hour" },
        invite: { max: 4, timeWindow: "1 minute" },
      },
    });
  });
  afterAll(() => h?.close());

  it("lets an account start only a few exports an hour", async () => {
    const limited = await startHarness(tempSqlite(), {
      rateLimits: { export: { max: 2, timeWindow: "1 hour" } },
    });
    const ana = await limited.signup("Ana");
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await limited.call(ana, "GET", "/api/export")).statusCode);
    expect(statuses).toEqual([200, 200, 429]);
    // Another account is counted on its own.
    const sam = await limited.signup("Sam");
    expect((await limited.call(sam, "GET", "/api/export")).statusCode).toBe(200);
    await limited.close();
  });

  it("slows down repeated log-ins, sign-ups and invite guesses", async () => {
    const logins = [];
    for (let i = 0; i < 7; i++)
      logins.push(
        (await h.call(null, "POST", "/api/auth/login", { email: "a@example.com", password: "x" })).statusCode,
      );
    expect(logins).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const limited = await h.call(null, "POST", "/api/auth/login", { email: "a@example.com", password: "x" });
    expect(limited.json().error.code).toBe("rate_limited");
    const signups = [];
    for (let i = 0; i < 4; i++) {
      signups.push(
        (
          await h.call(null, "POST", "/api/auth/signup", {
            email: `s${i}@example.com`,
            password: "long password here",
            name: "S",
          })
        ).statusCode,
      );
    }
    expect(signups).toEqual([201, 201, 201, 429]);
  });
});

describe("households, invites and roles", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(tempSqlite());
  });
  afterAll(() => h?.close());

  it("an invite code works once, and not after it expires", async () => {
    const owner = await h.signup("Owner");
    const { householdId } = await h.household(owner);
    const invite = await h.call(owner, "POST", `/api/households/${householdId}/invites`, {
      role: "caregiver",
      expiresInHours: 24,
    });
    expect(invite.statusCode).toBe(201);
    const { code, link } = invite.json();
    expect(link).toContain(encodeURIComponent(code));
    const first = await h.signup("First");
    const second = await h.signup("Second");
    expect(
      (await h.call(first, "POST", "/api/invites/accept", { code: code.toLowerCase().replaceAll("-", " ") }))
        .statusCode,
    ).toBe(200);
    const reused = await h.call(second, "POST", "/api/invites/accept", { code });
    expect(reused.statusCode).toBe(404);
    expect(reused.json().error.code).toBe("invalid_invite");
    const later = await h.call(owner, "POST", `/api/households/${householdId}/invites`, {
      role: "caregiver",
      expiresInHours: 1,
    });
    h.clock.now += 2 * 3600 * 1000;
    expect(
      (await h.call(second, "POST", "/api/invites/accept", { code: later.json().code })).statusCode,
    ).toBe(404);
    const household = (await h.call(owner, "GET", `/api/households/${householdId}`)).json();
    expect(household.members.map((m: { name: string; role: string }) => `${m.name}:${m.role}`)).toEqual([
      "Owner:owner",
      "First:caregiver",
    ]);
  });

  it("shows what an invite is for before joining: the household, who invited, the role and until when", async () => {
    const owner = await h.signup("Ana");
    const { householdId } = await h.household(owner, "The Garcías");
    const invite = await h.call(owner, "POST", `/api/households/${householdId}/invites`, {
      role: "helper",
      helperAccessHours: 24 * 7,
    });
    const code = invite.json().code as string;
    const preview = await h.call(null, "GET", `/api/invites/preview?code=${encodeURIComponent(code)}`);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toEqual({
      householdName: "The Garcías",
      invitedBy: "Ana",
      role: "helper",
      expiresAt: new Date(h.clock.now + 72 * 3600 * 1000).toISOString(),
      accessUntil: new Date(h.clock.now + 7 * 24 * 3600 * 1000).toISOString(),
    });
    const unknown = await h.call(null, "GET", "/api/invites/preview?code=AAAA-BBBB-CCCC");
    expect(unknown.statusCode).toBe(404);
    // A helper may also stay until someone removes them.
    const open = await h.call(owner, "POST", `/api/households/${householdId}/invites`, {
      role: "helper",
      helperAccessHours: null,
    });
    expect(open.json().accessUntil).toBeNull();
    const sitter = await h.signup("Sitter");
    await h.call(sitter, "POST", "/api/invites/accept", { code: open.json().code });
    h.clock.now += 20 * 24 * 3600 * 1000;
    const later = await h.call(sitter, "GET", `/api/households/${householdId}`);
    h.clock.now -= 20 * 24 * 3600 * 1000;
    expect(later.statusCode).toBe(200);
  });

  it("a caregiver may invite a helper but not an owner; a helper may not invite", async () => {
    const owner = await h.signup("O");
    const carer = await h.signup("C");
    const helper = await h.signup("H");
    const { householdId } = await h.household(owner);
    const c = await h.call(owner, "POST", `/api/households/${householdId}/invites`, { role: "caregiver" });
    await h.call(carer, "POST", "/api/invites/accept", { code: c.json().code });
    expect(
      (await h.call(carer, "POST", `/api/households/${householdId}/invites`, { role: "owner" })).statusCode,
    ).toBe(403);
    const hi = await h.call(carer, "POST", `/api/households/${householdId}/invites`, {
      role: "helper",
      helperAccessHours: 6,
    });
    expect(hi.statusCode).toBe(201);
    await h.call(helper, "POST", "/api/invites/accept", { code: hi.json().code });
    expect(
      (await h.call(helper, "POST", `/api/households/${householdId}/invites`, { role: "helper" })).statusCode,
    ).toBe(403);
    const members = (await h.call(owner, "GET", `/api/households/${householdId}`)).json().members;
    expect(members.find((m: { name: string }) => m.name === "H").accessUntil).toBe(
      new Date(h.clock.now + 6 * 3600 * 1000).toISOString(),
    );
  });

  it("a household keeps at least one owner", async () => {
    const owner = await h.signup("Solo");
    const other = await h.signup("Other");
    const { householdId } = await h.household(owner);
    const inv = await h.call(owner, "POST", `/api/households/${householdId}/invites`, {});
    await h.call(other, "POST", "/api/invites/accept", { code: inv.json().code });
    const demote = await h.call(owner, "PATCH", `/api/households/${householdId}/members/${owner.userId}`, {
      role: "caregiver",
    });
    expect(demote.statusCode).toBe(409);
    const leave = await h.call(owner, "DELETE", `/api/households/${householdId}/members/${owner.userId}`);
    expect(leave.statusCode).toBe(409);
    expect(
      (await h.call(other, "DELETE", `/api/households/${householdId}/members/${other.userId}`)).statusCode,
    ).toBe(200);
  });

  it("checks a baby's dates and time zone", async () => {
    const owner = await h.signup("Dates");
    const { householdId } = await h.household(owner);
    const url = `/api/households/${householdId}/babies`;
    const future = await h.call(owner, "POST", url, {
      name: "Z",
      birthDate: "2027-06-01",
      timeZone: "Europe/Madrid",
    });
    expect(future.statusCode).toBe(400);
    const zone = await h.call(owner, "POST", url, {
      name: "Z",
      birthDate: "2026-10-01",
      timeZone: "Mars/Olympus",
    });
    expect(zone.statusCode).toBe(400);
    expect(zone.json().error.message).toContain("time zone");
    const early = await h.call(owner, "POST", url, {
      name: "Z",
      birthDate: "2026-10-01",
      dueDate: "2026-11-26",
      timeZone: "America/Mexico_City",
    });
    expect(early.statusCode).toBe(201);
    expect(early.json()).toMatchObject({ dueDate: "2026-11-26", timeZone: "America/Mexico_City", sex: null });
    const badSex = await h.call(owner, "PATCH", `${url}/${early.json().id}`, { sex: "unknown" });
    expect(badSex.statusCode).toBe(400);
    expect(JSON.stringify(badSex.json().error)).toContain('Choose \\"female\\" or \\"male\\"');
    const girl = await h.call(owner, "PATCH", `${url}/${early.json().id}`, { sex: "female" });
    expect(girl.json()).toMatchObject({ sex: "female", dueDate: "2026-11-26" });
    const cleared = await h.call(owner, "PATCH", `${url}/${early.json().id}`, { sex: null });
    expect(cleared.json()).toMatchObject({ sex: null });
  });

  it("records through the API: rules, overlaps flagged not refused, delete", async () => {
    const owner = await h.signup("Rec");
    const { householdId, babyId } = await h.household(owner);
    const url = `/api/households/${householdId}/records`;
    const now = h.clock.now;
    const backwards = await h.call(owner, "POST", url, {
      kind: "sleep",
      fields: { babyId, start: minutesBefore(now, 30), end: minutesBefore(now, 60) },
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.message).toContain("end must not be before the start");
    const future = await h.call(owner, "POST", url, {
      kind: "diaper",
      fields: { babyId, time: minutesBefore(now, -60), contents: "wet" },
    });
    expect(future.statusCode).toBe(422);
    const first = await h.call(owner, "POST", url, {
      kind: "sleep",
      fields: { babyId, start: minutesBefore(now, 120), end: minutesBefore(now, 60) },
    });
    const second = await h.call(owner, "POST", url, {
      kind: "sleep",
      fields: { babyId, start: minutesBefore(now, 90), end: minutesBefore(now, 30) },
    });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    const list = (await h.call(owner, "GET", `${url}?kind=sleep`)).json().records;
    expect(list.map((r: { overlaps: boolean }) => r.overlaps)).toEqual([true, true]);
    const edited = await h.call(owner, "PATCH", `${url}/${first.json().id}`, {
      fields: { end: minutesBefore(now, 95) },
    });
    expect(edited.statusCode).toBe(200);
    const after = (await h.call(owner, "GET", `${url}?kind=sleep`)).json().records;
    expect(after.map((r: { overlaps: boolean }) => r.overlaps)).toEqual([false, false]);
    expect((await h.call(owner, "DELETE", `${url}/${second.json().id}`)).statusCode).toBe(200);
    expect((await h.call(owner, "GET", `${url}/${second.json().id}`)).statusCode).toBe(404);
  });
});

describe("export and deletion", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(tempSqlite());
  });
  afterAll(() => h?.close());

  it("exports what the account may see, and deleting the account removes what was theirs alone", async () => {
    const ana = await h.signup("Ana");
    const sam = await h.signup("Sam");
    const { householdId, babyId } = await h.household(ana);
    const inv = await h.call(ana, "POST", `/api/households/${householdId}/invites`, { role: "owner" });
    await h.call(sam, "POST", "/api/invites/accept", { code: inv.json().code });
    const device = testDevice(() => h.clock.now);
    const shared = device.create("diaper", { babyId, time: minutesBefore(h.clock.now, 5), contents: "wet" });
    const secret = device.create(
      "note",
      { time: minutesBefore(h.clock.now, 5), text: "sam's private worry" },
      "private",
    );
    await h.call(sam, "POST", `/api/households/${householdId}/sync/push`, {
      messages: [...shared.messages, ...secret.messages],
    });
    const solo = await h.household(sam, "Sam's own");

    const samExport = (await h.call(sam, "GET", "/api/export")).json();
    expect(samExport.households).toHaveLength(2);
    expect(JSON.stringify(samExport)).toContain("sam's private worry");
    const anaExport = await h.call(ana, "GET", "/api/export");
    expect(anaExport.headers["content-disposition"]).toContain("attune-export-");
    expect(anaExport.body).toContain(shared.id);
    expect(anaExport.body).not.toContain(secret.id);

    const wrong = await h.call(sam, "DELETE", "/api/account", { password: "not it" });
    expect(wrong.statusCode).toBe(403);
    const gone = await h.call(sam, "DELETE", "/api/account", { password: "correct horse battery" });
    expect(gone.statusCode).toBe(200);
    const db = h.running.services.db;
    expect(await db.selectFrom("users").select("id").where("id", "=", sam.userId).execute()).toEqual([]);
    expect(await db.selectFrom("records").select("id").where("id", "=", secret.id).execute()).toEqual([]);
    expect(
      await db.selectFrom("messages").select("record_id").where("record_id", "=", secret.id).execute(),
    ).toEqual([]);
    expect(
      await db.selectFrom("households").select("id").where("id", "=", solo.householdId).execute(),
    ).toEqual([]);
    expect(await db.selectFrom("records").select("id").where("id", "=", shared.id).execute()).toHaveLength(1);
    expect((await h.call(sam, "GET", "/api/session")).statusCode).toBe(401);
  });

  it("streams a big household's export whole, page after page", async () => {
    const big = await h.signup("Big");
    const { householdId, babyId } = await h.household(big);
    const device = testDevice(() => h.clock.now);
    const ids: string[] = [];
    for (let batch = 0; batch < 5; batch++) {
      const entries = Array.from({ length: 500 }, (_, i) =>
        device.create("diaper", {
          babyId,
          time: minutesBefore(h.clock.now, batch * 500 + i + 1),
          contents: "wet",
        }),
      );
      ids.push(...entries.map((e) => e.id));
      // 500 entries of 4 messages each, in pushes of at most 500 messages.
      for (let i = 0; i < entries.length; i += 125)
        await h.call(big, "POST", `/api/households/${householdId}/sync/push`, {
          messages: entries.slice(i, i + 125).flatMap((e) => e.messages),
        });
    }
    const res = await h.call(big, "GET", "/api/export");
    expect(res.statusCode).toBe(200);
    const exported = res.json();
    const records = exported.households[0].records.map((r: { id: string }) => r.id);
    expect(records.length).toBe(2500);
    expect(new Set(records)).toEqual(new Set(ids));
  });

  it("the last owner of a shared household must hand it on before deleting the account", async () => {
    const owner = await h.signup("Keeper");
    const carer = await h.signup("Carer");
    const { householdId } = await h.household(owner);
    const inv = await h.call(owner, "POST", `/api/households/${householdId}/invites`, { role: "caregiver" });
    await h.call(carer, "POST", "/api/invites/accept", { code: inv.json().code });
    const refused = await h.call(owner, "DELETE", "/api/account", { password: "correct horse battery" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.households).toEqual([householdId]);
  });

  it("deleting a household removes everything in it", async () => {
    const owner = await h.signup("Del");
    const { householdId, babyId } = await h.household(owner);
    const device = testDevice(() => h.clock.now);
    const entry = device.create("diaper", { babyId, time: minutesBefore(h.clock.now, 5), contents: "wet" });
    await h.call(owner, "POST", `/api/households/${householdId}/sync/push`, { messages: entry.messages });
    expect((await h.call(owner, "DELETE", `/api/households/${householdId}`)).statusCode).toBe(200);
    const db = h.running.services.db;
    for (const table of ["messages", "records", "babies", "memberships", "invites"] as const) {
      expect(
        await db.selectFrom(table).select("household_id").where("household_id", "=", householdId).execute(),
      ).toEqual([]);
    }
    expect((await h.call(owner, "GET", `/api/households/${householdId}`)).statusCode).toBe(404);
  });
});
