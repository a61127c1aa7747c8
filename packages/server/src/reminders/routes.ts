/**
 * Reminders over HTTP: the server's public VAPID key, a phone's push subscription (made and
 * forgotten by its owner), and a household's webhook (set, shown, tried and removed by those who may
 * edit the family's details; its secret is shown once).
 */
import { canEditFamilyDetails } from "@attune/core";
import { z } from "zod";
import { randomToken } from "../auth/secrets.ts";
import { requireMember } from "../households/access.ts";
import { ApiError, forbidden } from "../http/errors.ts";
import { defineRoute } from "../http/route.ts";
import { householdParams, ok } from "../http/schemas.ts";
import { isoNow, type Services } from "../services.ts";
import {
  countSubscriptions,
  deleteSubscription,
  deleteWebhook,
  saveSubscription,
  saveWebhook,
  webhookOf,
} from "../store/reminders.ts";
import { vapidKeys } from "./push.ts";
import { postWebhook } from "./webhook.ts";

const base64url = z
  .string()
  .regex(/^[A-Za-z0-9_-]+=*$/)
  .max(200);
const endpoint = z.url({ protocol: /^https?$/ }).max(2000);

/** Loopback, private and link-local addresses written in a URL: refused unless the host allows them. */
const privateHost = (host: string) =>
  /^(localhost|127\.|10\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.|0\.|\[?::1\]?$|\[?f[cd][0-9a-f]{2}:|\[?fe80:)/i.test(
    host,
  );

const checkWebhookUrl = (url: string, services: Services) => {
  const u = new URL(url);
  if (!["http:", "https:"].includes(u.protocol))
    throw new ApiError(400, "invalid_webhook", "The webhook must be an http or https address");
  if (privateHost(u.hostname) && !services.options.privateWebhooks)
    throw new ApiError(
      400,
      "private_webhook",
      "This server does not post to private or local addresses; its host can allow them (ALLOW_PRIVATE_WEBHOOKS=true)",
    );
};

const mayEdit = async (services: Services, householdId: string, userId: string) => {
  const access = await requireMember(services, householdId, userId);
  if (!canEditFamilyDetails(access))
    throw forbidden("Only the baby's parents and caregivers can change the webhook");
};

export const reminderRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/push/key",
    summary: "The server's public VAPID key, for a phone to subscribe to reminders",
    tag: "reminders",
    auth: true,
    response: z.object({ publicKey: z.string(), subscriptions: z.number() }),
    handler: async ({ principal, services }) => ({
      publicKey: (await vapidKeys(services)).publicKey,
      subscriptions: await countSubscriptions(services.db, principal.userId),
    }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/push/subscriptions",
    summary: "Send this account's reminders to this phone (a Web Push subscription)",
    tag: "reminders",
    auth: true,
    body: z.object({ endpoint, keys: z.object({ p256dh: base64url, auth: base64url }) }),
    response: ok,
    handler: async ({ principal, services, body }) => {
      await saveSubscription(services.db, {
        endpoint: body.endpoint,
        userId: principal.userId,
        p256dh: body.keys.p256dh,
        auth: body.keys.auth,
        createdAt: isoNow(services),
      });
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/push/subscriptions",
    summary: "Stop sending reminders to this phone",
    tag: "reminders",
    auth: true,
    body: z.object({ endpoint }),
    response: ok,
    handler: async ({ principal, services, body }) => {
      await deleteSubscription(services.db, principal.userId, body.endpoint);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/households/:householdId/webhook",
    summary: "The household's webhook address, if it has one (the secret is not shown again)",
    tag: "reminders",
    auth: true,
    params: householdParams,
    response: z.object({ url: z.string().nullable() }),
    handler: async ({ principal, services, params }) => {
      await mayEdit(services, params.householdId, principal.userId);
      return { url: (await webhookOf(services.db, params.householdId))?.url ?? null };
    },
  }),
  defineRoute({
    method: "PUT",
    url: "/api/households/:householdId/webhook",
    summary: "Post the household's reminders to this address, signed with a new secret (shown only here)",
    tag: "reminders",
    auth: true,
    params: householdParams,
    body: z.object({ url: endpoint }),
    response: z.object({ url: z.string(), secret: z.string() }),
    handler: async ({ principal, services, params, body }) => {
      await mayEdit(services, params.householdId, principal.userId);
      checkWebhookUrl(body.url, services);
      const secret = randomToken(24);
      await saveWebhook(services.db, {
        household_id: params.householdId,
        url: body.url,
        secret,
        created_by: principal.userId,
        created_at: isoNow(services),
      });
      return { url: body.url, secret };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/households/:householdId/webhook/test",
    summary: "Post a test event to the household's webhook and say what it answered",
    tag: "reminders",
    auth: true,
    params: householdParams,
    response: z.object({ status: z.number() }),
    handler: async ({ principal, services, params }) => {
      await mayEdit(services, params.householdId, principal.userId);
      const hook = await webhookOf(services.db, params.householdId);
      if (!hook) throw new ApiError(404, "not_found", "This household has no webhook");
      const status = await postWebhook(
        hook.url,
        hook.secret,
        { event: "test", household: params.householdId },
        services.now(),
      );
      return { status };
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/households/:householdId/webhook",
    summary: "Stop posting the household's reminders anywhere",
    tag: "reminders",
    auth: true,
    params: householdParams,
    response: ok,
    handler: async ({ principal, services, params }) => {
      await mayEdit(services, params.householdId, principal.userId);
      await deleteWebhook(services.db, params.householdId);
      return { ok: true as const };
    },
  }),
];
