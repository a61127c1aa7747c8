/**
 * Illness is never waved away: when a sign that can go with being unwell is ticked (a sudden,
 * shrill, weak or continuous cry; refusing feeds; floppy; hard to wake) or a fever was logged in the
 * last day, the moment screen asks "could it be illness?" with the urgent signs one tap away,
 * whatever the need helper's odds say. These are among the features NICE NG143 lists as
 * amber or red in a young child (a weak, high-pitched or continuous cry; reduced response; not
 * feeding; reduced tone).
 */
import type { SourceId } from "../content/sources.ts";
import type { Sign } from "./vocabulary.ts";

export const illnessSigns: readonly Sign[] = [
  "cry_shrill",
  "cry_weak",
  "cry_continuous",
  "refusing_feeds",
  "floppy",
  "hard_to_wake",
];

export const illnessSources: readonly SourceId[] = ["niceNg143", "aapFever"];

/** A temperature at or above this (°C) in the last day counts as a fever for the check. */
export const feverC = 38;

export interface IllnessCheck {
  /** The ticked signs that can go with being unwell. */
  readonly signs: readonly Sign[];
  /** The highest temperature logged in the last day, when it was a fever. */
  readonly feverC?: number | undefined;
}

export const illnessCheck = (
  ticked: readonly string[],
  temperatures: readonly { readonly at: number; readonly c: number }[],
  now: number,
): IllnessCheck | undefined => {
  const signs = illnessSigns.filter((s) => ticked.includes(s));
  const recent = temperatures.filter((t) => t.at <= now && now - t.at <= 24 * 3600_000).map((t) => t.c);
  const highest = recent.length ? Math.max(...recent) : undefined;
  const fever = highest !== undefined && highest >= feverC ? highest : undefined;
  return signs.length || fever !== undefined ? { signs, feverC: fever } : undefined;
};
