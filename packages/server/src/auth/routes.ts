/** Sign up, log in and out, the current session, API tokens, and deleting one's account. */
import { z } from "zod";
import { deleteAccount } from "../account/delete-account.ts";
import { ApiError, tooManyAttempts, unauthorized } from "../http/errors.ts";
import { defineRoute } from "../http/route.ts";
import { email, id, locale, membershipView, ok, password, personName, userView } from "../http/schemas.ts";
import { isoNow, type Services } from "../services.ts";
import { apiTokensOf, deleteApiToken, insertApiToken } from "../store/api-tokens.ts";
import { householdsOf } from "../store/members.ts";
import {
  accountKey,
  claimPasswordCheck,
  clearFailures,
  deviceKey,
  userKey,
} from "../store/password-failures.ts";
import { deleteSessionsOf, findSession } from "../store/sessions.ts";
import { findUser, findUserByEmail, insertUser, passwordHashOf, updateUser } from "../store/users.ts";
import { requireStrongPassword } from "./password-strength.ts";
import { decoyHash, hashPassword, passwordMatches } from "./passwords.ts";
import { apiTokenPrefix, sessionCookie } from "./principal.ts";
import { randomToken, sha256 } from "./secrets.ts";
import { endSession, startSession } from "./sessions.ts";
import { trustDevice, trustedToken } from "./trusted-devices.ts";

export const sessionView = z.object({
  user: userView,
  csrfToken: z.string().nullable(),
  households: z.array(membershipView),
});

export const loadSession = async (services: Services, userId: string, csrfToken: string | null) => {
  const user = await findUser(services.db, userId);
  const households = await householdsOf(services.db, userId);
  return {
    user: { ...user, locale: user.locale as "en" | "es" },
    csrfToken,
    households: households
      .filter((h) => !h.access_until || Date.parse(h.access_until) > services.now())
      .map((h) => ({
        householdId: h.id,
        name: h.name,
        role: h.role as "owner",
        accessUntil: h.access_until,
      })),
  };
};

/**
 * A logged-in person confirming it is them (to delete the account, to change the password): wrong
 * passwords slow down like log-ins, so a stolen session cannot guess its way to the password.
 */
export const checkOwnPassword = async (
  services: Services,
  userId: string,
  password: string,
  otherwise: string,
  field = "password",
): Promise<void> => {
  const key = userKey(userId);
  const wait = await claimPasswordCheck(services.db, services.dialect, key, services.now());
  if (wait) throw tooManyAttempts(wait);
  if (!(await passwordMatches(await passwordHashOf(services.db, userId), password)))
    throw new ApiError(403, "wrong_password", `The password is not right; ${otherwise}`, [
      { path: field, message: "not right", code: "wrong_password" },
    ]);
  await clearFailures(services.db, key);
};

export const authRoutes = [
  defineRoute({
    method: "POST",
    url: "/api/auth/signup",
    summary: "Create an account and start a session",
    tag: "account",
    auth: false,
    rateLimit: "signup",
    status: 201,
    body: z.object({ email, password, name: personName, locale: locale.default("en") }),
    response: sessionView,
    handler: async ({ body, services, reply }) => {
      if (await findUserByEmail(services.db, body.email))
        throw new ApiError(
          409,
          "email_taken",
          "An account with this e-mail address already exists; log in instead",
        );
      await requireStrongPassword(body.password, body);
      const userId = services.newId();
      await insertUser(
        services.db,
        {
          id: userId,
          email: body.email,
          name: body.name,
          locale: body.locale,
          passwordHash: await hashPassword(body.password),
        },
        isoNow(services),
      );
      const csrf = await startSession(services, reply, userId);
      return loadSession(services, userId, csrf);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/login",
    summary: "Log in with e-mail and password",
    tag: "account",
    auth: false,
    rateLimit: "login",
    body: z.object({ email, password: z.string().min(1).max(200) }),
    response: sessionView,
    handler: async ({ body, services, request, reply }) => {
      const user = await findUserByEmail(services.db, body.email);
      // Wrong passwords count against the account, wherever they come from; a browser that has
      // logged in to it before is counted on its own, so guessing cannot shut the family out.
      const device = await trustedToken(services, request, user?.id);
      const key = device && user ? deviceKey(device, user.id) : accountKey(body.email);
      const wait = await claimPasswordCheck(services.db, services.dialect, key, services.now());
      if (wait) throw tooManyAttempts(wait);
      const matches = await passwordMatches(user?.password_hash ?? (await decoyHash()), body.password);
      if (!user || !matches) throw unauthorized("The e-mail address or the password is not right");
      await clearFailures(services.db, key);
      await trustDevice(services, request, reply, user.id);
      const csrf = await startSession(services, reply, user.id);
      return loadSession(services, user.id, csrf);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/logout",
    summary: "End this session",
    tag: "account",
    auth: true,
    response: ok,
    handler: async ({ principal, services, reply }) => {
      if (principal.sessionHash) await endSession(services, reply, principal.sessionHash);
      services.live.accessChanged({ userId: principal.userId });
      return { ok: true };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/logout-everywhere",
    summary: "End every session of this account, on every device, this one too",
    tag: "account",
    auth: true,
    response: ok,
    handler: async ({ principal, services, reply }) => {
      await deleteSessionsOf(services.db, principal.userId);
      reply.clearCookie(sessionCookie, { path: "/" });
      services.live.accessChanged({ userId: principal.userId });
      return { ok: true };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/session",
    summary: "The account, its households, and the CSRF token for writes",
    tag: "account",
    auth: true,
    response: sessionView,
    handler: async ({ principal, services }) => {
      let csrf: string | null = null;
      if (principal.sessionHash) {
        csrf = (await findSession(services.db, principal.sessionHash))?.csrf_token ?? null;
      }
      return loadSession(services, principal.userId, csrf);
    },
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/account",
    summary: "Change the account's name or language",
    tag: "account",
    auth: true,
    body: z.object({ name: personName.optional(), locale: locale.optional() }).strict(),
    response: userView,
    handler: async ({ principal, services, body }) => {
      if (body.name !== undefined || body.locale !== undefined) {
        await updateUser(services.db, principal.userId, {
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.locale ? { locale: body.locale } : {}),
        });
      }
      const user = await findUser(services.db, principal.userId);
      return { ...user, locale: user.locale as "en" };
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/account",
    summary: "Delete the account, its private records and the households only it belongs to",
    tag: "account",
    auth: true,
    body: z.object({ password: z.string().min(1).max(200) }),
    response: ok,
    handler: async ({ principal, services, body, reply }) => {
      await checkOwnPassword(services, principal.userId, body.password, "the account was not deleted");
      await deleteAccount(services, principal.userId);
      reply.clearCookie(sessionCookie, { path: "/" });
      services.live.accessChanged({ userId: principal.userId });
      return { ok: true };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/tokens",
    summary: "The account's API tokens (without their secrets)",
    tag: "account",
    auth: true,
    response: z.object({
      tokens: z.array(
        z.object({ id, name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() }),
      ),
    }),
    handler: async ({ principal, services }) => {
      const rows = await apiTokensOf(services.db, principal.userId);
      return {
        tokens: rows.map((r) => ({
          id: r.id,
          name: r.name,
          createdAt: r.created_at,
          lastUsedAt: r.last_used_at,
        })),
      };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/tokens",
    summary: "Create an API token; its secret is shown only in this answer",
    tag: "account",
    auth: true,
    status: 201,
    body: z.object({ name: z.string().trim().min(1).max(80) }),
    response: z.object({ id, name: z.string(), token: z.string() }),
    handler: async ({ principal, services, body }) => {
      if (principal.via === "token")
        throw new ApiError(403, "forbidden", "Create API tokens from a logged-in session");
      const token = `${apiTokenPrefix}${randomToken()}`;
      const tokenId = services.newId();
      await insertApiToken(
        services.db,
        { id: tokenId, userId: principal.userId, name: body.name, tokenHash: sha256(token) },
        isoNow(services),
      );
      return { id: tokenId, name: body.name, token };
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/tokens/:tokenId",
    summary: "Revoke an API token",
    tag: "account",
    auth: true,
    params: z.object({ tokenId: id }),
    response: ok,
    handler: async ({ principal, services, params }) => {
      if (!(await deleteApiToken(services.db, params.tokenId, principal.userId)))
        throw new ApiError(404, "not_found", "No such token");
      services.live.accessChanged({ userId: principal.userId });
      return { ok: true };
    },
  }),
];
