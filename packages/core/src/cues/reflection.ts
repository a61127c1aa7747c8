/**
 * Reflection, not grading: week by week (and for one caregiver when asked), how many moments there
 * were, how often the first response settled the baby, how often a miss was repaired, and how long
 * settling took. Framed against the finding that caregivers and babies are in step only about one
 * time in three, and that repairing the misses is what matters:
 * - Tronick EZ, Gianino AF (1986). Interactive mismatch and repair: challenges to the coping infant.
 *   Zero to Three 6(3):1–6.
 * - Tronick E (1989). Emotions and emotional communication in infants. Am Psychol 44:112–119.
 * No scores, streaks or rankings: the same figures for every caregiver, never compared.
 */
import type { SourceId } from "../content/sources.ts";

import { lastDays } from "../insights/day-chart.ts";
import { dayKey } from "../projections/days.ts";
import { median } from "../stats.ts";
import { type Moment, momentStory } from "./moments.ts";

/** The share of moments in step at the first try that research describes as ordinary. */
/** What the reflection's words on being in step and repairing rest on. */
export const reflectionSources: readonly SourceId[] = ["tronick1986"];

export const inStepReference = { share: 1 / 3, source: "Tronick & Gianino 1986; Tronick 1989" } as const;

export interface ReflectionWeek {
  /** The first day of the seven (YYYY-MM-DD, in the household's time zone). */
  readonly weekStart: string;
  readonly moments: number;
  /** Moments with at least one response marked. */
  readonly tried: number;
  readonly firstSettled: number;
  readonly missed: number;
  readonly repaired: number;
  readonly medianSettleMin?: number | undefined;
}

/** The last `weeks` blocks of seven days, oldest first; `author` keeps one caregiver's moments. */
export const reflectionWeeks = (
  moments: readonly Moment[],
  weeks: number,
  timeZone: string,
  now: number,
  author?: string,
): ReflectionWeek[] => {
  const days = lastDays(weeks * 7, timeZone, now).reverse();
  const weekOf = new Map(days.map((d, i) => [d, Math.floor(i / 7)]));
  const buckets = Array.from({ length: weeks }, () => [] as Moment[]);
  for (const m of moments) {
    if (author !== undefined && m.author !== author) continue;
    const w = weekOf.get(dayKey(m.start, timeZone));
    if (w !== undefined) buckets[w]!.push(m);
  }
  return buckets.map((list, w) => {
    const stories = list.map(momentStory);
    return {
      weekStart: days[w * 7]!,
      moments: list.length,
      tried: stories.filter((s) => s.tried).length,
      firstSettled: stories.filter((s) => s.firstSettled).length,
      missed: stories.filter((s) => s.missed).length,
      repaired: stories.filter((s) => s.repaired).length,
      medianSettleMin: median(
        stories.flatMap((s) => (s.settleMinutes !== undefined ? [s.settleMinutes] : [])),
      ),
    };
  });
};

/** Which kind words fit a week: never a verdict, always what the figures mean. */
export const reflectionTone = (w: ReflectionWeek): "quiet" | "inStep" | "repairing" | "tryingAgain" => {
  if (w.tried === 0) return "quiet";
  if (w.repaired > 0) return "repairing";
  // Our own plain line, not a research figure: the one-in-three finding measured something else.
  if (w.firstSettled / w.tried >= 0.5) return "inStep";
  return "tryingAgain";
};
