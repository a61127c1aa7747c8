/** Opening the services a running server needs: the database (migrated), the live hub, the clock. */
import { randomBytes } from "node:crypto";
import { ChangeWriter } from "@attune/core";
import { v7 as uuidv7 } from "uuid";
import type { Config } from "./config.ts";
import { type AppOptions, defaultOptions, type Services } from "./services.ts";
import { type OpenDatabase, openDatabase } from "./store/database.ts";
import { JournalWriter } from "./store/group-commit.ts";
import { migrateToLatest } from "./store/migrate.ts";
import { localLiveHub, postgresLiveHub } from "./sync/live.ts";

export interface Running {
  readonly services: Services;
  readonly database: OpenDatabase;
  close(): Promise<void>;
}

export const openServices = async (
  databaseUrl: string,
  options: Partial<AppOptions> = {},
  clock: () => number = Date.now,
): Promise<Running> => {
  const database = openDatabase(databaseUrl);
  await migrateToLatest(database.db);
  const live = database.dialect === "postgres" ? await postgresLiveHub(databaseUrl) : localLiveHub();
  const services: Services = {
    db: database.db,
    reader: database.reader,
    dialect: database.dialect,
    now: clock,
    newId: uuidv7,
    live,
    writer: new ChangeWriter(randomBytes(8).toString("hex"), clock),
    journal: new JournalWriter(database.db, database.dialect === "postgres" ? 4 : 1),
    options: { ...defaultOptions, ...options },
  };
  return {
    services,
    database,
    close: async () => {
      await live.close();
      if (database.reader !== database.db) await database.reader.destroy();
      await database.db.destroy();
    },
  };
};

export const servicesFromConfig = (config: Config) =>
  openServices(config.databaseUrl, { publicUrl: config.publicUrl, secureCookies: config.secureCookies });
