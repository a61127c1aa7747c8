/**
 * Where the need helper starts before it knows this baby: how often each need is behind a fuss at
 * each age, how often a caregiver notices each sign for each need, how the context shifts the odds,
 * and how often each response settles each need. Every figure is our judgement, informed by the
 * sources below; none is a measured rate. They are deliberately mild, so that a few weeks of this
 * baby's own moments outweigh them.
 *
 * Sources:
 * - Barr RG (1990). The normal crying curve: what do we really know? Dev Med Child Neurol 32:356–362.
 *   (Crying rises to a peak around six weeks and clusters in the late afternoon and evening.)
 * - Wolke D, Bilgin A, Samara M (2017). Systematic review and meta-analysis: fussing and crying
 *   durations and prevalence of colic in infants. J Pediatr 185:55–61.
 * - St James-Roberts I, Halil T (1991). Infant crying patterns in the first year. J Child Psychol
 *   Psychiatry 32:951–968.
 * - Shloim N, Shafiq I, Blundell-Birtill P, Hetherington MM (2018). Infant hunger and satiety cues
 *   during the first two years of life. Appetite 128:303–310. (Rooting and hand to mouth as early
 *   hunger cues; crying as a late one.)
 * - Brazelton TB, Nugent JK (2011). Neonatal Behavioral Assessment Scale, 4th ed. Mac Keith Press.
 *   (Gaze aversion, arching, hiccups and yawning as signs of being overwhelmed or tiring.)
 * - Gustafson GE, Wood RM, Green JA (2000). Can we hear the causes of infants' crying? In Barr RG,
 *   Hopkins B, Green JA (eds), Crying as a Sign, a Symptom, and a Signal. Mac Keith Press.
 *   (Listeners cannot reliably tell the cause of a cry from its sound: cry kinds weigh little here.)
 * - Zeskind PS, Lester BM (1978). Acoustic features and auditory perceptions of the cries of
 *   newborns with prenatal and perinatal complications. Child Dev 49:580–589. (A sudden, high-pitched
 *   cry goes with pain or illness more than with other causes.)
 * - American Academy of Pediatrics (2021), HealthyChildren.org: newborns feed about 8–12 times in
 *   24 hours; responsive feeding on early cues.
 */
import type { Need, Response, Sign } from "./vocabulary.ts";

/** Age bands the base rates change over, by their upper bound in days. */
export const ageBands = [
  { upToDays: 42, name: "newborn" },
  { upToDays: 120, name: "young" },
  { upToDays: Number.POSITIVE_INFINITY, name: "older" },
] as const;
export type AgeBand = (typeof ageBands)[number]["name"];
export const ageBandOf = (ageDays: number): AgeBand => ageBands.find((b) => ageDays < b.upToDays)!.name;

/** How often each need is behind a fuss, by age band (each row sums to 1). */
export const priorNeedRates: Record<AgeBand, Record<Need, number>> = {
  newborn: {
    hungry: 0.34,
    tired: 0.2,
    discomfort: 0.16,
    overstimulated: 0.08,
    closeness: 0.14,
    play: 0.03,
    unwell: 0.05,
  },
  young: {
    hungry: 0.27,
    tired: 0.25,
    discomfort: 0.13,
    overstimulated: 0.11,
    closeness: 0.12,
    play: 0.08,
    unwell: 0.04,
  },
  older: {
    hungry: 0.21,
    tired: 0.27,
    discomfort: 0.11,
    overstimulated: 0.1,
    closeness: 0.12,
    play: 0.15,
    unwell: 0.04,
  },
};

/** Signs a need raises above the background rate at which caregivers tick any sign. */
const signBackground = 0.06;
const signLifts: Partial<Record<Sign, Partial<Record<Need, number>>>> = {
  cry_rhythmic: { hungry: 0.3, tired: 0.2 },
  cry_choppy: { tired: 0.2, overstimulated: 0.2, discomfort: 0.15 },
  cry_shrill: { unwell: 0.35, discomfort: 0.15 },
  cry_whimper: { tired: 0.2, closeness: 0.25, hungry: 0.1 },
  cry_weak: { unwell: 0.35 },
  cry_continuous: { unwell: 0.25, discomfort: 0.15 },
  refusing_feeds: { unwell: 0.4 },
  floppy: { unwell: 0.45 },
  hard_to_wake: { unwell: 0.45 },
  face_scrunched: { discomfort: 0.25, unwell: 0.2 },
  eyes_squeezed: { discomfort: 0.15, unwell: 0.15, tired: 0.1 },
  looking_away: { overstimulated: 0.45, tired: 0.2 },
  bright_eyed: { play: 0.5 },
  arched_back: { discomfort: 0.2, overstimulated: 0.2, unwell: 0.1 },
  fists_curled: { hungry: 0.2, discomfort: 0.1 },
  rubbing_eyes: { tired: 0.45 },
  jerky_movement: { overstimulated: 0.3, tired: 0.1 },
  rooting: { hungry: 0.55 },
  legs_pulled_up: { discomfort: 0.3 },
  yawning: { tired: 0.45, overstimulated: 0.1 },
  stiff: { discomfort: 0.15, unwell: 0.15 },
  cooing: { play: 0.4, closeness: 0.1 },
  smiling: { play: 0.4, closeness: 0.15 },
  reaching: { closeness: 0.35, play: 0.25 },
};

/** How likely a caregiver is to tick a sign when the need is this one. */
export const priorSignRate = (sign: string, need: Need): number =>
  signBackground + ((signLifts as Record<string, Partial<Record<Need, number>>>)[sign]?.[need] ?? 0);

/** The context features and their bins; see context-features.ts for how a moment falls in them. */
export const contextBins = {
  feed: ["soon", "mid", "due", "over"],
  wake: ["asleep", "soon", "mid", "due", "over"],
  diaper: ["recent", "mid", "long"],
  play: ["yes", "no"],
  daypart: ["night", "morning", "afternoon", "evening"],
} as const;
export type ContextFeature = keyof typeof contextBins;

const flat = <F extends ContextFeature>(f: F) =>
  Object.fromEntries(contextBins[f].map((b) => [b, 1 / contextBins[f].length])) as Record<string, number>;

/** How the context is spread for each need (each row sums to 1); needs not listed are spread evenly. */
const contextShapes: {
  [F in ContextFeature]: Partial<Record<Need, Record<(typeof contextBins)[F][number], number>>>;
} = {
  feed: {
    hungry: { soon: 0.07, mid: 0.18, due: 0.4, over: 0.35 },
    play: { soon: 0.3, mid: 0.35, due: 0.2, over: 0.15 },
  },
  wake: {
    tired: { asleep: 0.2, soon: 0.06, mid: 0.17, due: 0.3, over: 0.27 },
    hungry: { asleep: 0.3, soon: 0.15, mid: 0.2, due: 0.2, over: 0.15 },
    play: { asleep: 0.02, soon: 0.38, mid: 0.35, due: 0.17, over: 0.08 },
    overstimulated: { asleep: 0.04, soon: 0.16, mid: 0.3, due: 0.28, over: 0.22 },
  },
  diaper: {
    discomfort: { recent: 0.2, mid: 0.35, long: 0.45 },
  },
  play: {
    overstimulated: { yes: 0.55, no: 0.45 },
    play: { yes: 0.15, no: 0.85 },
    tired: { yes: 0.35, no: 0.65 },
  },
  daypart: {
    overstimulated: { night: 0.1, morning: 0.2, afternoon: 0.3, evening: 0.4 },
    closeness: { night: 0.25, morning: 0.2, afternoon: 0.2, evening: 0.35 },
    play: { night: 0.03, morning: 0.4, afternoon: 0.4, evening: 0.17 },
    tired: { night: 0.3, morning: 0.2, afternoon: 0.22, evening: 0.28 },
  },
};

/** How often each bin of a context feature comes up with this need. */
export const priorContextRate = (feature: ContextFeature, bin: string, need: Need): number => {
  const shape =
    (contextShapes[feature] as Partial<Record<Need, Record<string, number>>>)[need] ?? flat(feature);
  return shape[bin] ?? 0;
};

/** How often a response settles a need on the first try, before we know this baby. */
const settleRates: Partial<Record<Response, Partial<Record<Need, number>>>> = {
  feed: { hungry: 0.8, closeness: 0.35, tired: 0.3, unwell: 0.2 },
  burp: { discomfort: 0.4 },
  change: { discomfort: 0.45 },
  hold_close: { closeness: 0.75, overstimulated: 0.35, tired: 0.3, unwell: 0.3 },
  skin_to_skin: { closeness: 0.75, hungry: 0.25, unwell: 0.3 },
  rock: { tired: 0.5, closeness: 0.4 },
  walk: { tired: 0.45, closeness: 0.45, overstimulated: 0.3 },
  outside: { overstimulated: 0.45, tired: 0.35, play: 0.3 },
  swaddle: { tired: 0.45, overstimulated: 0.3 },
  shush: { tired: 0.4, overstimulated: 0.3 },
  music: { tired: 0.25, play: 0.3 },
  sing: { closeness: 0.4, play: 0.4 },
  dim_room: { overstimulated: 0.55, tired: 0.4 },
  play: { play: 0.8 },
  offer_sleep: { tired: 0.65 },
  hand_over: {},
  breathe: {},
};
const settleBackground = 0.1;

export const priorSettleRate = (response: Response, need: Need): number =>
  settleRates[response]?.[need] ?? settleBackground;

/** How many moments' worth of weight the prior carries against this baby's own moments. */
export const priorWeight = { needs: 8, signs: 4, context: 5, settle: 3 } as const;
