/**
 * Web Push with VAPID: the server's keys (from VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY, or made on the
 * first start and kept in the database with the data) and one encrypted send (RFC 8291, by the
 * web-push package), posted with fetch so that any push service — and the tests' local one — can
 * take it.
 */
import webpush from "web-push";
import type { Services } from "../services.ts";
import { serverKey } from "../store/reminders.ts";

export interface VapidKeys {
  readonly publicKey: string;
  readonly privateKey: string;
  readonly subject: string;
}

let cached: Promise<VapidKeys> | undefined;
let cachedFor: unknown;

export const vapidKeys = (services: Pick<Services, "db" | "options">): Promise<VapidKeys> => {
  if (cached && cachedFor === services.db) return cached;
  cachedFor = services.db;
  cached = (async () => {
    // Push services want a way to reach the sender: the site when it is on HTTPS, or an address.
    const site = services.options.publicUrl.replace(/\/$/, "");
    const subject =
      process.env.VAPID_SUBJECT || (site.startsWith("https:") ? site : "mailto:attune@localhost");
    if (process.env.VAPID_PUBLIC_KEY && process.env.VAPID_PRIVATE_KEY)
      return { publicKey: process.env.VAPID_PUBLIC_KEY, privateKey: process.env.VAPID_PRIVATE_KEY, subject };
    const stored = JSON.parse(
      await serverKey(services.db, "vapid", () => JSON.stringify(webpush.generateVAPIDKeys())),
    ) as { publicKey: string; privateKey: string };
    return { ...stored, subject };
  })();
  return cached;
};

export interface PushTarget {
  readonly endpoint: string;
  readonly p256dh: string;
  readonly auth: string;
}

/** Sends one payload; answers the push service's status (201 taken, 404/410 gone) or 0 when unreachable. */
export const sendPush = async (target: PushTarget, payload: unknown, keys: VapidKeys): Promise<number> => {
  const subject =
    keys.subject.startsWith("http") || keys.subject.startsWith("mailto:")
      ? keys.subject
      : `mailto:${keys.subject}`;
  const request = webpush.generateRequestDetails(
    { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
    JSON.stringify(payload),
    {
      vapidDetails: { subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
      TTL: 6 * 3600,
      urgency: "high",
    },
  );
  try {
    const res = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body as unknown as BodyInit,
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
};
