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

/** The roles this member may invite, in the order the invite form offers them. */
export const invitableRoles = (m: Membership): Role[] =>
  (["caregiver", "helper", "owner"] as const).filter((r) => canInvite(m, r));

/** Owners manage the people: change a role or a helper's access, remove someone. */
export const canManagePeople = (m: Membership): boolean => m.role === "owner";

/**
 * Caregivers and owners keep the family's details: its babies, the guide, the night rota, the
 * numbers at hand, the baby's circumstances, imports and invites. A helper logs and reads.
 */
export const canEditFamilyDetails = (m: Membership): boolean => m.role !== "helper";

/** Who takes nights on the rota: caregivers and owners. */
export const takesNights = (m: Membership): boolean => m.role !== "helper";

export const hasExpired = (m: Membership, now: number): boolean =>
  m.accessUntil != null && Date.parse(m.accessUntil) <= now;

/** The earliest record time a member may read, or undefined when the whole history is open. */
export const visibleFrom = (m: Membership, now: number): string | undefined =>
  m.role === "helper"
    ? new Date(now - (m.windowDays ?? defaultHelperWindowDays) * dayMs).toISOString()
    : undefined;

/** Who may make the report for the baby's doctor: not a helper, who sees only recent days. */
export const canMakeReport = (m: Membership): boolean => m.role !== "helper";
