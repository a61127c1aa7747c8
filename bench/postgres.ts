/** A PostgreSQL database of its own for one benchmark run, dropped afterwards. */
import pg from "pg";

const pgAdmin = process.env.ATTUNE_TEST_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A new database, or undefined (said on the output) when PostgreSQL cannot be reached. */
export const postgresDatabase = async () => {
  const admin = new pg.Client({ connectionString: pgAdmin, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    console.log(
      `# PostgreSQL is not reachable at ${pgAdmin} (${(error as Error).message}): PostgreSQL figures NOT measured`,
    );
    return undefined;
  }
  const name = `attune_bench_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(pgAdmin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: pgAdmin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
};
