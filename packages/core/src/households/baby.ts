/**
 * A baby's details and the rules they keep, in one place for the server's routes and the app's
 * baby form (welcome and settings): a name, a birth date not in the future, a due date within six
 * months of the birth (for a baby born early, it sets the corrected age), a sex for the WHO growth
 * charts or none, and a time zone the days are cut in. No zod: the welcome screen is the first
 * screen for a new family.
 */
export const babySexes = ["female", "male"] as const;
export type BabySex = (typeof babySexes)[number];

export interface BabyDetails {
  readonly name: string;
  readonly birthDate: string;
  readonly dueDate: string | null;
  readonly sex: BabySex | null;
  readonly timeZone: string;
}

export const babyNameMax = 60;
const dayMs = 24 * 3600 * 1000;

export type BabyProblem = "required" | "too_long" | "invalid_date" | "future" | "due_far" | "invalid_zone";

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0 && zone.length <= 64;
  } catch {
    return false;
  }
};

/** What is wrong with a baby's details, field by field; empty when they may be saved. */
export const babyProblems = (
  b: Partial<BabyDetails>,
  now: number,
): Partial<Record<keyof BabyDetails, BabyProblem>> => {
  const problems: Partial<Record<keyof BabyDetails, BabyProblem>> = {};
  const name = b.name?.trim() ?? "";
  if (!name) problems.name = "required";
  else if (name.length > babyNameMax) problems.name = "too_long";
  if (!b.birthDate) problems.birthDate = "required";
  else if (!isDate(b.birthDate)) problems.birthDate = "invalid_date";
  // A day of grace: the family's day may already have begun where the server's has not.
  else if (Date.parse(b.birthDate) > now + dayMs) problems.birthDate = "future";
  if (b.dueDate) {
    if (!isDate(b.dueDate)) problems.dueDate = "invalid_date";
    else if (
      b.birthDate &&
      isDate(b.birthDate) &&
      Math.abs(Date.parse(b.dueDate) - Date.parse(b.birthDate)) > 183 * dayMs
    )
      problems.dueDate = "due_far";
  }
  if (b.timeZone !== undefined && !isTimeZone(b.timeZone)) problems.timeZone = "invalid_zone";
  return problems;
};
