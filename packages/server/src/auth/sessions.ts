/** Sessions: a random token in an HttpOnly cookie, stored only as its hash, with a CSRF token beside it. */
import type { FastifyReply } from "fastify";
import { isoNow, type Services } from "../services.ts";
import { deleteSession, insertSession } from "../store/sessions.ts";
import { sessionCookie } from "./principal.ts";
import { randomToken, sha256 } from "./secrets.ts";

export const startSession = async (
  services: Services,
  reply: FastifyReply,
  userId: string,
): Promise<string> => {
  const token = randomToken();
  const csrfToken = randomToken();
  const days = services.options.sessionDays;
  const expires = new Date(services.now() + days * 24 * 3600 * 1000);
  await insertSession(
    services.db,
    { tokenHash: sha256(token), userId, csrfToken, expiresAt: expires.toISOString() },
    isoNow(services),
  );
  reply.setCookie(sessionCookie, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: services.options.secureCookies,
    path: "/",
    expires,
  });
  return csrfToken;
};

export const endSession = async (
  services: Services,
  reply: FastifyReply,
  tokenHash: string,
): Promise<void> => {
  await deleteSession(services.db, tokenHash);
  reply.clearCookie(sessionCookie, { path: "/" });
};
