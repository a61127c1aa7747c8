/**
 * This phone's Web Push subscription for reminders: whether the browser can take one (iPhones only
 * from the home screen, iOS 16.4+), asking permission, subscribing with the server's VAPID key, and
 * undoing it.
 */
import { call } from "../api/client.ts";

export type PushSupport = "ready" | "subscribed" | "unsupported" | "homeScreen" | "denied";

const isIos = () => /iPhone|iPad|iPod/.test(navigator.userAgent);
const standalone = () =>
  window.matchMedia?.("(display-mode: standalone)").matches ||
  (navigator as { standalone?: boolean }).standalone === true;

export const pushSupport = async (): Promise<PushSupport> => {
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window))
    return isIos() && !standalone() ? "homeScreen" : "unsupported";
  if (Notification.permission === "denied") return "denied";
  const registration = await navigator.serviceWorker.getRegistration();
  const subscription = await registration?.pushManager.getSubscription();
  return subscription ? "subscribed" : "ready";
};

const keyBytes = (base64url: string): Uint8Array<ArrayBuffer> => {
  const base64 = base64url
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
};

/** Asks permission and subscribes; answers what went wrong, if anything, as a key of `reminders.*`. */
export const subscribeThisPhone = async (): Promise<"ok" | "denied" | "failed"> => {
  const permission = await Notification.requestPermission();
  if (permission !== "granted") return "denied";
  const key = await call("GET /api/push/key");
  if (!key.ok) return "failed";
  try {
    const registration = await navigator.serviceWorker.ready;
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(key.value.publicKey),
    });
    const json = subscription.toJSON() as { endpoint: string; keys: { p256dh: string; auth: string } };
    const saved = await call("POST /api/push/subscriptions", {
      body: { endpoint: json.endpoint, keys: json.keys },
    });
    return saved.ok ? "ok" : "failed";
  } catch {
    return "failed";
  }
};

export const unsubscribeThisPhone = async (): Promise<void> => {
  const registration = await navigator.serviceWorker.getRegistration();
  const subscription = await registration?.pushManager.getSubscription();
  if (!subscription) return;
  await call("DELETE /api/push/subscriptions", { body: { endpoint: subscription.endpoint } });
  await subscription.unsubscribe();
};
