/** Opening the services a running server needs: the database (migrated), the live hub, the clock. */
import { randomBytes } from "node:crypto";
import { ChangeWriter } from "@attune/core";
import { v7 as uuidv7 } from "uuid";
import { AccessCache } from "./auth/access-cache.ts";
import type { Config } from "./config.ts";
import { type Mailer, smtpMailer } from "./mail/mailer.ts";
import { type AppOptions, defaultOptions, type Services } from "./services.ts";
import { type OpenDatabase, openDatabase } from "./store/database.ts";
import { JournalWriter } from "./store/group-commit.ts";
import { migrateToLatest } from "./store/migrate.ts";
import { runRepairs } from "./store/repairs.ts";
import { localLiveHub, postgresLiveHub } from "./sync/live.ts";

/** Options to change; rate limits left out keep their defaults. */
export type OptionsInput = Partial<Omit<AppOptions, "rateLimits">> & {
  readonly rateLimits?: Partial<AppOptions["rateLimits"]>;
};

export interface Running {
  readonly services: Services;
  readonly database: OpenDatabase;
  close(): Promise<void>;
}

export const openServices = async (
  databaseUrl: string,
  options: OptionsInput = {},
  clock: () => number = Date.now,
  mailer?: Mailer,
): Promise<Running> => {
  const database = openDatabase(databaseUrl);
  await migrateToLatest(database.db);
  const live = database.dialect === "postgres" ? await postgresLiveHub(databaseUrl) : localLiveHub();
  const allOptions = {
    ...defaultOptions,
    ...options,
    rateLimits: { ...defaultOptions.rateLimits, ...options.rateLimits },
  };
  const access = new AccessCache({
    ttlMs: allOptions.accessCacheMs,
    maxEntries: 100_000,
    hearsOthers: () => live.hearsOthers(),
  });
  live.onAccess((change) => access.forget(change));
  const services: Services = {
    db: database.db,
    reader: database.reader,
    dialect: database.dialect,
    now: clock,
    newId: uuidv7,
    live,
    access,
    writer: new ChangeWriter(randomBytes(8).toString("hex"), clock),
    journal: new JournalWriter(database.db, database.dialect),
    options: allOptions,
    ...(mailer ? { mailer } : {}),
  };
  await runRepairs(services);
  return {
    services,
    database,
    close: async () => {
      mailer?.close();
      await live.close();
      if (database.reader !== database.db) await database.reader.destroy();
      await database.db.destroy();
    },
  };
};

export const servicesFromConfig = (config: Config) =>
  openServices(
    config.databaseUrl,
    {
      publicUrl: config.publicUrl,
      secureCookies: config.secureCookies,
      trustProxy: config.trustProxy,
      privateWebhooks: config.privateWebhooks,
      ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    },
    Date.now,
    config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : undefined,
  );
