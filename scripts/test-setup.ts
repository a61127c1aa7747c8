/**
 * Before the tests: find PostgreSQL for the store suites. Under CI it must be there (the run fails
 * otherwise); elsewhere the PostgreSQL suites are left out and the run says so plainly. Each test
 * file makes its own throwaway database; afterwards every one of them is dropped.
 */
import pg from "pg";
import type { TestProject } from "vitest/node";

const adminUrl = process.env.ATTUNE_TEST_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const testDatabasePrefix = `attune_test_${process.pid}_`;

const reachable = async (): Promise<string | undefined> => {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return undefined;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
};

const dropTestDatabases = async () => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${testDatabasePrefix}%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
};

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string | null;
    pgPrefix: string;
  }
}

export default async function setup(project: TestProject) {
  const problem = await reachable();
  if (problem) {
    if (process.env.CI)
      throw new Error(`CI needs PostgreSQL at ${adminUrl}, and it is not reachable: ${problem}`);
    console.warn(
      `\n!! PostgreSQL is not reachable at ${adminUrl} (${problem}).\n!! The PostgreSQL suites will NOT run; SQLite suites run as usual.\n`,
    );
  }
  project.provide("pgAdminUrl", problem ? null : adminUrl);
  project.provide("pgPrefix", testDatabasePrefix);
  return async () => {
    if (!problem) await dropTestDatabases();
  };
}
