/**
 * Bonding inside everyday care: one short idea, fitted to the baby's age, while a feed is timed or
 * just after a change — at most one every few hours, and a caregiver can turn them off. Written for
 * every caregiver alike. The words are in the language files (`bonding.<id>`); each idea names its
 * sources here.
 */
import type { SourceId } from "../content/sources.ts";

export type CareMoment = "feed" | "diaper";

export interface BondingIdea {
  readonly id: string;
  readonly during: CareMoment;
  /** Age in days (corrected when born early) from which, and before which, it fits. */
  readonly fromDays: number;
  readonly toDays: number;
  readonly sources: readonly SourceId[];
}

export const bondingIdeas: readonly BondingIdea[] = [
  { id: "feedEyes", during: "feed", fromDays: 0, toDays: 366, sources: ["harvardServeReturn", "aapVision"] },
  { id: "feedPauses", during: "feed", fromDays: 0, toDays: 180, sources: ["harvardServeReturn"] },
  { id: "feedSkin", during: "feed", fromDays: 0, toDays: 90, sources: ["cochraneKmc2016"] },
  { id: "feedSling", during: "feed", fromDays: 0, toDays: 366, sources: ["anisfeld1990"] },
  { id: "changeSong", during: "diaper", fromDays: 0, toDays: 366, sources: ["harvardServeReturn"] },
  { id: "changeTalk", during: "diaper", fromDays: 0, toDays: 366, sources: ["aapReading2014"] },
  { id: "changeFace", during: "diaper", fromDays: 60, toDays: 366, sources: ["harvardServeReturn"] },
  { id: "changeKick", during: "diaper", fromDays: 30, toDays: 366, sources: ["whoActivity2019"] },
];

/** Every source the ideas rest on, for the content checks. */
export const bondingSources: readonly SourceId[] = [...new Set(bondingIdeas.flatMap((i) => i.sources))];

/** How long after one idea the next may come. */
export const bondingGapMs = 6 * 3600_000;

/** The idea for this care moment and age, taking turns by `turn` (e.g. how many were shown before). */
export const bondingIdeaFor = (
  during: CareMoment,
  ageDays: number,
  turn: number,
): BondingIdea | undefined => {
  const fitting = bondingIdeas.filter(
    (i) => i.during === during && ageDays >= i.fromDays && ageDays < i.toDays,
  );
  return fitting.length ? fitting[turn % fitting.length] : undefined;
};
