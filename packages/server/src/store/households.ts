/** Households: a name, and whether anything a family would miss is in one. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

type Db = Kysely<Database>;

export const insertHousehold = (db: Db, household: { id: string; name: string }, now: string) =>
  db.insertInto("households").values({ id: household.id, name: household.name, created_at: now }).execute();

export const findHousehold = (db: Db, householdId: string) =>
  db.selectFrom("households").select(["id", "name"]).where("id", "=", householdId).executeTakeFirst();

export const renameHousehold = (db: Db, householdId: string, name: string) =>
  db.updateTable("households").set({ name }).where("id", "=", householdId).execute();

/** Whether a household holds anything a family would miss: a baby or an entry. */
export const householdHasData = async (db: Db, householdId: string): Promise<boolean> => {
  const baby = await db
    .selectFrom("babies")
    .select("id")
    .where("household_id", "=", householdId)
    .executeTakeFirst();
  const record = await db
    .selectFrom("records")
    .select("id")
    .where("household_id", "=", householdId)
    .where("deleted", "=", 0)
    .executeTakeFirst();
  return !!(baby || record);
};
