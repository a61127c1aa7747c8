/**
 * Headers that make a browser hold the app to what it is: scripts, styles and connections only from
 * this server (no inline script, nothing from elsewhere), never framed by another site, no
 * referrer sent away, types not guessed, HTTPS remembered when served over it, and nothing from
 * /api kept in a cache.
 */
import type { FastifyInstance } from "fastify";

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const installSecurityHeaders = (app: FastifyInstance, { https }: { https: boolean }): void => {
  app.addHook("onSend", async (request, reply) => {
    reply.header("content-security-policy", contentSecurityPolicy);
    reply.header("x-content-type-options", "nosniff");
    reply.header("x-frame-options", "DENY");
    reply.header("referrer-policy", "no-referrer");
    reply.header("cross-origin-opener-policy", "same-origin");
    reply.header("cross-origin-resource-policy", "same-origin");
    reply.header("permissions-policy", "camera=(), geolocation=(), microphone=(self), payment=()");
    if (https) reply.header("strict-transport-security", "max-age=31536000");
    if (request.url.startsWith("/api/")) reply.header("cache-control", "no-store");
  });
};
