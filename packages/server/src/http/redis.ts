/**
 * Redis for a host that counts rate limits there (REDIS_URL): connected before the server starts,
 * so a wrong address stops the start with a message saying what to do, not the first login.
 * While running, a lost connection makes limited requests fail fast (no queue) until it is back.
 */
import type { Redis } from "ioredis";

/** The address without its password, for messages. */
const shown = (url: string) => url.replace(/\/\/[^@/]*@/, "//…@");

export const connectRedis = async (url: string): Promise<Redis> => {
  // Loaded only when a host uses Redis: the client is about 11 MB of every server process otherwise.
  const { Redis } = await import("ioredis");
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  let reported = false;
  redis.on("error", (error: Error) => {
    if (reported) return;
    reported = true;
    console.error(`Redis at ${shown(url)}: ${error.message} (rate-limited requests fail until it is back)`);
  });
  redis.on("ready", () => {
    reported = false;
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new Error(
      `REDIS_URL is set, but Redis at ${shown(url)} does not answer (${(error as Error).message}). Start Redis there, or leave REDIS_URL out to count rate limits in the database.`,
    );
  }
  return redis;
};
