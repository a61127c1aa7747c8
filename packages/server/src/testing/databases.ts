/** Throwaway databases for tests: a temporary SQLite file, or a new PostgreSQL database. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

export const tempSqlite = (): TestDatabase => {
  const dir = mkdtempSync(join(tmpdir(), "attune-test-"));
  return { url: join(dir, "attune.sqlite"), drop: async () => rmSync(dir, { recursive: true, force: true }) };
};

export const postgresAvailable = (): boolean => inject("pgAdminUrl") !== null;

export const tempPostgres = async (): Promise<TestDatabase> => {
  const adminUrl = inject("pgAdminUrl");
  if (!adminUrl) throw new Error("PostgreSQL is not available for this run");
  const name = `${inject("pgPrefix")}${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
};

/** The databases a store suite runs on: SQLite always, PostgreSQL when the run has it. */
export const storeDialects = () =>
  [
    { name: "sqlite", open: async () => tempSqlite() },
    { name: "postgres", open: tempPostgres, skip: !postgresAvailable() },
  ] as const;
