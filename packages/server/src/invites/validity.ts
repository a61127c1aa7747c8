/**
 * An invite carries its maker's right to invite: once the maker has left, been removed, lost the
 * role that allowed it, lost their helper access or deleted the account, their open invites stop
 * working. Checked when an invite is used, and open invites are withdrawn when the right goes.
 */
import { canInvite, hasExpired, type Role } from "@attune/core";
import type { Kysely } from "kysely";
import type { Services } from "../services.ts";
import { deleteInvite, unusedInvitesBy } from "../store/invites.ts";
import { findMember } from "../store/members.ts";
import type { Database } from "../store/schema.ts";

export const makerMayStillInvite = async (
  db: Kysely<Database>,
  invite: { household_id: string; created_by: string; role: string },
  now: number,
): Promise<boolean> => {
  const maker = await findMember(db, invite.household_id, invite.created_by);
  return !!maker && !hasExpired(maker, now) && canInvite(maker, invite.role as Role);
};

/** Withdraws the open invites this member may no longer make (all of them when they have gone). */
export const withdrawInvitesBeyond = async (
  services: Services,
  householdId: string,
  userId: string,
): Promise<void> => {
  for (const invite of await unusedInvitesBy(services.db, householdId, userId))
    if (!(await makerMayStillInvite(services.db, invite, services.now())))
      await deleteInvite(services.db, invite.id);
};
