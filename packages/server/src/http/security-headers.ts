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
  const always: Record<string, string> = {
    "content-security-policy": contentSecurityPolicy,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), geolocation=(), microphone=(self), payment=()",
    ...(https ? { "strict-transport-security": "max-age=31536000" } : {}),
  };
  const api = { ...always, "cache-control": "no-store" };
  // A shared card is for the person given the link: never kept in a cache, never indexed.
  const card = { ...api, "x-robots-tag": "noindex, nofollow, noarchive" };
  app.addHook("onSend", async (request, reply) => {
    reply.headers(request.url.startsWith("/api/") ? api : request.url.startsWith("/card/") ? card : always);
  });
};
