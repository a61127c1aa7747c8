/**
 * A baby's age, and for a baby born early the corrected age too: the age counted from the due
 * date, which is what development is compared against until about two years (AAP, "Corrected Age
 * For Preemies", HealthyChildren.org, 2022).
 */
const dayMs = 86_400_000;

export interface BabyAge {
  readonly days: number;
  /** Present when the baby was born at least two weeks before the due date, until age two. */
  readonly correctedDays?: number | undefined;
}

const daysBetween = (from: string, now: number) =>
  Math.floor((now - Date.parse(`${from}T00:00:00Z`)) / dayMs);

export const babyAge = (birthDate: string, dueDate: string | null | undefined, now: number): BabyAge => {
  const days = daysBetween(birthDate, now);
  if (!dueDate) return { days };
  const early = daysBetween(birthDate, Date.parse(`${dueDate}T00:00:00Z`));
  if (early < 14 || days > 2 * 365) return { days };
  return { days, correctedDays: days - early };
};
