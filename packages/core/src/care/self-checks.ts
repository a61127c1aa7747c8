/**
 * The two self-checks: PHQ-9 (depression) and GAD-7 (anxiety). Both are free to use without
 * permission (Pfizer). Each item is answered 0–3 for the last two weeks; the total falls in the
 * published bands. Any answer above 0 on PHQ-9 item 9 (thoughts of being better off dead or of
 * self-harm) opens the safety screen, whatever the total.
 * - Kroenke K, Spitzer RL, Williams JBW (2001). The PHQ-9: validity of a brief depression severity
 *   measure. J Gen Intern Med 16:606–613. (Bands 5, 10, 15, 20: mild, moderate, moderately severe, severe.)
 * - Spitzer RL, Kroenke K, Williams JBW, Löwe B (2006). A brief measure for assessing generalized
 *   anxiety disorder: the GAD-7. Arch Intern Med 166:1092–1097. (Bands 5, 10, 15: mild, moderate, severe.)
 * They screen; they do not diagnose. Both have been validated with mothers and fathers after birth.
 */

import { type Instrument, instrumentItems } from "../kinds/selfscreen.ts";

export const instruments = {
  phq9: {
    items: instrumentItems.phq9,
    bands: [
      { from: 0, band: "minimal" },
      { from: 5, band: "mild" },
      { from: 10, band: "moderate" },
      { from: 15, band: "moderatelySevere" },
      { from: 20, band: "severe" },
    ],
    source: "Kroenke, Spitzer & Williams 2001",
  },
  gad7: {
    items: instrumentItems.gad7,
    bands: [
      { from: 0, band: "minimal" },
      { from: 5, band: "mild" },
      { from: 10, band: "moderate" },
      { from: 15, band: "severe" },
    ],
    source: "Spitzer, Kroenke, Williams & Löwe 2006",
  },
} as const satisfies Record<Instrument, { items: number; bands: readonly unknown[]; source: string }>;

export type Band = (typeof instruments)[Instrument]["bands"][number]["band"];

/** The PHQ-9 item about thoughts of death or self-harm (0-based index). */
export const selfHarmItem = 8;
/** How many days before a screen is worth repeating: both ask about the last two weeks. */
export const repeatAfterDays = 14;

export interface SelfCheckResult {
  readonly instrument: Instrument;
  readonly total: number;
  readonly max: number;
  readonly band: Band;
  /** Moderate or above: worth talking to a doctor. */
  readonly seeDoctor: boolean;
  /** An answer above 0 on the self-harm item: show the safety screen now. */
  readonly safety: boolean;
}

/** True when this answer alone must open the safety screen (checked as soon as it is given). */
export const needsSafetyScreen = (
  instrument: Instrument,
  answers: readonly (number | undefined)[],
): boolean => instrument === "phq9" && (answers[selfHarmItem] ?? 0) > 0;

/** Scores a complete set of answers; `undefined` when an answer is missing or not 0–3. */
export const scoreSelfCheck = (
  instrument: Instrument,
  answers: readonly (number | undefined)[],
): SelfCheckResult | undefined => {
  const def = instruments[instrument];
  if (answers.length !== def.items) return undefined;
  let total = 0;
  for (const a of answers) {
    if (a === undefined || !Number.isInteger(a) || a < 0 || a > 3) return undefined;
    total += a;
  }
  let band: Band = def.bands[0].band;
  for (const b of def.bands) if (total >= b.from) band = b.band;
  return {
    instrument,
    total,
    max: def.items * 3,
    band,
    seeDoctor: total >= 10,
    safety: needsSafetyScreen(instrument, answers),
  };
};
