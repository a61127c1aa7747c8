/** Babies: a household's babies and their details (the rules they keep are core's `babyProblems`). */
import { type BabyDetails, babySexes } from "@attune/core";
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

type Db = Kysely<Database>;

export interface Baby extends BabyDetails {
  readonly id: string;
}

interface BabyRow {
  id: string;
  name: string;
  birth_date: string;
  due_date: string | null;
  time_zone: string;
  sex: string | null;
}

const babyOf = (b: BabyRow): Baby => ({
  id: b.id,
  name: b.name,
  birthDate: b.birth_date,
  dueDate: b.due_date,
  sex: (babySexes as readonly (string | null)[]).includes(b.sex) ? (b.sex as BabyDetails["sex"]) : null,
  timeZone: b.time_zone,
});

const columnsOf = (b: BabyDetails) => ({
  name: b.name,
  birth_date: b.birthDate,
  due_date: b.dueDate,
  sex: b.sex,
  time_zone: b.timeZone,
});

/** The household's babies, in the order they were added. */
export const listBabies = async (db: Db, householdId: string): Promise<Baby[]> =>
  (
    await db
      .selectFrom("babies")
      .selectAll()
      .where("household_id", "=", householdId)
      .orderBy("created_at")
      .execute()
  ).map(babyOf);

export const findBaby = async (db: Db, householdId: string, babyId: string): Promise<Baby | undefined> => {
  const row = await db
    .selectFrom("babies")
    .selectAll()
    .where("id", "=", babyId)
    .where("household_id", "=", householdId)
    .executeTakeFirst();
  return row ? babyOf(row) : undefined;
};

export const insertBaby = async (db: Db, householdId: string, baby: Baby, now: string): Promise<Baby> => {
  await db
    .insertInto("babies")
    .values({ id: baby.id, household_id: householdId, ...columnsOf(baby), created_at: now })
    .execute();
  return baby;
};

export const updateBaby = async (db: Db, baby: Baby): Promise<Baby> => {
  await db.updateTable("babies").set(columnsOf(baby)).where("id", "=", baby.id).execute();
  return baby;
};

/** Removes a baby (its entries stay in the journal); false when there was none. */
export const deleteBaby = async (db: Db, householdId: string, babyId: string): Promise<boolean> => {
  // The baby's shared card goes with the baby.
  await db
    .deleteFrom("card_links")
    .where("household_id", "=", householdId)
    .where("baby_id", "=", babyId)
    .execute();
  const result = await db
    .deleteFrom("babies")
    .where("id", "=", babyId)
    .where("household_id", "=", householdId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
};

/** A baby by id alone, with its household (the command line's import names only the baby). */
export const findBabyAnywhere = async (db: Db, babyId: string) => {
  const row = await db.selectFrom("babies").selectAll().where("id", "=", babyId).executeTakeFirst();
  return row ? { householdId: row.household_id, baby: babyOf(row) } : undefined;
};

/** The babies as an export writes them: the stored columns. */
export const babyRowsForExport = (db: Db, householdId: string) =>
  db
    .selectFrom("babies")
    .select(["id", "name", "birth_date", "due_date", "time_zone", "sex"])
    .where("household_id", "=", householdId)
    .execute();
