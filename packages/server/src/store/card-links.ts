/** Read-only links to a baby's guide card: only the token's hash is kept, with the card itself. */
import type { Kysely } from "kysely";
import type { CardLinksTable, Database } from "./schema.ts";

type Db = Kysely<Database>;

export const insertCardLink = (db: Db, row: CardLinksTable) =>
  db.insertInto("card_links").values(row).execute();

/** The household's links that still open (not revoked, not expired), newest first. */
export const liveCardLinks = (db: Db, householdId: string, nowIso: string) =>
  db
    .selectFrom("card_links")
    .select(["id", "baby_id", "created_by", "created_at", "expires_at"])
    .where("household_id", "=", householdId)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", nowIso)
    .orderBy("created_at", "desc")
    .execute();

export const revokeCardLink = async (db: Db, householdId: string, linkId: string, nowIso: string) => {
  const result = await db
    .updateTable("card_links")
    .set({ revoked_at: nowIso })
    .where("id", "=", linkId)
    .where("household_id", "=", householdId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
};

/** A link by its token's hash, if it still opens, with the role its maker has in the household now. */
export const openCardLink = (db: Db, tokenHash: string, nowIso: string) =>
  db
    .selectFrom("card_links")
    .innerJoin("memberships", (j) =>
      j
        .onRef("memberships.household_id", "=", "card_links.household_id")
        .onRef("memberships.user_id", "=", "card_links.created_by"),
    )
    .select(["card_links.card", "card_links.expires_at", "memberships.role"])
    .where("card_links.token_hash", "=", tokenHash)
    .where("card_links.revoked_at", "is", null)
    .where("card_links.expires_at", ">", nowIso)
    .executeTakeFirst();
