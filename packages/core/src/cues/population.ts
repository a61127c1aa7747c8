/**
 * What the need helper assumes of babies in general before it knows this one: how often each need
 * is behind a fuss at each age, how often each sign is ticked for each need, how the context falls
 * for each need, and how strongly each baby's own moments should pull away from all that (the
 * starting weights of the learning paces). The helper ships with the source-based prior (prior.ts);
 * `fitNeedPopulation` (population-fit.ts) learns a population from many babies' resolved moments,
 * the hierarchical step that only data from many babies can take.
 */
import { ageBandOf, type ContextFeature, priorContextRate, priorNeedRates, priorSignRate } from "./prior.ts";
import type { Need } from "./vocabulary.ts";

export type PullKind = "needs" | "signs" | "context";

export const pullOf = (population: NeedPopulation, kind: PullKind): number => population.pull?.[kind] ?? 1;

export interface NeedPopulation {
  /** P(need) for a baby of this age, before any sign. */
  readonly needRate: (ageDays: number, need: Need) => number;
  /** P(the sign is ticked | need). */
  readonly signRate: (sign: string, need: Need) => number;
  /** P(the context feature falls in this bin | need). */
  readonly contextRate: (feature: ContextFeature, bin: string, need: Need) => number;
  /**
   * Each learning pace's starting log weight (in `learningPaces` order), when learned across babies;
   * without it the helper starts from its own fixed weights.
   */
  readonly paceStart?: readonly number[] | undefined;
  /**
   * How strongly the population holds against a baby's own counts, per kind of evidence, as
   * multiples of `priorWeight` (1 when not learned).
   */
  readonly pull?: Readonly<Record<PullKind, number>> | undefined;
  /** How many babies it was learned from (0 for the source prior). */
  readonly babies: number;
}

/** The population as our sources describe it (prior.ts): what the shipped helper starts from. */
export const sourcePopulation: NeedPopulation = {
  needRate: (ageDays, need) => priorNeedRates[ageBandOf(ageDays)][need],
  signRate: priorSignRate,
  contextRate: priorContextRate,
  babies: 0,
};
