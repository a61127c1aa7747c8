/** A baby's sex, optional, for the WHO growth charts (which differ for girls and boys). */
import type { Kysely } from "kysely";

export const up = async (db: Kysely<unknown>): Promise<void> => {
  await db.schema.alterTable("babies").addColumn("sex", "text").execute();
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await db.schema.alterTable("babies").dropColumn("sex").execute();
};
