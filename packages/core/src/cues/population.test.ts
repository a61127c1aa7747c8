import { describe, expect, it } from "vitest";
import type { MomentContext } from "./context.ts";
import { emptyNeedModel, learningPaces, needModelOf, needOdds, type ResolvedMoment } from "./need-helper.ts";
import { sourcePopulation } from "./population.ts";
import { fitNeedPopulation, householdPopulation } from "./population-fit.ts";
import { type Need, needs } from "./vocabulary.ts";

const ctx = (hour: number): MomentContext => ({ hour, ageDays: 60 });

/**
 * A baby's moments in a fixed pattern: hungry, tired and wanting closeness in turn, each with the
 * signs `signsOf` gives it (the baby's index lets babies differ).
 */
const babyMoments = (count: number, signsOf: (need: Need, i: number) => string[]): ResolvedMoment[] =>
  Array.from({ length: count }, (_, i) => {
    const need = (["hungry", "tired", "closeness"] as const)[i % 3]!;
    return { signs: signsOf(need, i), context: ctx(8 + (i % 12)), need, tries: [] };
  });

const p = (odds: ReturnType<typeof needOdds>, need: Need) => odds.needs.find((n) => n.need === need)!.p;

describe("the population learned across babies", () => {
  it("learns a sign that goes with a need in most babies, where the source prior knows none", () => {
    // Across babies, hunger shows as an arched back (the source prior ties that sign to discomfort).
    const babies = Array.from({ length: 8 }, () =>
      babyMoments(30, (need) => (need === "hungry" ? ["arched_back"] : need === "tired" ? ["yawning"] : [])),
    );
    const population = fitNeedPopulation(babies);
    expect(population.babies).toBe(8);
    expect(population.signRate("arched_back", "hungry")).toBeGreaterThan(0.7);
    expect(population.signRate("arched_back", "hungry")).toBeLessThan(1);
    expect(sourcePopulation.signRate("arched_back", "hungry")).toBeLessThan(0.1);
    // A new baby's first moment already leans on it.
    const seen = { signs: ["arched_back"], context: ctx(10) };
    const fresh = needOdds(emptyNeedModel(population), seen);
    const source = needOdds(emptyNeedModel(), seen);
    expect(fresh.needs[0]!.need).toBe("hungry");
    expect(p(fresh, "hungry")).toBeGreaterThan(p(source, "hungry") + 0.3);
  });

  it("keeps a family's own words out of the population", () => {
    const babies = Array.from({ length: 6 }, () =>
      babyMoments(30, (need) => (need === "hungry" ? ["own:tugs ear"] : [])),
    );
    const population = fitNeedPopulation(babies);
    for (const need of needs)
      expect(population.signRate("own:tugs ear", need)).toBe(sourcePopulation.signRate("own:tugs ear", need));
  });

  it("holds the population strongly when babies are alike, and less when each baby has its own signs", () => {
    // A small seeded generator, so that one baby's first moments say less than the babies together.
    let seed = 7;
    const chance = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    // Each sign is shown six times in ten, and any of eight signs is ticked now and then by mistake.
    const own = [
      "rooting",
      "yawning",
      "reaching",
      "cooing",
      "smiling",
      "stiff",
      "looking_away",
      "fists_curled",
    ];
    const shown = (sign: string) => [
      ...(chance() < 0.6 ? [sign] : []),
      ...(chance() < 0.3 ? [own[Math.floor(chance() * own.length)]!] : []),
    ];
    const usual = { hungry: "rooting", tired: "yawning", closeness: "reaching" } as Record<Need, string>;
    const alike = Array.from({ length: 10 }, () => babyMoments(45, (need) => shown(usual[need]!)));
    // Each baby shows each need by a sign of its own, drawn from the list in turn.
    const unlike = Array.from({ length: 10 }, (_, b) =>
      babyMoments(45, (need) =>
        shown(own[(b + ["hungry", "tired", "closeness"].indexOf(need) * 3) % own.length]!),
      ),
    );
    const alikePull = fitNeedPopulation(alike).pull!;
    const unlikePull = fitNeedPopulation(unlike).pull!;
    expect(alikePull.signs).toBeGreaterThan(unlikePull.signs);
    expect(alikePull.signs).toBeGreaterThan(1);
    for (const pull of [alikePull, unlikePull])
      for (const kind of ["needs", "signs", "context"] as const) {
        expect(pull[kind]).toBeGreaterThanOrEqual(0.25);
        expect(pull[kind]).toBeLessThanOrEqual(64);
      }
  });

  it("starts each pace from the weight it earned across babies, none ruled out", () => {
    const babies = Array.from({ length: 6 }, (_, b) =>
      babyMoments(30, (need) => (need === "hungry" ? [b % 2 ? "rooting" : "stiff"] : ["yawning"])),
    );
    const population = fitNeedPopulation(babies);
    expect(population.paceStart).toHaveLength(learningPaces.length);
    const weights = population.paceStart!.map(Math.exp);
    const sum = weights.reduce((a, b) => a + b, 0);
    // Each baby's pace weights sum to 1, plus the floor of 0.01 for each pace.
    expect(sum).toBeCloseTo(1 + 0.01 * learningPaces.length, 6);
    for (const w of weights) expect(w).toBeGreaterThanOrEqual(0.01);
    expect(emptyNeedModel(population).paceScores).toEqual(population.paceStart);
  });

  it("is the source prior when it has no babies to learn from", () => {
    const population = fitNeedPopulation([]);
    expect(population.paceStart).toBeUndefined();
    expect(population.needRate(60, "hungry")).toBeCloseTo(sourcePopulation.needRate(60, "hungry"), 12);
    expect(population.signRate("rooting", "hungry")).toBeCloseTo(
      sourcePopulation.signRate("rooting", "hungry"),
      12,
    );
    expect(population.contextRate("daypart", "night", "tired")).toBeCloseTo(
      sourcePopulation.contextRate("daypart", "night", "tired"),
      12,
    );
  });
});

describe("a household's other babies", () => {
  it("start a baby's helper from what they taught, without learning how far babies stray from so few", () => {
    expect(householdPopulation([])).toBe(sourcePopulation);
    expect(householdPopulation([[], []])).toBe(sourcePopulation);
    const sibling = babyMoments(60, (need) => (need === "hungry" ? ["arched_back"] : ["yawning"]));
    const population = householdPopulation([sibling]);
    expect(population.babies).toBe(1);
    expect(population.pull).toBeUndefined();
    expect(population.paceStart).toBeUndefined();
    expect(population.signRate("arched_back", "hungry")).toBeGreaterThan(
      sourcePopulation.signRate("arched_back", "hungry") + 0.3,
    );
    // The new baby's own moments still win: ten moments of arching when uncomfortable turn it round.
    const own = Array.from(
      { length: 10 },
      (_, i): ResolvedMoment => ({
        signs: ["arched_back"],
        context: ctx(8 + i),
        need: "discomfort",
        tries: [],
      }),
    );
    const odds = needOdds(needModelOf(own, population), { signs: ["arched_back"], context: ctx(10) });
    expect(odds.needs[0]!.need).toBe("discomfort");
  });
});
