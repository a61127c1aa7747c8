/**
 * A browser that has logged in to an account before carries a long-lived cookie saying so. Wrong
 * passwords from it are counted on their own (see password-failures.ts), so a stranger's guessing
 * never keeps the family out. A shared laptop can be trusted by several accounts.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { isoNow, type Services } from "../services.ts";
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
  const row = await services.reader
    .selectFrom("trusted_devices")
    .select("user_id")
    .where("token_hash", "=", sha256(token))
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row ? token : undefined;
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
  await services.db
    .deleteFrom("trusted_devices")
    .where("user_id", "=", userId)
    .where("created_at", "<", new Date(services.now() - yearMs).toISOString())
    .execute();
  await services.db
    .insertInto("trusted_devices")
    .values({ token_hash: sha256(token), user_id: userId, created_at: isoNow(services) })
    .onConflict((oc) => oc.columns(["token_hash", "user_id"]).doNothing())
    .execute();
  reply.setCookie(deviceCookie, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: services.options.secureCookies,
    path: "/api/auth",
    expires: new Date(services.now() + yearMs),
  });
};
