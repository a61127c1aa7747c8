/**
 * A real app on a real database for tests, reached through Fastify's inject (no sockets), with a
 * clock the test can move, and small helpers to act as a signed-up person.
 */
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { buildApp } from "../app.ts";
import { csrfHeader, sessionCookie } from "../auth/principal.ts";
import type { Mailer } from "../mail/mailer.ts";
import { type OptionsInput, openServices, type Running } from "../start.ts";
import type { TestDatabase } from "./databases.ts";

export interface Agent {
  readonly userId: string;
  readonly email: string;
  readonly cookie: string;
  readonly csrf: string;
}

export interface Harness {
  readonly app: FastifyInstance;
  readonly running: Running;
  clock: { now: number };
  call(
    agent: Agent | null,
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  signup(name: string): Promise<Agent>;
  household(agent: Agent, name?: string): Promise<{ householdId: string; babyId: string }>;
  close(): Promise<void>;
}

const generous = { max: 100_000, timeWindow: "1 minute" };
let counter = 0;

export const startHarness = async (
  database: TestDatabase,
  options: OptionsInput = {},
  mailer?: Mailer,
): Promise<Harness> => {
  const clock = { now: Date.parse("2026-11-28T12:00:00.000Z") };
  const running = await openServices(
    database.url,
    {
      ...options,
      rateLimits: {
        login: generous,
        signup: generous,
        invite: generous,
        reset: generous,
        export: generous,
        card: generous,
        ...options.rateLimits,
      },
    },
    () => clock.now,
    mailer,
  );
  const app = await buildApp(running.services);
  const call: Harness["call"] = (agent, method, url, body, headers = {}) =>
    app.inject({
      method: method as "GET",
      url,
      headers: {
        ...(agent ? { cookie: `${sessionCookie}=${agent.cookie}`, [csrfHeader]: agent.csrf } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === "string" ? body : JSON.stringify(body) } : {}),
    });
  const harness: Harness = {
    app,
    running,
    clock,
    call,
    async signup(name) {
      const email = `${name.toLowerCase()}-${++counter}-${process.pid}@example.com`;
      const res = await call(null, "POST", "/api/auth/signup", {
        email,
        password: "correct horse battery",
        name,
      });
      if (res.statusCode !== 201) throw new Error(`signup failed: ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === sessionCookie)!.value;
      const body = res.json();
      return { userId: body.user.id, email, cookie, csrf: body.csrfToken };
    },
    async household(agent, name = "Home") {
      const h = await call(agent, "POST", "/api/households", { name });
      if (h.statusCode !== 201) throw new Error(`household failed: ${h.body}`);
      const householdId = h.json().id;
      const b = await call(agent, "POST", `/api/households/${householdId}/babies`, {
        name: "Maya",
        birthDate: "2026-10-01",
        timeZone: "Europe/Madrid",
      });
      if (b.statusCode !== 201) throw new Error(`baby failed: ${b.body}`);
      return { householdId, babyId: b.json().id };
    },
    async close() {
      await app.close();
      await running.close();
      await database.drop();
    },
  };
  return harness;
};
