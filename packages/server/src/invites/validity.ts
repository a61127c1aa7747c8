/**
 * An invite carries its maker's right to invite: once the maker has left, been removed, lost the
 * role that allowed it, lost their helper access or deleted the account, their open invites stop
 * working. Checked when an invite is used, and open invites are withdrawn when the right goes.
 */
import { canInvite, hasExpired, type Role } from "@attune/core";
import type { Kysely } from "kysely";
import type { Services } from "../services.ts";
import type { Database } from "../store/schema.ts";

export const makerMayStillInvite = async (
  db: Kysely<Database>,
  invite: { household_id: string; created_by: string; role: string },
  now: number,
): Promise<boolean> => {
  const maker = await db
    .selectFrom("memberships")
    .select(["role", "access_until", "window_days"])
    .where("household_id", "=", invite.household_id)
    .where("user_id", "=", invite.created_by)
    .executeTakeFirst();
  if (!maker) return false;
  const membership = { role: maker.role as Role, accessUntil: maker.access_until };
  return !hasExpired(membership, now) && canInvite(membership, invite.role as Role);
};

/** Withdraws the open invites this member may no longer make (all of them when they have gone). */
export const withdrawInvitesBeyond = async (
  services: Services,
  householdId: string,
  userId: string,
): Promise<void> => {
  const open = await services.db
    .selectFrom("invites")
    .select(["id", "household_id", "created_by", "role"])
    .where("household_id", "=", householdId)
    .where("created_by", "=", userId)
    .where("used_at", "is", null)
    .execute();
  for (const invite of open)
    if (!(await makerMayStillInvite(services.db, invite, services.now())))
      await services.db.deleteFrom("invites").where("id", "=", invite.id).execute();
};
