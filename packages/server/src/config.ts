/** Settings from the environment: PORT, HOST, DATA_DIR, DATABASE_URL, PUBLIC_URL, SECURE_COOKIES. */
import { join, resolve } from "node:path";

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** A postgres:// URL, or the path of the SQLite file. */
  readonly databaseUrl: string;
  readonly publicUrl: string;
  readonly secureCookies: boolean;
}

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
  };
};
