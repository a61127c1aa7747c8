/**
 * Routes are declared once, with zod schemas for their params, query, body and response. The same
 * declaration registers the Fastify handler, validates input (bad input gets a 400 before the
 * handler runs), and feeds the OpenAPI document and the route-by-route tests.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ZodObject, type z } from "zod";
import { authenticate, type Principal, sessionCookie } from "../auth/principal.ts";
import { sha256 } from "../auth/secrets.ts";
import type { Services } from "../services.ts";

import { invalid } from "./errors.ts";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

interface Context<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  readonly services: Services;
}

export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  Auth extends boolean = boolean,
> {
  readonly method: Method;
  readonly url: string;
  readonly summary: string;
  readonly tag: string;
  readonly auth: Auth;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  readonly response?: z.ZodType;
  /** Status of a successful answer; 200 unless said otherwise. */
  readonly status?: number;
  /** Key into the rate limits of the app's options. */
  readonly rateLimit?: keyof Services["options"]["rateLimits"];
  /** Whom the rate limit counts: the address (default), or the account asking (its session or token). */
  readonly rateLimitBy?: "address" | "account";
  readonly handler: (
    ctx: Context<z.infer<P>, z.infer<Q>, z.infer<B>> &
      (Auth extends true ? { principal: Principal } : object),
  ) => Promise<unknown>;
}

/**
 * What a route takes and gives, as types only, for the typed client (contract.ts): its params,
 * query and body as a caller writes them (zod's input), and its answer as the server sends it.
 */
export interface RouteTypes<M extends Method, U extends string, P, Q, B, R> {
  readonly method: M;
  readonly url: U;
  /** Never set: it only carries the types. */
  readonly types?: { readonly params: P; readonly query: Q; readonly body: B; readonly response: R };
}

/** Declares a route; the result is a `RouteSpec` to register and keeps its types for the client. */
export const defineRoute = <
  const M extends Method,
  const U extends string,
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  Auth extends boolean,
  R extends z.ZodType,
>(
  spec: RouteSpec<P, Q, B, Auth> & { readonly method: M; readonly url: U; readonly response: R },
): RouteSpec & RouteTypes<M, U, z.input<P>, z.input<Q>, z.input<B>, z.output<R>> =>
  spec as unknown as RouteSpec & RouteTypes<M, U, z.input<P>, z.input<Q>, z.input<B>, z.output<R>>;

const parse = <T extends z.ZodType>(schema: T | undefined, input: unknown, where: string): z.infer<T> => {
  if (!schema) return input as z.infer<T>;
  const result = schema.safeParse(input ?? {});
  if (!result.success) throw invalid(where, result.error);
  return result.data;
};

/** Bodies are strict: a field we do not know is refused, not silently dropped. */
export const strictBody = (schema: z.ZodType | undefined) =>
  schema instanceof ZodObject ? schema.strict() : schema;

/** The credential a request carries, hashed: the same account's session or token counts as one. */
const credentialKey = (request: FastifyRequest): string => {
  const credential = request.headers.authorization ?? request.cookies?.[sessionCookie];
  return credential ? `credential:${sha256(credential)}` : `address:${request.ip}`;
};

export const registerRoutes = (
  app: FastifyInstance,
  routes: readonly RouteSpec[],
  services: Services,
): void => {
  for (const spec of routes) {
    const bodySchema = strictBody(spec.body);
    const limit = spec.rateLimit ? services.options.rateLimits[spec.rateLimit] : undefined;
    app.route({
      method: spec.method,
      url: spec.url,
      ...(limit
        ? {
            config: {
              rateLimit: spec.rateLimitBy === "account" ? { ...limit, keyGenerator: credentialKey } : limit,
            },
          }
        : {}),
      handler: async (request, reply) => {
        const principal = spec.auth ? await authenticate(request, services) : undefined;
        const params = parse(spec.params, request.params, "path");
        const query = parse(spec.query, request.query, "query");
        const body = bodySchema ? parse(bodySchema, request.body, "body") : undefined;
        const result = await spec.handler({
          params,
          query,
          body,
          request,
          reply,
          services,
          principal,
        } as never);
        if (reply.sent) return reply;
        reply.status(spec.status ?? 200);
        return result ?? null;
      },
    });
  }
};
