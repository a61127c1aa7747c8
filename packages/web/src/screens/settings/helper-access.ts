/** How long a helper's access lasts, chosen by whoever invites them or, later, by an owner. */
export const helperAccessHours = { day: 24, week: 24 * 7, month: 24 * 30, untilRemoved: null } as const;
export type HelperAccess = keyof typeof helperAccessHours;
export const helperAccessChoices = Object.keys(helperAccessHours) as HelperAccess[];

/** The end of access for a choice made now; null for "until someone removes it". */
export const accessUntilFromNow = (choice: HelperAccess, now: number): string | null => {
  const hours = helperAccessHours[choice];
  return hours === null ? null : new Date(now + hours * 3600_000).toISOString();
};
