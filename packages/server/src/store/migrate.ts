/** Runs the migrations: timestamp-named modules, tracked in Kysely's own table, additive only. */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import * as initial from "./migrations/2026-11-28-0001-initial.ts";
import * as babySex from "./migrations/2026-11-28-0002-baby-sex.ts";
import * as householdScopedRecords from "./migrations/2026-11-30-0001-household-scoped-records.ts";
import * as accountSafety from "./migrations/2026-11-30-0002-account-safety.ts";
import * as repairs from "./migrations/2026-11-30-0003-repairs.ts";
import * as cardLinks from "./migrations/2026-11-30-0004-card-links.ts";
import * as reminders from "./migrations/2026-11-30-0005-reminders.ts";
import * as rateLimits from "./migrations/2026-11-30-0006-rate-limits.ts";
import type { Database } from "./schema.ts";

const migrations: Record<string, Migration> = {
  "2026-11-28-0001-initial": initial,
  "2026-11-28-0002-baby-sex": babySex,
  "2026-11-30-0001-household-scoped-records": householdScopedRecords,
  "2026-11-30-0002-account-safety": accountSafety,
  "2026-11-30-0003-repairs": repairs,
  "2026-11-30-0004-card-links": cardLinks,
  "2026-11-30-0005-reminders": reminders,
  "2026-11-30-0006-rate-limits": rateLimits,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export const migrateToLatest = async (db: Kysely<Database>): Promise<string[]> => {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
};
