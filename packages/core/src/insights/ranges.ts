/**
 * Ranges to set a day's numbers beside, by age, each with its source. Corrected age should be
 * passed for a baby born early. These are what most babies do, not targets: the screens say so.
 */

export interface Range {
  readonly metric: "sleepHours" | "feeds" | "wetDiapers";
  /** Citation only (authors, year, title); what the range applies to is said by the screens. */
  readonly min: number;
  readonly max?: number | undefined;
  readonly source: string;
}

export const referenceRanges = (ageDays: number): Range[] => {
  const ranges: Range[] = [];
  if (ageDays < 4 * 30.44) {
    ranges.push({
      metric: "sleepHours",
      min: 14,
      max: 17,
      source: "NSF 2015 (Hirshkowitz et al., Sleep Health 1:40–43)",
    });
  } else if (ageDays < 365) {
    ranges.push({
      metric: "sleepHours",
      min: 12,
      max: 16,
      source: "AASM 2016 (Paruthi et al., J Clin Sleep Med 12:785–786)",
    });
  } else if (ageDays < 731) {
    ranges.push({
      metric: "sleepHours",
      min: 11,
      max: 14,
      source: "AASM 2016 (Paruthi et al., J Clin Sleep Med 12:785–786)",
    });
  }
  if (ageDays < 30) {
    ranges.push({
      metric: "feeds",
      min: 8,
      max: 12,
      source: "AAP, HealthyChildren.org (2022)",
    });
  }
  if (ageDays >= 6 && ageDays < 6 * 30.44) {
    ranges.push({
      metric: "wetDiapers",
      min: 6,
      source: "NHS, 'Is my baby getting enough milk?' (2023)",
    });
  }
  return ranges;
};
