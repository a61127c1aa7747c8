/**
 * Opens the database: an SQLite file under the data folder by default (WAL, so readers never wait
 * for the writer), or PostgreSQL when a postgres:// URL is given.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema.ts";

export type Dialect = "sqlite" | "postgres";

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** The SQLite handle, for online backups; absent on PostgreSQL. */
  readonly sqlite?: SQLite.Database;
  readonly url: string;
}

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//.test(url);

export const openSqlite = (file: string): OpenDatabase => {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: a write we acknowledged survives a crash of the machine, not only of the process.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
    dialect: "sqlite",
    sqlite,
    url: file,
  };
};

export const openPostgres = (url: string, max = 10): OpenDatabase => {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection the server closes (a restart, a dropped test database) must not crash us;
  // the pool replaces it on the next query.
  pool.on("error", () => {});
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: "postgres", url };
};

export const openDatabase = (url: string): OpenDatabase =>
  isPostgresUrl(url) ? openPostgres(url) : openSqlite(url);
