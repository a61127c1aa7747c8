/**
 * The need helper: from the signs a caregiver ticked and the context, how likely each need is for
 * *this* baby, the reasons in plain terms, and what to try first. It is a naive Bayes model that
 * starts from the prior (prior.ts) and counts this baby's resolved moments on top of it; the
 * evidence is tempered because signs come together (a tired baby yawns *and* rubs its eyes).
 * It never claims to know what a cry means: when the odds are close it says it cannot tell.
 */
import { contextFeatures, type MomentContext } from "./context.ts";
import { type NeedPopulation, pullOf, sourcePopulation } from "./population.ts";
import { type ContextFeature, priorSettleRate, priorWeight } from "./prior.ts";
import {
  isMiss,
  signs as knownSigns,
  type Need,
  needs,
  type Outcome,
  outcomeSuccess,
  type Response,
  responseEase,
  responses,
} from "./vocabulary.ts";

export interface CueObservation {
  /** Ticked signs: the listed ones, and the caregiver's own as `own:<words>`. */
  readonly signs: readonly string[];
  readonly context: MomentContext;
  /** Features of the cry the listener heard, when the moment began from one (heard.ts). */
  readonly heard?: readonly string[] | undefined;
}

export interface Try {
  readonly response: Response;
  readonly outcome?: Outcome | undefined;
}

export interface ResolvedMoment extends CueObservation {
  readonly need: Need;
  readonly tries: readonly Try[];
}

/** How much the summed evidence counts: below 1 because signs are not independent of each other. */
export const evidenceWeight = { signs: 0.6, absent: 0.4, context: 0.6 } as const;
/**
 * Multiples of `evidenceWeight` tried side by side: for a baby whose signs come one at a time the
 * full weight of each sign predicts better, and the paces' records show which.
 */
const evidenceTempers = [1, 1.6] as const;
/** The fuller weight starts at a fifth of the odds: until a baby's record says otherwise, signs overlap. */
const startingScore = (pace: Pace) => (pace.temper === 1 ? 0 : Math.log(0.25));

/** A learning pace: how many times `priorWeight` the prior counts, and a multiple of `evidenceWeight`. */
export interface Pace {
  readonly prior: number;
  readonly temper: number;
}

/** Counts learned from one baby's resolved moments. */
export interface NeedModel {
  /** What it assumes of babies in general, which this baby's counts pull away from. */
  readonly population: NeedPopulation;
  readonly moments: number;
  readonly needCounts: Record<Need, number>;
  /** sign → need → how many moments of that need had the sign ticked. */
  readonly signCounts: Map<string, Record<Need, number>>;
  readonly contextCounts: Map<string, Record<Need, number>>;
  /** feature → need → how many moments of that need had the feature at all (any bin). */
  readonly contextSeen: Map<string, Record<Need, number>>;
  /** response → need → [weighted successes, tries]. */
  readonly settleCounts: Map<Response, Record<Need, [number, number]>>;
  /**
   * For each of `learningPaces`, the summed log probability it gave each moment's need before that
   * moment was learned: how well that pace has predicted this baby so far.
   */
  readonly paceScores: number[];
  /** heard feature → need → how many moments of that need began from a cry with it. */
  readonly heardCounts: Map<string, Record<Need, number>>;
  /** How many moments of each need began from a heard cry. */
  readonly heardNeedCounts: Record<Need, number>;
  /**
   * How well the odds foretold moments begun from a heard cry without the cry's features and with
   * them at full weight (summed log probability): the features' weight follows that record.
   */
  readonly heardScores: [number, number];
}

/**
 * The most a heard cry's features count, as a multiple like `evidenceWeight`; they start at a
 * quarter of it (odds of 1 to 3 that they help) and earn the rest by foretelling this baby's needs.
 */
export const heardFullWeight = 0.6;
const heardStartingOdds = Math.log(1 / 3);

/** What a heard cry's features count for this baby now. */
export const heardWeight = (model: NeedModel): number => {
  const [without, withHeard] = model.heardScores;
  const lead = withHeard + heardStartingOdds - without;
  return heardFullWeight / (1 + Math.exp(-lead));
};

/**
 * How strongly the prior holds against this baby's own moments, as multiples of `priorWeight`:
 * from learning fast (¼) to never learning. Some babies are much like most babies and some are not;
 * rather than pick one pace for all, the helper weighs each pace by how well it has foretold this
 * baby's moments (Bayesian model averaging), so it learns fast only for a baby that needs it.
 */
export const learningPaces: readonly Pace[] = [0.25, 0.5, 1, 2, 4, Number.POSITIVE_INFINITY].flatMap(
  (prior) => evidenceTempers.map((temper) => ({ prior, temper })),
);

const zeros = (): Record<Need, number> =>
  Object.fromEntries(needs.map((n) => [n, 0])) as Record<Need, number>;

export const emptyNeedModel = (population: NeedPopulation = sourcePopulation): NeedModel => ({
  population,
  moments: 0,
  needCounts: zeros(),
  signCounts: new Map(),
  contextCounts: new Map(),
  contextSeen: new Map(),
  settleCounts: new Map(),
  paceScores: population.paceStart ? [...population.paceStart] : learningPaces.map(startingScore),
  heardCounts: new Map(),
  heardNeedCounts: zeros(),
  heardScores: [0, 0],
});

const bump = <K>(map: Map<K, Record<Need, number>>, key: K, need: Need) => {
  const row = map.get(key) ?? zeros();
  map.set(key, row);
  row[need] += 1;
};

/** Adds one resolved moment to the counts (mutates `model`, returns it). */
export const learnMoment = (model: NeedModel, m: ResolvedMoment): NeedModel => {
  const evidence = evidenceOf(model, m);
  learningPaces.forEach((pace, i) => {
    model.paceScores[i]! += Math.max(
      Math.log(1e-9),
      paceLogChance(model, m.context.ageDays, evidence, pace, m.need),
    );
  });
  if (m.heard?.length) {
    // The heard features' record: this moment's need foretold without them and with them in full.
    const plain = { prior: 1, temper: 1 };
    const rest = evidence.filter((e) => !e.key.startsWith("heard:"));
    const full = evidence.map((e) => (e.key.startsWith("heard:") ? { ...e, weight: heardFullWeight } : e));
    model.heardScores[0] += Math.max(
      Math.log(1e-9),
      paceLogChance(model, m.context.ageDays, rest, plain, m.need),
    );
    model.heardScores[1] += Math.max(
      Math.log(1e-9),
      paceLogChance(model, m.context.ageDays, full, plain, m.need),
    );
    model.heardNeedCounts[m.need] += 1;
    for (const h of new Set(m.heard)) bump(model.heardCounts, h, m.need);
  }
  return countMoment(model, m);
};

/** Adds one moment's signs, context and tries to the counts, without scoring the paces. */
const countMoment = (model: NeedModel, m: ResolvedMoment): NeedModel => {
  const mutable = model as { moments: number } & NeedModel;
  mutable.moments += 1;
  model.needCounts[m.need] += 1;
  for (const s of new Set(m.signs)) bump(model.signCounts, s, m.need);
  for (const [f, bin] of Object.entries(contextFeatures(m.context))) {
    bump(model.contextCounts, `${f}:${bin}`, m.need);
    bump(model.contextSeen, f, m.need);
  }
  for (const t of m.tries) {
    if (!t.outcome) continue;
    let row = model.settleCounts.get(t.response);
    if (!row) {
      row = Object.fromEntries(needs.map((n) => [n, [0, 0]])) as Record<Need, [number, number]>;
      model.settleCounts.set(t.response, row);
    }
    row[m.need][0] += outcomeSuccess[t.outcome];
    row[m.need][1] += 1;
  }
  return model;
};

export const needModelOf = (
  moments: readonly ResolvedMoment[],
  population: NeedPopulation = sourcePopulation,
): NeedModel => moments.reduce(learnMoment, emptyNeedModel(population));

/**
 * How well one pace foretells these babies' moments with this population (summed log probability
 * of each moment's need before it was learned): what the population's pulls are fitted on.
 */
export const paceRecord = (
  population: NeedPopulation,
  babies: readonly (readonly ResolvedMoment[])[],
  pace: Pace,
): number => {
  let total = 0;
  for (const moments of babies) {
    const model = emptyNeedModel(population);
    for (const m of moments) {
      total += Math.max(
        Math.log(1e-9),
        paceLogChance(model, m.context.ageDays, evidenceOf(model, m), pace, m.need),
      );
      countMoment(model, m);
    }
  }
  return total;
};

/** The prior's rate with `weight` pseudo-counts, updated by k of n: the prior alone when weight is ∞. */
const blend = (prior: number, weight: number, k: number, n: number) =>
  Number.isFinite(weight) ? (prior * weight + k) / (weight + n) : prior;

/** P(need) for a baby of this age, before looking at the signs. */
export const needRate = (model: NeedModel, need: Need, ageDays: number, pace = 1): number =>
  blend(
    model.population.needRate(ageDays, need),
    priorWeight.needs * pullOf(model.population, "needs") * pace,
    model.needCounts[need],
    model.moments,
  );

/** P(a try of `response` settles the baby | need) for this baby. */
export const settleRate = (model: NeedModel, response: Response, need: Need): number => {
  const [wins, tries] = model.settleCounts.get(response)?.[need] ?? [0, 0];
  return (priorSettleRate(response, need) * priorWeight.settle + wins) / (priorWeight.settle + tries);
};

export type NeedReason =
  | {
      readonly type: "sign";
      readonly sign: string;
      readonly need: Need;
      readonly seen?: { k: number; of: number };
    }
  | {
      readonly type: "sinceFeed";
      readonly minutes: number;
      readonly typical: number;
      readonly longer: boolean;
    }
  | { readonly type: "awake"; readonly minutes: number; readonly typical: number; readonly longer: boolean }
  | { readonly type: "asleep" }
  | { readonly type: "diaper"; readonly minutes: number }
  | { readonly type: "play" }
  | { readonly type: "daypart"; readonly daypart: string }
  | { readonly type: "triedFailed"; readonly responses: readonly Response[] }
  | {
      readonly type: "heard";
      readonly feature: string;
      readonly need: Need;
      readonly seen: { k: number; of: number };
    };

export interface NeedOdds {
  /** Every need with its probability, most likely first. */
  readonly needs: readonly { readonly need: Need; readonly p: number }[];
  /** Why the most likely need leads: two or three reasons, strongest first. */
  readonly reasons: readonly NeedReason[];
  /** True when the helper cannot tell: the odds are close or there is nothing to go on. */
  readonly unsure: boolean;
  /** How many of this baby's moments it has learned from. */
  readonly learnedFrom: number;
}

interface Term {
  readonly key: string;
  readonly logs: Record<Need, number>;
}

/**
 * One piece of evidence before a pace weighs it: for each need (in `needs` order) the prior's rate
 * and this baby's k of n (a sign nobody listed starts from the background rate; a context bin's n
 * counts the need's moments that had the feature at all). Plain number arrays, because learning
 * replays every moment at every pace.
 */
interface Evidence {
  readonly key: string;
  readonly weight: number;
  readonly priorWeight: number;
  /** A listed sign that was not ticked: the evidence is 1 − the rate. */
  readonly absent: boolean;
  readonly prior: Float64Array;
  readonly k: Float64Array;
  readonly of: Float64Array;
}

const evidenceOf = (model: NeedModel, obs: CueObservation): Evidence[] => {
  const out: Evidence[] = [];
  const signPull = priorWeight.signs * pullOf(model.population, "signs");
  const sign = (s: string, absent: boolean): Evidence => {
    const row = model.signCounts.get(s);
    const e = {
      key: `${absent ? "absent" : "sign"}:${s}`,
      weight: absent ? evidenceWeight.absent : evidenceWeight.signs,
      priorWeight: signPull,
      absent,
      prior: new Float64Array(needs.length),
      k: new Float64Array(needs.length),
      of: new Float64Array(needs.length),
    };
    needs.forEach((n, j) => {
      e.prior[j] = model.population.signRate(s, n);
      e.k[j] = row?.[n] ?? 0;
      e.of[j] = model.needCounts[n];
    });
    return e;
  };
  const ticked = new Set(obs.signs);
  for (const s of ticked) out.push(sign(s, false));
  // A listed sign not ticked is weak evidence against the needs that usually show it.
  if (ticked.size > 0) for (const s of knownSigns) if (!ticked.has(s)) out.push(sign(s, true));
  // A heard cry's features: no population rate says which need a sound goes with, so every need
  // starts at the same rate (they change nothing) until this baby's own moments say otherwise.
  if (obs.heard?.length) {
    const weight = heardWeight(model);
    for (const h of new Set(obs.heard)) {
      const row = model.heardCounts.get(h);
      const e = {
        key: `heard:${h}`,
        weight,
        priorWeight: priorWeight.signs,
        absent: false,
        prior: new Float64Array(needs.length).fill(0.5),
        k: new Float64Array(needs.length),
        of: new Float64Array(needs.length),
      };
      needs.forEach((n, j) => {
        e.k[j] = row?.[n] ?? 0;
        e.of[j] = model.heardNeedCounts[n];
      });
      out.push(e);
    }
  }
  for (const [f, bin] of Object.entries(contextFeatures(obs.context)) as [ContextFeature, string][]) {
    const row = model.contextCounts.get(`${f}:${bin}`);
    const e = {
      key: `${f}:${bin}`,
      weight: evidenceWeight.context,
      priorWeight: priorWeight.context * pullOf(model.population, "context"),
      absent: false,
      prior: new Float64Array(needs.length),
      k: new Float64Array(needs.length),
      of: new Float64Array(needs.length),
    };
    needs.forEach((n, j) => {
      // Counts of a need's moments that had this feature at all (any bin), for the denominator.
      e.prior[j] = model.population.contextRate(f, bin, n);
      e.k[j] = row?.[n] ?? 0;
      e.of[j] = model.contextSeen.get(f)?.[n] ?? 0;
    });
    out.push(e);
  }
  return out;
};

/** What one piece of evidence adds to need j's log odds at a pace. */
const evidenceLog = (e: Evidence, j: number, { prior: pace, temper }: Pace) => {
  const rate = blend(e.prior[j]!, e.priorWeight * pace, e.k[j]!, e.of[j]!);
  return temper * e.weight * Math.log(e.absent ? 1 - rate : rate);
};

const termsOf = (evidence: readonly Evidence[], pace: Pace): Term[] =>
  evidence.map((e) => {
    const logs = zeros();
    needs.forEach((n, j) => {
      logs[n] = evidenceLog(e, j, pace);
    });
    return { key: e.key, logs };
  });

/** One pace's odds and the evidence terms behind them; `base` holds what no pace changes. */
const paceTerms = (
  model: NeedModel,
  obs: CueObservation,
  evidence: readonly Evidence[],
  pace: Pace,
  base: Record<Need, number>,
) => {
  const terms = termsOf(evidence, pace);
  const logs = zeros();
  for (const n of needs) {
    logs[n] = Math.log(needRate(model, n, obs.context.ageDays, pace.prior)) + base[n];
    for (const t of terms) logs[n] += t.logs[n];
  }
  return { terms, p: normalise(logs) };
};

/** log P(need | evidence) at one pace, without building the terms: the hot path while learning. */
const paceLogChance = (
  model: NeedModel,
  ageDays: number,
  evidence: readonly Evidence[],
  pace: Pace,
  need: Need,
): number => {
  const logs = new Float64Array(needs.length);
  let target = 0;
  needs.forEach((n, j) => {
    let l = Math.log(needRate(model, n, ageDays, pace.prior));
    for (const e of evidence) l += evidenceLog(e, j, pace);
    logs[j] = l;
    if (n === need) target = j;
  });
  let most = -Infinity;
  for (const l of logs) most = Math.max(most, l);
  let sum = 0;
  for (const l of logs) sum += Math.exp(l - most);
  return logs[target]! - most - Math.log(sum);
};

const normalise = (logs: Record<Need, number>): Record<Need, number> => {
  const max = Math.max(...needs.map((n) => logs[n]));
  const out = zeros();
  let sum = 0;
  for (const n of needs) sum += out[n] = Math.exp(logs[n] - max);
  for (const n of needs) out[n] /= sum;
  return out;
};

/** Needs tried and missed make the needs those responses usually settle less likely. */
const missFactor = (model: NeedModel, tries: readonly Try[], need: Need): number => {
  let f = 1;
  for (const t of tries) {
    if (!t.outcome || t.outcome === "settled") continue;
    const s = settleRate(model, t.response, need);
    f *= t.outcome === "calmer" ? 1 - 0.5 * s : 1 - s;
  }
  return f;
};

const reasonFor = (
  model: NeedModel,
  key: string,
  need: Need,
  obs: CueObservation,
): NeedReason | undefined => {
  const c = obs.context;
  if (key.startsWith("sign:")) {
    const sign = key.slice(5);
    const row = model.signCounts.get(sign);
    const of = row ? needs.reduce((sum, n) => sum + row[n], 0) : 0;
    return of >= 3 ? { type: "sign", sign, need, seen: { k: row![need], of } } : { type: "sign", sign, need };
  }
  if (key.startsWith("heard:")) {
    const feature = key.slice(6);
    const row = model.heardCounts.get(feature);
    const of = row ? needs.reduce((sum, n) => sum + row[n], 0) : 0;
    return of >= 3 ? { type: "heard", feature, need, seen: { k: row![need], of } } : undefined;
  }
  const [feature, bin] = key.split(":") as [ContextFeature, string];
  const longer = bin === "due" || bin === "over";
  switch (feature) {
    case "feed":
      return { type: "sinceFeed", minutes: c.sinceFeedMin ?? 0, typical: c.typicalFeedMin ?? 0, longer };
    case "wake":
      return bin === "asleep"
        ? { type: "asleep" }
        : { type: "awake", minutes: c.sinceWakeMin ?? 0, typical: c.typicalWakeMin ?? 0, longer };
    case "diaper":
      return { type: "diaper", minutes: c.sinceDiaperMin ?? 0 };
    case "play":
      return bin === "yes" ? { type: "play" } : undefined;
    case "daypart":
      return { type: "daypart", daypart: bin };
    default:
      return undefined;
  }
};

/** Each pace's share of the odds: its record on this baby so far, from an even start. */
export const paceWeights = (model: NeedModel): number[] => {
  const best = Math.max(...model.paceScores);
  const raw = model.paceScores.map((s) => Math.exp(s - best));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => w / sum);
};

/** How likely each need is for this baby given what the caregiver saw, and why. */
/** How much evenness the odds keep at the start, and over how many moments it fades (eval: issue 16). */
export const modestyShare = 0.06;
export const modestyFadeMoments = 60;

export const needOdds = (model: NeedModel, obs: CueObservation, tries: readonly Try[] = []): NeedOdds => {
  const weights = paceWeights(model);
  const evidence = evidenceOf(model, obs);
  const afterMisses = zeros();
  for (const n of needs) afterMisses[n] = Math.log(Math.max(1e-6, missFactor(model, tries, n)));
  const p = zeros();
  let lead = { weight: -1, terms: [] as Term[] };
  learningPaces.forEach((pace, i) => {
    const w = weights[i]!;
    if (w < 1e-4) return;
    const one = paceTerms(model, obs, evidence, pace, afterMisses);
    for (const n of needs) p[n] += w * one.p[n];
    if (w > lead.weight) lead = { weight: w, terms: one.terms };
  });
  // Modesty while the helper knows the baby little: a small share of evenness, fading over the
  // first moments, so that odds of 90 % and more are shown only when they have been earned.
  const modesty = modestyShare * Math.max(0, 1 - model.moments / modestyFadeMoments);
  for (const n of needs) p[n] = (1 - modesty) * p[n] + modesty / needs.length;
  // The reasons come from the pace that carries the most weight.
  const terms = lead.terms;
  const ranked = needs.map((need) => ({ need, p: p[need] })).sort((a, b) => b.p - a.p);
  const top = ranked[0]!.need;
  // A term speaks for the top need when it favours it over the average of the others.
  const support = terms
    .filter((t) => !t.key.startsWith("absent:"))
    .map((t) => {
      const others = needs.filter((n) => n !== top);
      const rest = Math.log(others.reduce((s, n) => s + Math.exp(t.logs[n]), 0) / others.length);
      return { key: t.key, lift: t.logs[top] - rest };
    })
    .filter((s) => s.lift > 0.15)
    .sort((a, b) => b.lift - a.lift);
  const reasons: NeedReason[] = [];
  const missed = tries.filter((t) => isMiss(t.outcome)).map((t) => t.response);
  if (missed.length > 0) reasons.push({ type: "triedFailed", responses: missed });
  for (const s of support) {
    if (reasons.length >= 3) break;
    const r = reasonFor(model, s.key, top, obs);
    if (r) reasons.push(r);
  }
  const gap = ranked[0]!.p - (ranked[1]?.p ?? 0);
  const nothingToGoOn = obs.signs.length === 0 && Object.keys(contextFeatures(obs.context)).length <= 1;
  return {
    needs: ranked,
    reasons,
    unsure: nothingToGoOn || ranked[0]!.p < 0.3 || gap < 0.05,
    learnedFrom: model.moments,
  };
};

export interface Suggestion {
  readonly response: Response;
  /** The need it answers best among the likely ones. */
  readonly need: Need;
  /** How often it settled this baby for that need: only when tried at least twice. */
  readonly worked?: { readonly k: number; readonly of: number } | undefined;
  readonly score: number;
}

/** Responses always on offer for the caregiver, rather than ranked for the baby. */
export const caregiverResponses: readonly Response[] = ["breathe", "hand_over"];

/**
 * What to try next: the responses most likely to settle the baby given the odds, weighed with how
 * quick and gentle they are, leaving out what was already tried in this moment.
 */
export const suggestResponses = (
  model: NeedModel,
  odds: NeedOdds,
  tried: readonly Try[] = [],
  count = 3,
): Suggestion[] => {
  const done = new Set(tried.map((t) => t.response));
  const out: Suggestion[] = [];
  for (const response of responses) {
    if (done.has(response) || caregiverResponses.includes(response)) continue;
    let score = 0;
    let best: { need: Need; v: number } = { need: odds.needs[0]!.need, v: -1 };
    for (const { need, p } of odds.needs) {
      const v = p * settleRate(model, response, need);
      score += v;
      if (v > best.v) best = { need, v };
    }
    score *= 0.75 + 0.25 * responseEase[response];
    const [wins, triesOf] = model.settleCounts.get(response)?.[best.need] ?? [0, 0];
    out.push({
      response,
      need: best.need,
      worked: triesOf >= 2 ? { k: Math.round(wins), of: triesOf } : undefined,
      score,
    });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, count);
};
