/**
 * The Fastify app: API routes, the live socket, the OpenAPI document, and the web app's files.
 */
import cluster from "node:cluster";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifyWebsocket from "@fastify/websocket";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import { registerCardPage } from "./cards/card-page.ts";
import { installErrorHandling } from "./http/errors.ts";
import { openApiDocument } from "./http/openapi.ts";
import { connectRedis } from "./http/redis.ts";
import { registerRoutes } from "./http/route.ts";
import { installSafeJson } from "./http/safe-json.ts";
import { installSecurityHeaders } from "./http/security-headers.ts";
import { sharedRateLimitStore } from "./http/shared-rate-limit.ts";
import { apiRoutes } from "./routes.ts";
import type { Services } from "./services.ts";
import { liveUrl, registerLiveRoute } from "./sync/live-route.ts";

/** The built web app (npm start and npm test build it first). */
const webRoot = fileURLToPath(new URL("../../web/dist", import.meta.url));

export const buildApp = async (
  services: Services,
  { logger = false }: { logger?: boolean | { level: string } } = {},
): Promise<FastifyInstance> => {
  const { requestTimeoutMs } = services.options;
  const app = Fastify({
    logger,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: services.options.trustProxy,
    // Errors the router meets before any route (a path too long, a malformed URL) in our one shape.
    frameworkErrors: (error, _request, reply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
      void (reply as FastifyReply).status(status).send({
        error: {
          code: status === 414 ? "path_too_long" : "bad_request",
          message: error.message,
          details: null,
        },
      });
    },
    // A request must arrive whole within the time allowed: a client trickling a body in byte by
    // byte would otherwise hold a connection for as long as it likes. Checked every second.
    serverFactory: (handler) =>
      createServer(
        {
          requestTimeout: requestTimeoutMs,
          headersTimeout: Math.min(requestTimeoutMs, 20_000),
          connectionsCheckingInterval: Math.min(requestTimeoutMs / 2, 1000),
        },
        handler,
      ),
  });
  installSecurityHeaders(app, { https: services.options.secureCookies });
  installErrorHandling(app, { appIndex: existsSync(webRoot) });
  await app.register(fastifyCookie);
  // Several processes share each limit: counted in Redis when the host gives one (REDIS_URL), else
  // in PostgreSQL. A single SQLite process counts in memory.
  const redis = services.options.redisUrl ? await connectRedis(services.options.redisUrl) : undefined;
  if (redis) app.addHook("onClose", async () => redis.disconnect());
  await app.register(fastifyRateLimit, {
    global: false,
    ...(redis
      ? { redis, nameSpace: "attune-rate-" }
      : services.dialect === "postgres"
        ? { store: sharedRateLimitStore(services.db) }
        : {}),
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });
  // Only JSON bodies: a cross-site HTML form cannot send one without a CORS preflight.
  app.removeContentTypeParser(["text/plain"]);
  installSafeJson(app);
  registerRoutes(app, apiRoutes, services);
  registerLiveRoute(app, services);
  registerCardPage(app, services);
  const document = openApiDocument(apiRoutes, [
    {
      method: "GET",
      url: liveUrl,
      summary: 'WebSocket: {"type":"changed","cursor":n} when the journal moves on',
      tag: "sync",
    },
  ]);
  app.get("/api/openapi.json", async () => document);
  // Which worker of `serve --workers N` answered (none for a single process): for a host's checks,
  // in /api/health and on every answer, a live socket's upgrade among them.
  const worker = cluster.worker?.id;
  app.get("/api/health", async () => ({ ok: true, database: services.dialect, worker: worker ?? null }));
  if (worker !== undefined) {
    app.addHook("onSend", async (_request, reply) => {
      reply.header("x-attune-worker", String(worker));
    });
    app.websocketServer.on("headers", (headers: string[]) => headers.push(`X-Attune-Worker: ${worker}`));
  }
  if (existsSync(webRoot)) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  }
  return app;
};
