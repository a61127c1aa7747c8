/**
 * Roles in a household and what each may do, without the validation library (the first screen
 * needs them). A helper (a babysitter, a grandparent for an afternoon) logs and reads the last few
 * days, never sees anything private, and loses access at a set time, or when removed.
 */
export const roleNames = ["owner", "caregiver", "helper"] as const;
export type Role = (typeof roleNames)[number];

export const defaultHelperWindowDays = 3;
export const dayMs = 24 * 60 * 60 * 1000;

export interface Membership {
  readonly role: Role;
  /** When a helper's access ends (ISO instant); null for owners, caregivers and helpers until removed. */
  readonly accessUntil?: string | null | undefined;
  readonly windowDays?: number | null | undefined;
}

export const canInvite = (m: Membership, invitedRole: Role): boolean =>
  m.role === "owner" || (m.role === "caregiver" && invitedRole === "helper");
export const canSeePrivate = (m: Membership): boolean => m.role !== "helper";

export const hasExpired = (m: Membership, now: number): boolean =>
  m.accessUntil != null && Date.parse(m.accessUntil) <= now;

/** The earliest record time a member may read, or undefined when the whole history is open. */
export const visibleFrom = (m: Membership, now: number): string | undefined =>
  m.role === "helper"
    ? new Date(now - (m.windowDays ?? defaultHelperWindowDays) * dayMs).toISOString()
    : undefined;
