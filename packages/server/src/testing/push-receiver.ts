/**
 * A push service for tests, on 127.0.0.1: it hands out subscriptions with real keys (P-256 and an
 * auth secret, as a browser makes them), and decrypts every message posted to them (RFC 8291,
 * aes128gcm) so a test reads what a phone would show. An endpoint can be told to answer 410 Gone.
 */
import { createECDH, randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const ece = require("http_ece") as {
  decrypt(
    buffer: Buffer,
    params: { version: string; privateKey: ReturnType<typeof createECDH>; authSecret: Buffer },
  ): Buffer;
};

export interface Received {
  readonly endpoint: string;
  readonly payload: {
    title: string;
    body: string;
    tag: string;
    url: string;
    actions: { action: string; title: string }[];
  };
  readonly headers: Record<string, string | string[] | undefined>;
}

export interface PushReceiver {
  readonly received: Received[];
  /** Posted JSON bodies that are not push messages (webhooks), with their headers. */
  readonly posts: { path: string; body: string; headers: Record<string, string | string[] | undefined> }[];
  readonly base: string;
  subscribe(): { endpoint: string; keys: { p256dh: string; auth: string } };
  gone(endpoint: string): void;
  close(): Promise<void>;
}

export const startPushReceiver = async (): Promise<PushReceiver> => {
  const keys = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: Buffer }>();
  const goneSet = new Set<string>();
  const received: Received[] = [];
  const posts: PushReceiver["posts"] = [];
  let base = "";
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const endpoint = `${base}${req.url}`;
      const body = Buffer.concat(chunks);
      const sub = keys.get(endpoint);
      if (!sub) {
        posts.push({ path: req.url ?? "", body: body.toString("utf8"), headers: req.headers });
        res.writeHead(200).end();
        return;
      }
      if (goneSet.has(endpoint)) {
        res.writeHead(410).end();
        return;
      }
      const plain = ece.decrypt(body, { version: "aes128gcm", privateKey: sub.ecdh, authSecret: sub.auth });
      received.push({ endpoint, payload: JSON.parse(plain.toString("utf8")), headers: req.headers });
      res.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  let n = 0;
  return {
    received,
    posts,
    base,
    subscribe: () => {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const endpoint = `${base}/push/${++n}`;
      keys.set(endpoint, { ecdh, auth });
      return {
        endpoint,
        keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") },
      };
    },
    gone: (endpoint) => goneSet.add(endpoint),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
