/** What the server says about the account and its household, cached for offline starts. */
export interface SessionInfo {
  readonly user: {
    readonly id: string;
    readonly email: string;
    readonly name: string;
    readonly locale: "en" | "es";
  };
  readonly csrfToken: string | null;
  readonly households: readonly {
    readonly householdId: string;
    readonly name: string;
    readonly role: string;
  }[];
}

export interface Baby {
  readonly id: string;
  readonly name: string;
  readonly birthDate: string;
  readonly dueDate: string | null;
  readonly timeZone: string;
  /** For the WHO growth charts; null when not given. */
  readonly sex?: "female" | "male" | null;
}

export interface Member {
  readonly userId: string;
  readonly name: string;
  readonly role: "owner" | "caregiver" | "helper";
  readonly accessUntil: string | null;
  /** A helper's window: how many days back it may read and write. */
  readonly windowDays?: number | null;
}

export interface HouseholdInfo {
  readonly id: string;
  readonly name: string;
  readonly role: "owner" | "caregiver" | "helper";
  readonly members: readonly Member[];
  readonly babies: readonly Baby[];
}
