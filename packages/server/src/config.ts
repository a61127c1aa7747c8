/**
 * Settings from the environment: PORT, HOST, DATA_DIR, DATABASE_URL, PUBLIC_URL, SECURE_COOKIES,
 * TRUST_PROXY, SMTP_URL, MAIL_FROM, REDIS_URL.
 */
import { join, resolve } from "node:path";

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** A postgres:// URL, or the path of the SQLite file. */
  readonly databaseUrl: string;
  readonly publicUrl: string;
  readonly secureCookies: boolean;
  /** The proxies in front of Attune, whose X-Forwarded-For is believed; false for none. */
  readonly trustProxy: string | false;
  readonly smtpUrl?: string;
  readonly mailFrom: string;
  /** Where several processes count rate limits, instead of the database (redis:// or rediss://). */
  readonly redisUrl?: string;
  /** Webhooks may post to private or local addresses (a family's own server, Home Assistant at home). */
  readonly privateWebhooks: boolean;
  /** Send reminders from this process (each process takes part; one at a time sends). */
  readonly reminders: boolean;
}

/**
 * TRUST_PROXY lists the proxies' addresses or ranges (`127.0.0.1`, `10.0.0.0/8,fd00::/8`, or the
 * names `loopback`, `linklocal`, `uniquelocal`). "true" is refused: believing every client's
 * X-Forwarded-For lets anyone choose the address that rate limits count them under.
 */
const readTrustProxy = (value: string | undefined): string | false => {
  const text = (value ?? "").trim();
  if (!text || text === "false") return false;
  if (text === "true" || text === "*")
    throw new Error(
      "TRUST_PROXY must list the proxies' addresses (for example 127.0.0.1 or 10.0.0.0/8), not trust every client",
    );
  const entries = text.split(",").map((e) => e.trim());
  const valid = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/;
  const wrong = entries.find((e) => !valid.test(e));
  if (wrong)
    throw new Error(`TRUST_PROXY: "${wrong}" is not an address, a range like 10.0.0.0/8, or loopback`);
  return entries.join(",");
};

const readRedisUrl = (value: string): string => {
  if (!/^rediss?:\/\/[^\s]+$/.test(value.trim()))
    throw new Error(`REDIS_URL must be an address like redis://127.0.0.1:6379, not "${value}"`);
  return value.trim();
};

export const readConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const dataDir = resolve(env.DATA_DIR ?? "data");
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    dataDir,
    databaseUrl: env.DATABASE_URL || join(dataDir, "attune.sqlite"),
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    secureCookies: env.SECURE_COOKIES === "true",
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
    ...(env.REDIS_URL ? { redisUrl: readRedisUrl(env.REDIS_URL) } : {}),
    mailFrom: env.MAIL_FROM ?? "Attune <attune@localhost>",
    privateWebhooks: env.ALLOW_PRIVATE_WEBHOOKS === "true",
    reminders: env.REMINDERS !== "off",
  };
};
