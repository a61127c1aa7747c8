/**
 * Changing a password, and getting back in after forgetting it. A change asks for the old password
 * and ends every other session; a reset goes through a link that works once, for an hour, and
 * ends every session. Asking for a link says the same whether or not the address has an account.
 */
import { z } from "zod";
import { ApiError } from "../http/errors.ts";
import { defineRoute } from "../http/route.ts";
import { email, ok, password } from "../http/schemas.ts";
import { isoNow, type Services } from "../services.ts";
import { accountKey, clearFailures, userKey } from "../store/password-failures.ts";
import { claimReset, deleteResetsOf, findReset } from "../store/password-resets.ts";
import { deleteSessionsOf } from "../store/sessions.ts";
import { findUser, findUserByEmail, setPasswordHash } from "../store/users.ts";
import { createResetLink, resetMail } from "./password-resets.ts";
import { requireStrongPassword } from "./password-strength.ts";
import { hashPassword } from "./passwords.ts";
import { checkOwnPassword, loadSession, sessionView } from "./routes.ts";
import { sha256 } from "./secrets.ts";
import { startSession } from "./sessions.ts";

const setPassword = async (services: Services, userId: string, next: string) => {
  await setPasswordHash(services.db, userId, await hashPassword(next));
  await deleteResetsOf(services.db, userId);
};

export const passwordRoutes = [
  defineRoute({
    method: "POST",
    url: "/api/account/password",
    summary: "Change the password (the current one is asked); every other session ends",
    tag: "account",
    auth: true,
    body: z.object({ current: z.string().min(1).max(200), next: password }),
    response: ok,
    handler: async ({ principal, services, body }) => {
      await checkOwnPassword(
        services,
        principal.userId,
        body.current,
        "the password was not changed",
        "current",
      );
      const user = await findUser(services.db, principal.userId);
      await requireStrongPassword(body.next, user, "next");
      await setPassword(services, principal.userId, body.next);
      await deleteSessionsOf(services.db, principal.userId, principal.sessionHash);
      services.live.accessChanged({ userId: principal.userId });
      return { ok: true };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/password-reset",
    summary:
      "Ask for a link to choose a new password, sent by e-mail; the answer is the same whether or not the address has an account",
    tag: "account",
    auth: false,
    rateLimit: "reset",
    body: z.object({ email }),
    response: z.object({ ok: z.literal(true), mail: z.boolean() }),
    handler: async ({ services, body }) => {
      const mailer = services.mailer;
      if (!mailer) return { ok: true as const, mail: false };
      const user = await findUserByEmail(services.db, body.email);
      if (user) {
        // Made and sent after answering, so the time taken does not tell whether the account exists.
        setImmediate(() => {
          void createResetLink(services, user.id)
            .then((link) => mailer.send({ to: user.email, ...resetMail(user.locale, user.name, link) }))
            .catch(() => {});
        });
      }
      return { ok: true as const, mail: true };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/password-reset/confirm",
    summary:
      "Choose a new password with the token from a reset link; every session ends and a new one starts",
    tag: "account",
    auth: false,
    rateLimit: "login",
    body: z.object({ token: z.string().min(20).max(200), password }),
    response: sessionView,
    handler: async ({ services, body, reply }) => {
      const now = isoNow(services);
      const reset = await findReset(services.db, sha256(body.token));
      if (!reset || reset.used_at || reset.expires_at <= now)
        throw new ApiError(
          404,
          "invalid_reset",
          "This link to choose a new password has expired or was already used; ask for a new one",
        );
      await requireStrongPassword(body.password, reset);
      if (!(await claimReset(services.db, sha256(body.token), now)))
        throw new ApiError(404, "invalid_reset", "This link was already used; ask for a new one");
      await setPassword(services, reset.user_id, body.password);
      await deleteSessionsOf(services.db, reset.user_id);
      await clearFailures(services.db, accountKey(reset.email));
      await clearFailures(services.db, userKey(reset.user_id));
      services.live.accessChanged({ userId: reset.user_id });
      const csrf = await startSession(services, reply, reset.user_id);
      return loadSession(services, reset.user_id, csrf);
    },
  }),
];
