/**
 * Every operation in /api/openapi.json, fed what an attacker or a broken client sends: wrong types,
 * missing and extra fields, huge and deeply nested values, NUL, lone surrogates, right-to-left
 * marks, extreme numbers and dates, in the body, the path and the query. On SQLite and PostgreSQL:
 * never a 5xx, every refusal in the one error shape, and a refusal writes nothing.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeDialects } from "../testing/databases.ts";
import { type Agent, type Harness, startHarness } from "../testing/harness.ts";
import { minutesBefore, testDevice } from "../testing/records.ts";
import { buildWorld, sampleBodies } from "../testing/world.ts";

const runsPerOperation = 80;

const nastyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\ud800",
    "x\udc00y",
    "\u202eevil\u202c",
    "\u200f\u200e",
    "x".repeat(70_000),
    "0",
    "-1",
    "1e309",
    "null",
    "__proto__",
    "constructor",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "2026-02-30T25:61:00Z",
    "+275760-09-13T00:00:00.000Z",
    "-271821-04-20T00:00:00.000Z",
    "0000-01-01",
    "9999-12-31T23:59:59.999Z",
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
  ),
);
const nastyNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom(0, -0, -1, 1e308, -1e308, 2 ** 53 + 2, 8.64e15 + 1, 0.1, 1e-320),
);
const { value: nastyValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    nastyText,
    nastyNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(nastyText, tie("value"), { maxKeys: 4 }),
  ),
}));

let deep: unknown = 1;
for (let i = 0; i < 2000; i++) deep = [deep];

/**
 * The sample with each value kept or spoiled in place: text with a NUL, a lone surrogate or a
 * right-to-left mark added, emptied or made huge; numbers made extreme; any value swapped for
 * something else entirely.
 */
const spoiled = (value: unknown): fc.Arbitrary<unknown> => {
  const other = { weight: 1, arbitrary: nastyValue };
  if (typeof value === "string")
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant(value) },
      {
        weight: 3,
        arbitrary: fc
          .constantFrom("\u0000", "\ud800", "\udfff", "\u202e", "\u0000\u0000", "'; DROP TABLE users; --")
          .chain((bad) => fc.constantFrom(`${value}${bad}`, `${bad}${value}`, bad)),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom("", "x".repeat(70_000), "9999-99-99T99:99:99Z", "+275760-09-13T00:00:00Z"),
      },
      other,
    );
  if (typeof value === "number")
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant(value) },
      { weight: 2, arbitrary: nastyNumber },
      other,
    );
  if (Array.isArray(value)) return fc.oneof({ weight: 4, arbitrary: fc.tuple(...value.map(spoiled)) }, other);
  if (value && typeof value === "object")
    return fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, spoiled(v)]))),
      },
      other,
    );
  return fc.oneof({ weight: 3, arbitrary: fc.constant(value) }, other);
};

/** A body: the route's own sample spoiled in place, with fields dropped, changed and added, or anything at all. */
const bodyFor = (sample: Record<string, unknown> | undefined) =>
  fc.oneof(
    fc.constant(deep),
    nastyValue,
    ...(sample ? [spoiled(sample), spoiled(sample)] : []),
    sample
      ? fc
          .record({
            changes: fc.array(
              fc.tuple(fc.constantFrom(...Object.keys(sample)), fc.option(nastyValue, { nil: undefined })),
              { maxLength: 3 },
            ),
            extra: fc.dictionary(nastyText, nastyValue, { maxKeys: 2 }),
          })
          .map(({ changes, extra }) => {
            const body: Record<string, unknown> = { ...sample, ...extra };
            for (const [k, v] of changes) {
              if (v === undefined) delete body[k];
              else body[k] = v;
            }
            return body;
          })
      : fc.constant(undefined),
  );

const pathValue = (valid: string) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(valid) }, { weight: 1, arbitrary: nastyText });

/** What the database holds that a refused request must not change (password bookkeeping aside). */
const digest = async (h: Harness): Promise<string> => {
  const db = h.running.services.db;
  const parts: unknown[] = [];
  for (const table of ["users", "households", "memberships", "babies", "invites", "api_tokens"] as const)
    parts.push(await db.selectFrom(table).selectAll().execute());
  for (const table of ["sessions", "messages", "records", "password_resets"] as const)
    parts.push(
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirst(),
    );
  const sorted = parts.map((rows) =>
    Array.isArray(rows) ? rows.map((r) => JSON.stringify(r)).sort() : JSON.stringify(rows),
  );
  return JSON.stringify(sorted);
};

interface Operation {
  readonly method: string;
  readonly url: string;
  readonly hasBody: boolean;
  readonly query: string[];
}

for (const dialect of storeDialects()) {
  describe.skipIf("skip" in dialect && dialect.skip)(`fuzzing every operation on ${dialect.name}`, () => {
    let h: Harness;
    let operations: Operation[];
    let samples: Record<string, unknown>;
    beforeAll(async () => {
      h = await startHarness(await dialect.open());
      const world = await buildWorld(h);
      samples = sampleBodies(world, h.clock.now);
      const doc = (await h.call(null, "GET", "/api/openapi.json")).json();
      operations = Object.entries(
        doc.paths as Record<
          string,
          Record<string, { parameters?: { in: string; name: string }[]; requestBody?: unknown }>
        >,
      ).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({
          method: method.toUpperCase(),
          url: path.replace(/\{(\w+)\}/g, ":$1"),
          hasBody: !!op.requestBody,
          query: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
        })),
      );
    }, 60_000);
    afterAll(() => h?.close());

    it("finds the operations in the OpenAPI document", () => {
      expect(operations.length).toBeGreaterThan(25);
    });

    it("answers every operation with a 4xx in the error shape or a success, never a 5xx, and a refusal writes nothing", async () => {
      const failures: string[] = [];
      for (const op of operations.filter((o) => !o.url.endsWith("/live"))) {
        // Each operation gets its own account and household, so a delete that succeeds spoils nothing else.
        const agent: Agent = await h.signup("Fuzz");
        const { householdId, babyId } = await h.household(agent);
        const record = testDevice(() => h.clock.now).create("diaper", {
          babyId,
          time: minutesBefore(h.clock.now, 5),
          contents: "wet",
        });
        await h.call(agent, "POST", `/api/households/${householdId}/sync/push`, {
          messages: record.messages,
        });
        const invite = (await h.call(agent, "POST", `/api/households/${householdId}/invites`, {})).json();
        const token = (await h.call(agent, "POST", "/api/tokens", { name: "fuzz" })).json();
        const valid: Record<string, string> = {
          householdId,
          babyId,
          recordId: record.id,
          inviteId: invite.id,
          userId: agent.userId,
          tokenId: token.id,
        };
        const names = [...op.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
        const sample = samples[`${op.method} ${op.url}`] as Record<string, unknown> | undefined;
        await fc.assert(
          fc.asyncProperty(
            fc.tuple(...names.map((n) => pathValue(valid[n] ?? "x"))),
            op.hasBody ? bodyFor(sample) : fc.constant(undefined),
            fc.dictionary(fc.constantFrom(...op.query, "extra"), nastyText, { maxKeys: 3 }),
            async (pathValues, body, query) => {
              let i = 0;
              const path = op.url.replace(/:(\w+)/g, () => encodeURIComponent(String(pathValues[i++])));
              const search = new URLSearchParams(query as Record<string, string>).toString();
              const before = await digest(h);
              const res = await h.app.inject({
                method: op.method as "GET",
                url: search ? `${path}?${search}` : path,
                headers: {
                  cookie: `attune_session=${agent.cookie}`,
                  "x-csrf-token": agent.csrf,
                  ...(body !== undefined ? { "content-type": "application/json" } : {}),
                },
                ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
              });
              const label = `${op.method} ${path.slice(0, 80)} → ${res.statusCode}`;
              if (res.statusCode >= 500) {
                failures.push(`${label}: ${res.body.slice(0, 200)}`);
                return;
              }
              if (res.statusCode >= 400) {
                let error: { code?: unknown; message?: unknown } | undefined;
                try {
                  error = res.json().error;
                } catch {}
                if (
                  typeof error?.code !== "string" ||
                  typeof error?.message !== "string" ||
                  !("details" in (error ?? {}))
                )
                  failures.push(`${label}: not the error shape: ${res.body.slice(0, 120)}`);
                if ((await digest(h)) !== before) failures.push(`${label}: a refusal changed the database`);
              }
            },
          ),
          { numRuns: runsPerOperation, seed: 20261130 },
        );
      }
      expect(failures).toEqual([]);
    }, 300_000);
  });
}
