/**
 * When a temperature needs a doctor. The thresholds are those of the UK's NICE guideline NG143,
 * "Fever in under 5s: assessment and initial management" (2019, updated 2021): in a baby younger
 * than 3 months a temperature of 38 °C or more is a high-risk sign; from 3 to 6 months, 39 °C or
 * more is an intermediate-risk sign. The AAP gives the same 38 °C (100.4 °F) line for babies under
 * 3 months ("Fever and Your Baby", HealthyChildren.org, 2022).
 */

import type { SourceId } from "../content/sources.ts";

export type FeverAdvice = "urgent" | "see_doctor_today" | "none";

export const feverSources: readonly SourceId[] = ["niceNg143", "aapFever"];

const dayMs = 86_400_000;

/** `birthDate` is YYYY-MM-DD; the age is the real (not corrected) age, as the guideline uses. */
export const feverAdvice = (birthDate: string, temperatureC: number, at: number): FeverAdvice => {
  const ageDays = (at - Date.parse(`${birthDate}T00:00:00Z`)) / dayMs;
  if (ageDays < 91 && temperatureC >= 38) return "urgent";
  if (ageDays < 183 && temperatureC >= 39) return "see_doctor_today";
  return "none";
};
