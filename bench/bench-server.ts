/**
 * The server under load, in its own process: the real app on the database named by DATABASE_URL,
 * plus one bare Fastify route that parses a JSON body and answers, as the yardstick.
 */
import { buildApp, openServices } from "@attune/server";

const running = await openServices(process.env.DATABASE_URL!, {
  // BENCH_ACCESS_CACHE_MS=0 measures without the per-process access cache.
  ...(process.env.BENCH_ACCESS_CACHE_MS ? { accessCacheMs: Number(process.env.BENCH_ACCESS_CACHE_MS) } : {}),
  rateLimits: {
    login: { max: 1_000_000, timeWindow: "1 minute" },
    signup: { max: 1_000_000, timeWindow: "1 minute" },
    invite: { max: 1_000_000, timeWindow: "1 minute" },
  },
});
const app = await buildApp(running.services);
app.post("/bench/bare", async (request) => ({ ok: true, size: JSON.stringify(request.body).length }));
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
console.log("ready");
process.on("SIGTERM", async () => {
  await app.close();
  await running.close();
  process.exit(0);
});
