/**
 * What the routes need from the outside world, passed in as one object: the database, the clock,
 * id and token makers, the live fan-out, and the options a host can set. Tests pass their own.
 */
import type { ChangeWriter } from "@attune/core";
import type { Kysely } from "kysely";
import type { AccessCache } from "./auth/access-cache.ts";
import type { Mailer } from "./mail/mailer.ts";
import type { Dialect } from "./store/database.ts";
import type { JournalWriter } from "./store/group-commit.ts";
import type { Database } from "./store/schema.ts";
import type { LiveHub } from "./sync/live.ts";

/** How many requests a client may make in a window ("1 minute", "1 hour"). */
export interface RateLimit {
  readonly max: number;
  readonly timeWindow: string;
}

export interface AppOptions {
  readonly rateLimits: {
    readonly login: RateLimit;
    readonly signup: RateLimit;
    readonly invite: RateLimit;
    /** Asking for a password reset link, per address. */
    readonly reset: RateLimit;
    /** Downloading everything (an export is heavy), per account. */
    readonly export: RateLimit;
    /** Opening a shared guide card, per address (the token is unguessable; this stops a crawl). */
    readonly card: RateLimit;
  };
  /**
   * The proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, or loopback); none by
   * default, so a client cannot pick the address the rate limits count it under.
   */
  readonly trustProxy: string | false;
  /** Address the app is reached at, for invite links. */
  readonly publicUrl: string;
  readonly sessionDays: number;
  /** Cookies only over HTTPS (turn on behind TLS). */
  readonly secureCookies: boolean;
  readonly maxBatch: number;
  /** Whether a household's webhook may post to a private or local address (a family's own server: yes). */
  readonly privateWebhooks: boolean;
  /** How long a request may take to arrive whole (headers and body). */
  readonly requestTimeoutMs: number;
  /** Redis, where rate limits are counted when set (else in PostgreSQL, or in memory on SQLite). */
  readonly redisUrl?: string;
  /** How long a process keeps a session or membership it looked up (0: never keeps one). */
  readonly accessCacheMs: number;
}

export const defaultOptions: AppOptions = {
  rateLimits: {
    login: { max: 10, timeWindow: "1 minute" },
    signup: { max: 10, timeWindow: "1 hour" },
    invite: { max: 20, timeWindow: "1 minute" },
    reset: { max: 5, timeWindow: "1 hour" },
    export: { max: 6, timeWindow: "1 hour" },
    card: { max: 60, timeWindow: "1 minute" },
  },
  trustProxy: false,
  publicUrl: "http://localhost:3000",
  sessionDays: 30,
  secureCookies: false,
  maxBatch: 500,
  privateWebhooks: false,
  requestTimeoutMs: 60_000,
  // Changes of access reach every process at once (live.ts); the age limit only bounds a notice that
  // never arrived. Re-reading every socket's session and membership every 30 s was a third of a
  // host's database reads, doubled with two processes (docs/hosting.md).
  accessCacheMs: 300_000,
};

export interface Services {
  readonly db: Kysely<Database>;
  /** For the per-request checks of session and membership (see OpenDatabase.reader). */
  readonly reader: Kysely<Database>;
  readonly dialect: Dialect;
  readonly now: () => number;
  readonly newId: () => string;
  readonly live: LiveHub;
  /** Sessions and memberships this process has looked up, forgotten when access changes. */
  readonly access: AccessCache;
  /** Pushes go through here: it groups concurrent pushes into one commit. */
  readonly journal: JournalWriter;
  /** Stamps the changes the server makes itself (records created through the HTTP API, imports). */
  readonly writer: ChangeWriter;
  readonly options: AppOptions;
  /** Sends password-reset mail; absent when the host set no SMTP_URL. */
  readonly mailer?: Mailer;
}

export const isoNow = (services: Pick<Services, "now">): string => new Date(services.now()).toISOString();
