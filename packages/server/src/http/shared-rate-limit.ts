/**
 * A store for @fastify/rate-limit that keeps its counters in PostgreSQL (store/rate-limits.ts), so a
 * host running several processes (`serve --workers N`, or processes behind a proxy) counts a
 * client's requests once, whichever process answers them. Each route counts under its own key
 * (the route's method and address, then the client's key), as the plugin's own stores do.
 */
import type { Kysely } from "kysely";
import { countRequest, forgetOldCounts, readRequests } from "../store/rate-limits.ts";
import type { Database } from "../store/schema.ts";

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

export const sharedRateLimitStore = (db: Kysely<Database>, now: () => number = Date.now) => {
  let counted = 0;
  return class SharedRateLimitStore {
    constructor(
      _options?: unknown,
      private readonly prefix = "",
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      const at = now();
      countRequest(db, this.prefix + key, timeWindow, at).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
      // Now and then, forget windows long over, so the table stays the size of the traffic.
      if (++counted % 500 === 0) void forgetOldCounts(db, at).catch(() => {});
    }

    read(key: string, callback: Callback): void {
      readRequests(db, this.prefix + key, now()).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }

    /** The plugin passes each route's options with its method and address as `routeInfo`. */
    child(routeOptions: unknown) {
      const route = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      return new SharedRateLimitStore(
        undefined,
        `${String(route?.method ?? "")}:${String(route?.url ?? "")}:`,
      );
    }
  };
};
