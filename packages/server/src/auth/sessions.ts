/** Sessions: a random token in an HttpOnly cookie, stored only as its hash, with a CSRF token beside it. */
import type { FastifyReply } from "fastify";
import { isoNow, type Services } from "../services.ts";
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
  await services.db
    .insertInto("sessions")
    .values({
      token_hash: sha256(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: isoNow(services),
      expires_at: expires.toISOString(),
    })
    .execute();
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
  await services.db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
  reply.clearCookie(sessionCookie, { path: "/" });
};
