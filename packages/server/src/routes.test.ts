/**
 * Route by route, over the whole API: isolation between households, what a helper and an expired
 * helper get, a revoked session, and bad input of every kind. Tables of routes come from the same
 * list the app registers, so a new route is covered (or the test asks for its sample body).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRoutes } from "./routes.ts";
import { storeDialects } from "./testing/databases.ts";
import { type Harness, startHarness } from "./testing/harness.ts";
import { allTableCounts, buildWorld, fillUrl, sampleBodies, type World } from "./testing/world.ts";

const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const householdRoutes = apiRoutes.filter((r) => r.url.includes(":householdId"));
const authRoutes = apiRoutes.filter((r) => r.auth);
const bodyRoutes = apiRoutes.filter((r) => r.body);

const expectErrorShape = (res: { statusCode: number; json: () => unknown }) => {
  expect(res.statusCode).toBeGreaterThanOrEqual(400);
  expect(res.statusCode).toBeLessThan(500);
  expect(res.json()).toMatchObject({
    error: { code: expect.any(String), message: expect.any(String) },
  });
};

for (const dialect of storeDialects()) {
  describe.skipIf("skip" in dialect && dialect.skip)(`routes on ${dialect.name}`, () => {
    let h: Harness;
    let w: World;
    beforeAll(async () => {
      h = await startHarness(await dialect.open());
      w = await buildWorld(h);
    });
    afterAll(() => h?.close());

    const bIds = () => ({
      householdId: w.b.householdId,
      babyId: w.b.babyId,
      recordId: w.b.recordId,
      inviteId: w.b.inviteId,
      userId: w.b.owner.userId,
      tokenId: w.b.tokenId,
      linkId: w.b.linkId,
    });

    it("every route that takes a body has a sample body in the test table", () => {
      const samples = sampleBodies(w, h.clock.now);
      expect(bodyRoutes.map(key).filter((k) => !(k in samples))).toEqual([]);
    });

    it("a member of household A gets 404 for anything of household B, and B is untouched", async () => {
      const samples = sampleBodies(w, h.clock.now);
      const before = await allTableCounts(h);
      const answers: Record<string, number> = {};
      for (const route of householdRoutes) {
        const res = await h.call(w.a.owner, route.method, fillUrl(route.url, bIds()), samples[key(route)]);
        answers[key(route)] = res.statusCode;
        if (res.statusCode === 404) expectErrorShape(res);
      }
      const live = await h.call(w.a.owner, "GET", `/api/households/${w.b.householdId}/live`);
      answers.live = live.statusCode;
      expect(Object.entries(answers).filter(([, status]) => status !== 404)).toEqual([]);
      expect(await allTableCounts(h)).toEqual(before);
    });

    it("another account's token and B's records by id stay out of reach", async () => {
      const token = await h.call(w.a.owner, "DELETE", `/api/tokens/${w.b.tokenId}`);
      expect(token.statusCode).toBe(404);
      const viaA = await h.call(
        w.a.owner,
        "GET",
        `/api/households/${w.a.householdId}/records/${w.b.recordId}`,
      );
      expect(viaA.statusCode).toBe(404);
      const patch = await h.call(
        w.a.owner,
        "PATCH",
        `/api/households/${w.a.householdId}/records/${w.b.recordId}`,
        {
          fields: { place: "cot" },
        },
      );
      expect(patch.statusCode).toBe(404);
    });

    it("a helper never sees private records or days outside its window", async () => {
      const { a } = w;
      const pull = await h.call(a.helper, "GET", `/api/households/${a.householdId}/sync/pull`);
      const pulled = pull.json().records.map((r: { id: string }) => r.id);
      expect(pulled).toContain(a.recordId);
      expect(pulled).not.toContain(a.oldRecordId);
      expect(pulled).not.toContain(a.privateId);
      const list = await h.call(a.helper, "GET", `/api/households/${a.householdId}/records`);
      const listed = list.json().records.map((r: { id: string }) => r.id);
      expect(listed).toContain(a.recordId);
      expect(listed).not.toContain(a.oldRecordId);
      expect(listed).not.toContain(a.privateId);
      for (const id of [a.oldRecordId, a.privateId]) {
        const one = await h.call(a.helper, "GET", `/api/households/${a.householdId}/records/${id}`);
        expect(one.statusCode).toBe(404);
      }
      const exported = await h.call(a.helper, "GET", "/api/export");
      const text = exported.body;
      expect(text).toContain(a.recordId);
      expect(text).not.toContain(a.oldRecordId);
      expect(text).not.toContain(a.privateId);
      expect(text).not.toContain("I am so tired");
      // The owner does not see the caregiver's private note either; its author does.
      const ownerPull = await h.call(a.owner, "GET", `/api/households/${a.householdId}/sync/pull`);
      expect(ownerPull.body).not.toContain(a.privateId);
      const authorPull = await h.call(a.caregiver, "GET", `/api/households/${a.householdId}/sync/pull`);
      expect(authorPull.body).toContain(a.privateId);
    });

    it("a helper whose access has ended gets 401 on every household route", async () => {
      const samples = sampleBodies(w, h.clock.now);
      const saved = h.clock.now;
      h.clock.now += 3 * 24 * 3600 * 1000;
      try {
        const answers: Record<string, number> = {};
        for (const route of householdRoutes) {
          const res = await h.call(
            w.a.helper,
            route.method,
            fillUrl(route.url, { ...bIds(), householdId: w.a.householdId }),
            samples[key(route)],
          );
          answers[key(route)] = res.statusCode;
        }
        expect(Object.entries(answers).filter(([, status]) => status !== 401)).toEqual([]);
        const session = await h.call(w.a.helper, "GET", "/api/session");
        expect(session.json().households).toEqual([]);
      } finally {
        h.clock.now = saved;
      }
    });

    it("a revoked session gets 401 on every route that needs one", async () => {
      const gone = await h.signup("Leaving");
      const out = await h.call(gone, "POST", "/api/auth/logout");
      expect(out.statusCode).toBe(200);
      const samples = sampleBodies(w, h.clock.now);
      const answers: Record<string, number> = {};
      for (const route of authRoutes) {
        const res = await h.call(gone, route.method, fillUrl(route.url, bIds()), samples[key(route)]);
        answers[key(route)] = res.statusCode;
      }
      expect(Object.entries(answers).filter(([, status]) => status !== 401)).toEqual([]);
    });

    it("a revoked API token gets 401", async () => {
      const created = await h.call(w.a.owner, "POST", "/api/tokens", { name: "to revoke" });
      const { id, token } = created.json();
      const bearer = { authorization: `Bearer ${token}` };
      expect((await h.call(null, "GET", "/api/session", undefined, bearer)).statusCode).toBe(200);
      expect((await h.call(w.a.owner, "DELETE", `/api/tokens/${id}`)).statusCode).toBe(200);
      expect((await h.call(null, "GET", "/api/session", undefined, bearer)).statusCode).toBe(401);
    });

    it("every route rejects malformed bodies and wrong types with a 4xx JSON error and writes nothing", async () => {
      const ids = {
        ...bIds(),
        householdId: w.a.householdId,
        babyId: w.a.babyId,
        recordId: w.a.recordId,
        userId: w.a.caregiver.userId,
        inviteId: w.b.inviteId,
      };
      const before = await allTableCounts(h);
      const bad: [string, unknown][] = [
        ["invalid JSON", "{not json"],
        ["an array", []],
        ["a string", '"hello"'],
        [
          "wrong types",
          {
            name: 42,
            email: true,
            password: [],
            role: "queen",
            code: {},
            messages: "x",
            kind: 7,
            fields: [],
          },
        ],
        [
          "unknown kind",
          {
            kind: "dragon",
            fields: {},
            messages: [
              { recordId: w.a.recordId, kind: "dragon", scope: "household", field: "x", value: 1, hlc: "x" },
            ],
          },
        ],
      ];
      const failures: string[] = [];
      for (const route of bodyRoutes) {
        for (const [label, body] of bad) {
          const res = await h.call(w.a.owner, route.method, fillUrl(route.url, ids), body);
          const json = (() => {
            try {
              return res.json();
            } catch {
              return undefined;
            }
          })();
          if (res.statusCode < 400 || res.statusCode >= 500 || !json?.error?.code || !json?.error?.message) {
            failures.push(`${key(route)} with ${label}: ${res.statusCode} ${res.body.slice(0, 120)}`);
          }
        }
      }
      expect(failures).toEqual([]);
      expect(await allTableCounts(h)).toEqual(before);
    });

    it("refuses deep nesting, NUL and lone surrogates on every route with a 400, and writes nothing", async () => {
      const ids = { ...bIds(), householdId: w.a.householdId, babyId: w.a.babyId, recordId: w.a.recordId };
      const samples = sampleBodies(w, h.clock.now);
      const before = await allTableCounts(h);
      let deep: unknown = "bottom";
      for (let i = 0; i < 1750; i++) deep = { v: deep };
      /** The sample body with every piece of text made bad in one way. */
      const spoil = (value: unknown, bad: (s: string) => string): unknown =>
        typeof value === "string"
          ? bad(value)
          : Array.isArray(value)
            ? value.map((v) => spoil(v, bad))
            : value && typeof value === "object"
              ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, spoil(v, bad)]))
              : value;
      const failures: string[] = [];
      for (const route of bodyRoutes) {
        const sample = samples[key(route)] as Record<string, unknown>;
        const variants: [string, unknown, string][] = [
          ["deep nesting", { ...sample, [Object.keys(sample)[0]!]: deep }, "too_deep"],
          ["a NUL", spoil(sample, (s) => `${s}\u0000`), "invalid_text"],
          ["a lone surrogate", spoil(sample, (s) => `${s}\ud800`), "invalid_text"],
        ];
        for (const [label, body, code] of variants) {
          const res = await h.call(w.a.owner, route.method, fillUrl(route.url, ids), body);
          if (res.statusCode !== 400 || res.json().error?.code !== code)
            failures.push(`${key(route)} with ${label}: ${res.statusCode} ${res.body.slice(0, 100)}`);
        }
      }
      const nulInPath = await h.call(w.a.owner, "GET", `/api/households/${w.a.householdId}/records?kind=%00`);
      expect(nulInPath.statusCode).toBe(400);
      expect(failures).toEqual([]);
      expect(await allTableCounts(h)).toEqual(before);
    });

    it("refuses a body that is not JSON, an oversized batch and an oversized body", async () => {
      const url = `/api/households/${w.a.householdId}/sync/push`;
      const before = await allTableCounts(h);
      const form = await h.call(w.a.owner, "POST", url, "messages=1", {
        "content-type": "application/x-www-form-urlencoded",
      });
      expect(form.statusCode).toBe(415);
      expectErrorShape(form);
      const message = {
        recordId: w.a.recordId,
        kind: "diaper",
        scope: "household",
        field: "contents",
        value: "wet",
        hlc: "000000000000001-0000-0000000000000001",
      };
      const tooMany = await h.call(w.a.owner, "POST", url, {
        messages: Array.from({ length: 501 }, () => message),
      });
      expect(tooMany.statusCode).toBe(400);
      expectErrorShape(tooMany);
      const huge = await h.call(w.a.owner, "POST", url, {
        messages: [{ ...message, value: "x".repeat(3_000_000) }],
      });
      expect(huge.statusCode).toBe(413);
      expectErrorShape(huge);
      expect(await allTableCounts(h)).toEqual(before);
    });

    it("bad ids in the path and bad query values get a 400", async () => {
      const res = await h.call(w.a.owner, "GET", "/api/households/not-a-uuid/records");
      expect(res.statusCode).toBe(400);
      expectErrorShape(res);
      const q = await h.call(w.a.owner, "GET", `/api/households/${w.a.householdId}/sync/pull?since=-3`);
      expect(q.statusCode).toBe(400);
      const kind = await h.call(w.a.owner, "GET", `/api/households/${w.a.householdId}/records?kind=dragon`);
      expect(kind.statusCode).toBe(400);
    });

    it("a cookie write without the CSRF header is refused", async () => {
      const res = await h.call(
        w.a.owner,
        "POST",
        "/api/households",
        { name: "Sneaky" },
        { "x-csrf-token": "wrong" },
      );
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe("csrf");
    });
  });
}
