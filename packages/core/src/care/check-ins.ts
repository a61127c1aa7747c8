/**
 * A caregiver's quick check-ins (last night's sleep, stress, mood, whether they had help and time for
 * themselves): the trend over weeks and the gentle suggestions that follow from the last few. Private
 * to the caregiver unless they share one; nothing here compares caregivers.
 */
import { dayKey } from "../projections/days.ts";

export interface CheckIn {
  readonly at: string;
  readonly sleepHours?: number | undefined;
  /** 1 (calm) to 5 (very stressed). */
  readonly stress?: number | undefined;
  /** 1 (very low) to 5 (good). */
  readonly mood?: number | undefined;
  readonly hadHelp?: boolean | undefined;
  readonly ownTime?: boolean | undefined;
}

export type CareSuggestion =
  | "tradeNights"
  | "holdFussyHours"
  | "hourAway"
  | "askHelp"
  | "walkOutside"
  | "selfCheck";

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);
const values = <K extends keyof CheckIn>(list: readonly CheckIn[], key: K) =>
  list.map((c) => c[key]).filter((v): v is NonNullable<CheckIn[K]> => v !== undefined);

/**
 * What might help, from the last week of check-ins (newest last): at most three, most pressing first.
 * Figures are our judgement; they suggest, never judge.
 */
export const careSuggestions = (checkIns: readonly CheckIn[], now: number): CareSuggestion[] => {
  const recent = [...checkIns]
    .filter((c) => now - Date.parse(c.at) <= 7 * 86_400_000 && Date.parse(c.at) <= now)
    .sort((a, b) => a.at.localeCompare(b.at));
  const last3 = recent.slice(-3);
  const last5 = recent.slice(-5);
  const out: CareSuggestion[] = [];
  const lowMoodDays = values(recent, "mood").filter((m) => m <= 2).length;
  const highStressDays = values(recent, "stress").filter((s) => s >= 4).length;
  if (lowMoodDays >= 4 || highStressDays >= 5) out.push("selfCheck");
  const sleep = mean(values(last3, "sleepHours"));
  if (sleep !== undefined && sleep < 5) out.push("tradeNights");
  const stress = mean(values(last3, "stress"));
  if (stress !== undefined && stress >= 3.5) out.push("holdFussyHours");
  if (values(last5, "ownTime").filter((v) => !v).length >= 3) out.push("hourAway");
  if (values(last5, "hadHelp").filter((v) => !v).length >= 3) out.push("askHelp");
  const mood = mean(values(last3, "mood"));
  if (mood !== undefined && mood <= 2.5) out.push("walkOutside");
  return out.slice(0, 3);
};

export interface CheckInWeek {
  readonly weekStart: string;
  readonly count: number;
  readonly sleepHours?: number | undefined;
  readonly stress?: number | undefined;
  readonly mood?: number | undefined;
}

/** Weekly averages over the last `weeks` blocks of seven days ending with `today` (oldest first). */
export const checkInWeeks = (
  checkIns: readonly CheckIn[],
  weeks: number,
  timeZone: string,
  today: string,
): CheckInWeek[] => {
  const utc = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  const end = utc(today);
  const out: CheckInWeek[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const first = end - (w * 7 + 6) * 86_400_000;
    const last = end - w * 7 * 86_400_000;
    const inWeek = checkIns.filter((c) => {
      const d = utc(dayKey(c.at, timeZone));
      return d >= first && d <= last;
    });
    out.push({
      weekStart: new Date(first).toISOString().slice(0, 10),
      count: inWeek.length,
      sleepHours: mean(values(inWeek, "sleepHours")),
      stress: mean(values(inWeek, "stress")),
      mood: mean(values(inWeek, "mood")),
    });
  }
  return out;
};
