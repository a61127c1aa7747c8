/**
 * What a family lives with, from the short intake, and what it changes: the guidance shown and
 * where to seek help. The baby's circumstances are shared with the household; a caregiver's own are
 * private to them. Urgent signs are the same for everyone and always come first.
 */

import type { SourceId } from "../content/sources.ts";

export const babyCircumstances = [
  "born_early",
  "intensive_care",
  "separated_after_birth",
  "many_caretakers",
  "health_problems",
  "birth_problems",
  "hard_to_soothe",
] as const;
export const caregiverCircumstances = [
  "depression",
  "anxiety",
  "substance_use",
  "high_stress",
  "hard_childhood",
  "unsafe_home",
] as const;
export type Circumstance = (typeof babyCircumstances)[number] | (typeof caregiverCircumstances)[number];
export const circumstances: readonly Circumstance[] = [...babyCircumstances, ...caregiverCircumstances];

export type HelpPlace =
  | "emergency"
  | "paediatrician"
  | "gp"
  | "infantMentalHealth"
  | "earlyIntervention"
  | "perinatalMentalHealth"
  | "addictionService"
  | "domesticAbuse";

export interface Guidance {
  /** The key of the words (in the app's language files). */
  readonly id: string;
  readonly places: readonly HelpPlace[];
  /** What the words rest on: the first for the main point, then any further one. */
  readonly sources: readonly SourceId[];
}

const guidance: Record<Circumstance, Guidance> = {
  born_early: {
    id: "bornEarly",
    places: ["paediatrician", "earlyIntervention"],
    sources: ["aapCorrectedAge"],
  },
  intensive_care: {
    id: "intensiveCare",
    places: ["paediatrician", "infantMentalHealth"],
    sources: ["whoPreterm2022"],
  },
  separated_after_birth: {
    id: "separated",
    places: ["infantMentalHealth", "perinatalMentalHealth"],
    // Early separation does not set the bond: preterm babies, often apart from their parents at
    // first, are as securely attached as others (Korja 2012); closeness afterwards helps (KMC).
    sources: ["korja2012", "cochraneKmc2016"],
  },
  many_caretakers: {
    id: "manyCaretakers",
    places: ["infantMentalHealth"],
    sources: ["dozier2006"],
  },
  health_problems: {
    id: "healthProblems",
    places: ["paediatrician", "earlyIntervention"],
    sources: ["aapDevelopment2020"],
  },
  birth_problems: {
    id: "birthProblems",
    places: ["paediatrician", "earlyIntervention", "infantMentalHealth"],
    sources: ["aapDevelopment2020"],
  },
  hard_to_soothe: {
    id: "hardToSoothe",
    places: ["paediatrician", "infantMentalHealth", "earlyIntervention"],
    // Babies whose regulation is hard (sleep, feeding, calming, senses) are worth following early.
    sources: ["degangi2000", "wolke2017"],
  },
  depression: {
    id: "depression",
    places: ["gp", "perinatalMentalHealth"],
    sources: ["niceCg192"],
  },
  anxiety: {
    id: "anxiety",
    places: ["gp", "perinatalMentalHealth"],
    sources: ["niceCg192"],
  },
  substance_use: {
    id: "substanceUse",
    places: ["gp", "addictionService"],
    sources: ["aapSafeSleep2022"],
  },
  high_stress: {
    id: "highStress",
    places: ["gp"],
    sources: ["harvardStress2016"],
  },
  hard_childhood: {
    id: "hardChildhood",
    places: ["infantMentalHealth", "perinatalMentalHealth"],
    sources: ["roisman2002"],
  },
  unsafe_home: {
    id: "unsafeHome",
    places: ["domesticAbuse", "emergency"],
    sources: ["whoIpv2013"],
  },
};

/** The guidance for the circumstances given, in the intake's order, each with where to seek help. */
export const guidanceFor = (flags: readonly string[]): Guidance[] =>
  circumstances.filter((c) => flags.includes(c)).map((c) => guidance[c]);

/**
 * The signs that need help now, shown first on the help screen for everyone: NICE's "red"
 * (high-risk) features of illness in a young child, and thoughts of harm.
 */
export const urgentSigns: readonly { readonly id: string; readonly source: SourceId }[] = [
  { id: "feverYoung", source: "niceNg143" },
  { id: "hardToWake", source: "niceNg143" },
  { id: "weakCry", source: "niceNg143" },
  { id: "skinColour", source: "niceNg143" },
  { id: "breathing", source: "niceNg143" },
  { id: "fit", source: "niceNg143" },
  { id: "rash", source: "niceNg143" },
  { id: "fontanelle", source: "niceNg143" },
  { id: "notFeeding", source: "niceNg143" },
  { id: "harmThoughts", source: "niceCg192" },
];

/** A due date from weeks born early, for the corrected age (full term counted as 40 weeks). */
export const dueDateFromWeeksEarly = (birthDate: string, weeksEarly: number): string =>
  new Date(Date.parse(`${birthDate}T00:00:00Z`) + Math.round(weeksEarly * 7) * 86_400_000)
    .toISOString()
    .slice(0, 10);
