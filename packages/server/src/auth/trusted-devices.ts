/**
 * A browser that has logged in to an account before carries a long-lived cookie saying so. Wrong
 * passwords from it are counted on their own (see password-failures.ts), so a stranger's guessing
 * never keeps the family out. A shared laptop can be trusted by several accounts.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { isoNow, type Services } from "../services.ts";
import { isTrusted, trust } from "../store/trusted-devices.ts";
import { randomToken, sha256 } from "./secrets.ts";

export const deviceCookie = "attune_device";
const yearMs = 365 * 24 * 3600 * 1000;

/** The device's token when this browser has logged in to this account before. */
export const trustedToken = async (
  services: Services,
  request: FastifyRequest,
  userId: string | undefined,
): Promise<string | undefined> => {
  const token = request.cookies[deviceCookie];
  if (!token || !userId) return undefined;
  return (await isTrusted(services.reader, sha256(token), userId)) ? token : undefined;
};

/** After a right password: remember this browser for the account. */
export const trustDevice = async (
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
): Promise<void> => {
  const sent = request.cookies[deviceCookie];
  const token = sent && /^[\w-]{43}$/.test(sent) ? sent : randomToken();
  // A browser not used to log in for over a year is trusted no longer.
  await trust(
    services.db,
    sha256(token),
    userId,
    isoNow(services),
    new Date(services.now() - yearMs).toISOString(),
  );
  reply.setCookie(deviceCookie, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: services.options.secureCookies,
    path: "/api/auth",
    expires: new Date(services.now() + yearMs),
  });
};
