/** Test helpers for other workspaces (end-to-end tests, benchmarks). */
import { type TestDatabase, tempSqlite } from "./databases.ts";
import { type Harness, startHarness as start } from "./harness.ts";

export { freePort } from "./free-port.ts";
export type { Agent, Harness } from "./harness.ts";
export { minutesBefore, testDevice } from "./records.ts";

export const startHarness = (database: TestDatabase = tempSqlite()): Promise<Harness> => start(database);
