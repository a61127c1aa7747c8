/**
 * The check at the door of every household route: is this account a member, and is its access
 * still open? A household the account is not in does not exist as far as it can tell (404).
 */
import { canManagePeople, hasExpired } from "@attune/core";
import { forbidden, notFound, unauthorized } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { findMember, type MemberAccess } from "../store/members.ts";

export type { MemberAccess } from "../store/members.ts";

export const requireMember = async (
  services: Services,
  householdId: string,
  userId: string,
): Promise<MemberAccess> => {
  const access = await services.access.member(householdId, userId, () =>
    findMember(services.reader, householdId, userId),
  );
  if (!access) throw notFound("No such household");
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
