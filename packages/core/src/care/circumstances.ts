/**
 * What a family lives with, from the short intake, and what it changes: the guidance shown and
 * where to seek help. The baby's circumstances are shared with the household; a caregiver's own are
 * private to them. Urgent signs are the same for everyone and always come first.
 */

export const babyCircumstances = [
  "born_early",
  "intensive_care",
  "separated_after_birth",
  "many_caretakers",
  "health_problems",
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
  readonly source: string;
}

const guidance: Record<Circumstance, Guidance> = {
  born_early: {
    id: "bornEarly",
    places: ["paediatrician", "earlyIntervention"],
    source: "AAP, HealthyChildren.org: Corrected age for preemies",
  },
  intensive_care: {
    id: "intensiveCare",
    places: ["paediatrician", "infantMentalHealth"],
    source: "WHO (2022). Recommendations for care of the preterm or low-birth-weight infant",
  },
  separated_after_birth: {
    id: "separated",
    places: ["infantMentalHealth", "perinatalMentalHealth"],
    source:
      "Moore ER et al. (2016). Early skin-to-skin contact for mothers and their healthy newborn infants. Cochrane Review",
  },
  many_caretakers: {
    id: "manyCaretakers",
    places: ["infantMentalHealth"],
    source:
      "Dozier M et al. (2006). Developing evidence-based interventions for foster children. J Soc Issues 62:765–783",
  },
  health_problems: {
    id: "healthProblems",
    places: ["paediatrician", "earlyIntervention"],
    source:
      "AAP (2020). Promoting optimal development: identifying infants and young children with developmental disorders",
  },
  depression: {
    id: "depression",
    places: ["gp", "perinatalMentalHealth"],
    source: "NICE CG192 (2014, updated 2020). Antenatal and postnatal mental health",
  },
  anxiety: {
    id: "anxiety",
    places: ["gp", "perinatalMentalHealth"],
    source: "NICE CG192 (2014, updated 2020). Antenatal and postnatal mental health",
  },
  substance_use: {
    id: "substanceUse",
    places: ["gp", "addictionService"],
    source: "AAP (2022). Sleep-related infant deaths: updated 2022 recommendations",
  },
  high_stress: {
    id: "highStress",
    places: ["gp"],
    source:
      "Center on the Developing Child, Harvard University (2016). From best practices to breakthrough impacts",
  },
  hard_childhood: {
    id: "hardChildhood",
    places: ["infantMentalHealth", "perinatalMentalHealth"],
    source:
      "Roisman GI et al. (2002). Earned-secure attachment status in retrospect and prospect. Child Dev 73:1204–1219",
  },
  unsafe_home: {
    id: "unsafeHome",
    places: ["domesticAbuse", "emergency"],
    source: "WHO (2013). Responding to intimate partner violence and sexual violence against women",
  },
};

/** The guidance for the circumstances given, in the intake's order, each with where to seek help. */
export const guidanceFor = (flags: readonly string[]): Guidance[] =>
  circumstances.filter((c) => flags.includes(c)).map((c) => guidance[c]);

/** The signs that need help now, shown first on the help screen for everyone. */
export const urgentSigns = [
  { id: "feverYoung", source: "NICE NG143 (2019, updated 2021)" },
  { id: "hardToWake", source: "NICE NG143 (2019, updated 2021)" },
  { id: "notFeeding", source: "NICE NG143 (2019, updated 2021)" },
  { id: "breathing", source: "NICE NG143 (2019, updated 2021)" },
  { id: "harmThoughts", source: "NICE CG192 (2014, updated 2020)" },
] as const;

/** A due date from weeks born early, for the corrected age (full term counted as 40 weeks). */
export const dueDateFromWeeksEarly = (birthDate: string, weeksEarly: number): string =>
  new Date(Date.parse(`${birthDate}T00:00:00Z`) + Math.round(weeksEarly * 7) * 86_400_000)
    .toISOString()
    .slice(0, 10);
