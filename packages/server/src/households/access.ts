/**
 * The check at the door of every household route: is this account a member, and is its access
 * still open? A household the account is not in does not exist as far as it can tell (404).
 */
import { canManagePeople, hasExpired, type Membership, type Role } from "@attune/core";
import { forbidden, notFound, unauthorized } from "../http/errors.ts";
import type { Services } from "../services.ts";

export interface MemberAccess extends Membership {
  readonly householdId: string;
  readonly userId: string;
  readonly role: Role;
}

export const requireMember = async (
  services: Services,
  householdId: string,
  userId: string,
): Promise<MemberAccess> => {
  const row = await services.reader
    .selectFrom("memberships")
    .select(["role", "access_until", "window_days"])
    .where("household_id", "=", householdId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) throw notFound("No such household");
  const access: MemberAccess = {
    householdId,
    userId,
    role: row.role as Role,
    accessUntil: row.access_until,
    windowDays: row.window_days,
  };
  if (hasExpired(access, services.now()))
    throw unauthorized("Your helper access to this household has ended");
  return access;
};

export const requireOwner = async (
  services: Services,
  householdId: string,
  userId: string,
): Promise<MemberAccess> => {
  const access = await requireMember(services, householdId, userId);
  if (!canManagePeople(access)) throw forbidden("Only an owner of the household can do this");
  return access;
};
