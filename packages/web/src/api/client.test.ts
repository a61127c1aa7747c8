/**
 * The client is typed by the server's route table: a wrong endpoint, a missing param or a body the
 * route does not take is a type error (checked by `npm run typecheck`, part of `npm test`), and an
 * answer has the route's own shape.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { type CallArgs, call, pathOf, type ResponseOf } from "./client.ts";

describe("the API client", () => {
  it("is typed by the server's routes", () => {
    const typed = () => {
      void call("POST /api/households/:householdId/babies", {
        params: { householdId: "h" },
        body: { name: "Maya", birthDate: "2026-10-01", timeZone: "Europe/Madrid" },
      });
      void call("POST /api/households/:householdId/babies", {
        params: { householdId: "h" },
        // @ts-expect-error a sex the server does not take
        body: { name: "Maya", birthDate: "2026-10-01", timeZone: "Europe/Madrid", sex: "other" },
      });
      // @ts-expect-error the household to add a baby to is missing
      void call("POST /api/households/:householdId/babies", {
        body: { name: "Maya", birthDate: "2026-10-01", timeZone: "Europe/Madrid" },
      });
      // @ts-expect-error no such route
      void call("POST /api/babies");
      void call("GET /api/session");
    };
    expect(typed).toBeTypeOf("function");
    expectTypeOf<ResponseOf<"GET /api/session">["user"]["locale"]>().toEqualTypeOf<"en" | "es">();
    expectTypeOf<ResponseOf<"GET /api/households/:householdId">["babies"][number]["sex"]>().toEqualTypeOf<
      "female" | "male" | null
    >();
    expectTypeOf<CallArgs<"POST /api/invites/accept">["body"]>().toEqualTypeOf<{ code: string }>();
  });

  it("fills an endpoint's params and query into its path", () => {
    expect(
      pathOf("/api/households/:householdId/sync/pull", { householdId: "a b" }, { since: 4, limit: 10 }),
    ).toBe("/api/households/a%20b/sync/pull?since=4&limit=10");
    expect(pathOf("/api/session")).toBe("/api/session");
    expect(pathOf("/api/invites/preview", undefined, { code: "AB&C" })).toBe(
      "/api/invites/preview?code=AB%26C",
    );
  });
});
