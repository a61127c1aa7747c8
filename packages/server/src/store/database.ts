/**
 * Opens the database: an SQLite file under the data folder by default (WAL, so readers never wait
 * for the writer), or PostgreSQL when a postgres:// URL is given.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema.ts";

export type Dialect = "sqlite" | "postgres";

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  /**
   * For the reads on every request (who is asking, are they a member). On SQLite this is a second
   * connection, so those reads go on while a write transaction is open and concurrent pushes can
   * meet in one commit; on PostgreSQL it is the same pool.
   */
  readonly reader: Kysely<Database>;
  readonly dialect: Dialect;
  /** The SQLite handle, for online backups; absent on PostgreSQL. */
  readonly sqlite?: SQLite.Database;
  readonly url: string;
}

/**
 * Kysely prepares every SQLite statement anew, which costs as much as running it. Statements are
 * reusable, so we keep the most recent ones by their SQL text.
 */
const withStatementCache = (sqlite: SQLite.Database, size = 500): SqliteDatabase => {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement as unknown as ReturnType<SqliteDatabase["prepare"]>;
    },
  };
};

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//.test(url);

export const openSqlite = (file: string): OpenDatabase => {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: a write we acknowledged survives a crash of the machine, not only of the process.
  // NORMAL survives a crash of the process only, and is faster; a host may choose it.
  sqlite.pragma(`synchronous = ${process.env.SQLITE_SYNCHRONOUS === "NORMAL" ? "NORMAL" : "FULL"}`);
  sqlite.pragma("foreign_keys = ON");
  // Deleted content is overwritten, not left in free pages where a copy of the file would show it.
  sqlite.pragma("secure_delete = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const reader =
    file === ":memory:"
      ? db
      : new Kysely<Database>({
          dialect: new SqliteDialect({
            database: async () => {
              const connection = new SQLite(file, { readonly: true });
              connection.pragma("busy_timeout = 5000");
              return withStatementCache(connection);
            },
          }),
        });
  return {
    db,
    reader,
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
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, reader: db, dialect: "postgres", url };
};

export const openDatabase = (url: string): OpenDatabase =>
  isPostgresUrl(url) ? openPostgres(url) : openSqlite(url);
