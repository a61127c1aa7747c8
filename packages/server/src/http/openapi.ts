/** The OpenAPI document, generated from the same zod schemas that validate each route. */
import { z } from "zod";
import { type RouteSpec, strictBody } from "./route.ts";

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message", "details"],
      properties: { code: { type: "string" }, message: { type: "string" }, details: {} },
    },
  },
};

const toSchema = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });

const parametersOf = (schema: z.ZodType | undefined, where: "path" | "query") => {
  if (!schema) return [];
  const json = toSchema(schema, "input") as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    schema: s,
  }));
};

export interface ExtraOperation {
  readonly method: string;
  readonly url: string;
  readonly summary: string;
  readonly tag: string;
}

export const openApiDocument = (routes: readonly RouteSpec[], extra: readonly ExtraOperation[]) => {
  const paths: Record<string, Record<string, unknown>> = {};
  const openApiPath = (url: string) => url.replace(/:(\w+)/g, "{$1}");
  for (const route of routes) {
    const path = openApiPath(route.url);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      ...(route.auth ? {} : { security: [] }),
      parameters: [...parametersOf(route.params, "path"), ...parametersOf(route.query, "query")],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: toSchema(strictBody(route.body)!, "input") } },
            },
          }
        : {}),
      responses: {
        [String(route.status ?? 200)]: {
          description: "Success",
          content: {
            "application/json": { schema: route.response ? toSchema(route.response, "output") : {} },
          },
        },
        "4XX": {
          description: "What was wrong with the request",
          content: { "application/json": { schema: errorSchema } },
        },
      },
    };
  }
  for (const op of extra) {
    const path = openApiPath(op.url);
    paths[path] ??= {};
    paths[path][op.method.toLowerCase()] = {
      summary: op.summary,
      tags: [op.tag],
      responses: { "101": { description: "Switching protocols" } },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Attune API",
      version: "0.1.0",
      description:
        "The journal, households and accounts of Attune. Log in for a session cookie (writes then need the x-csrf-token header from /api/session) or send an API token as 'Authorization: Bearer att_…'. Every error is { error: { code, message, details } }.",
    },
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "attune_session" },
        token: { type: "http", scheme: "bearer" },
      },
    },
    security: [{ session: [] }, { token: [] }],
    paths,
  };
};
