/**
 * A household's outgoing webhook: the same reminders as JSON, posted to the URL the family gave
 * (Home Assistant, ntfy, a script), signed with their secret so the receiver can check it came from
 * here: `X-Attune-Signature: sha256=<HMAC-SHA256 of "<timestamp>.<body>">`, `X-Attune-Timestamp`.
 */
import { createHmac } from "node:crypto";

export const signature = (secret: string, timestamp: string, body: string): string =>
  `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;

/** Posts one event; answers the status, or 0 when the receiver could not be reached in time. */
export const postWebhook = async (
  url: string,
  secret: string,
  event: unknown,
  now: number,
): Promise<number> => {
  const body = JSON.stringify(event);
  const timestamp = String(Math.floor(now / 1000));
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Attune-Webhook/1",
        "x-attune-timestamp": timestamp,
        "x-attune-signature": signature(secret, timestamp, body),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(5000),
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
};
