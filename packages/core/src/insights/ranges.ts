/**
 * Ranges to set a day's numbers beside, by age, each with its source. Corrected age should be
 * passed for a baby born early. These are what most babies do, not targets: the screens say so.
 */

import type { SourceId } from "../content/sources.ts";

export interface Range {
  readonly metric: "sleepHours" | "feeds" | "wetDiapers";
  /** Citation only (authors, year, title); what the range applies to is said by the screens. */
  readonly min: number;
  readonly max?: number | undefined;
  readonly source: SourceId;
}

export const referenceRanges = (ageDays: number): Range[] => {
  const ranges: Range[] = [];
  if (ageDays < 4 * 30.44) {
    ranges.push({
      metric: "sleepHours",
      min: 14,
      max: 17,
      source: "nsf2015",
    });
  } else if (ageDays < 365) {
    ranges.push({
      metric: "sleepHours",
      min: 12,
      max: 16,
      source: "aasm2016",
    });
  } else if (ageDays < 731) {
    ranges.push({
      metric: "sleepHours",
      min: 11,
      max: 14,
      source: "aasm2016",
    });
  }
  if (ageDays < 30) {
    ranges.push({
      metric: "feeds",
      min: 8,
      max: 12,
      source: "aapFeeding",
    });
  }
  if (ageDays >= 6 && ageDays < 6 * 30.44) {
    ranges.push({
      metric: "wetDiapers",
      min: 6,
      source: "nhsEnoughMilk",
    });
  }
  return ranges;
};
