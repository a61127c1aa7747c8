import { describe, expect, it } from "vitest";
import type { MomentContext } from "./context.ts";
import { learnedHeard } from "./guide.ts";
import { heardFeatures } from "./heard.ts";
import {
  emptyNeedModel,
  heardFullWeight,
  heardWeight,
  learnMoment,
  type NeedModel,
  needOdds,
  type ResolvedMoment,
} from "./need-helper.ts";
import type { Need } from "./vocabulary.ts";

const ctx = (hour: number): MomentContext => ({ hour, ageDays: 50 });
const p = (model: NeedModel, heard: string[] | undefined, need: Need) =>
  needOdds(model, { signs: ["cry_rhythmic"], context: ctx(11), heard }).needs.find((n) => n.need === need)!.p;

/** A baby whose even, long cries were hunger and whose uneven, short ones were tiredness, with the same sign ticked. */
const teach = (count: number, related: boolean) => {
  const model = emptyNeedModel();
  for (let i = 0; i < count; i++) {
    const even = i % 2 === 0;
    const need: Need = related ? (even ? "hungry" : "tired") : i % 4 < 2 ? "hungry" : "tired";
    const m: ResolvedMoment = {
      signs: ["cry_rhythmic"],
      context: ctx(8 + (i % 8)),
      heard: even ? ["rhythm:even", "bursts:long"] : ["rhythm:uneven", "bursts:short"],
      need,
      tries: [],
    };
    learnMoment(model, m);
  }
  return model;
};

describe("a heard cry as evidence", () => {
  it("turns a description into coarse features", () => {
    expect(heardFeatures({ pitchHz: 620, regularity: 0.8, burstS: 1.1, buildUp: "building" })).toEqual([
      "pitch:high",
      "rhythm:even",
      "bursts:long",
      "build:building",
    ]);
    expect(heardFeatures({ pitchHz: 380, burstS: 0.4 })).toEqual(["pitch:low", "bursts:short"]);
  });

  it("starts weak and changes nothing before this baby's moments say what the sounds went with", () => {
    const model = emptyNeedModel();
    expect(heardWeight(model)).toBeCloseTo(heardFullWeight / 4, 5);
    expect(p(model, ["rhythm:even"], "hungry")).toBeCloseTo(p(model, undefined, "hungry"), 6);
  });

  it("earns weight when the sounds foretold this baby's needs, and the guide says so with the counts", () => {
    const model = teach(24, true);
    expect(heardWeight(model)).toBeGreaterThan(heardFullWeight / 2);
    expect(p(model, ["rhythm:even", "bursts:long"], "hungry")).toBeGreaterThan(
      p(model, undefined, "hungry") + 0.1,
    );
    expect(p(model, ["rhythm:uneven", "bursts:short"], "tired")).toBeGreaterThan(
      p(model, undefined, "tired") + 0.1,
    );
    const odds = needOdds(model, { signs: ["cry_rhythmic"], context: ctx(11), heard: ["rhythm:even"] });
    expect(odds.reasons).toContainEqual({
      type: "heard",
      feature: "rhythm:even",
      need: "hungry",
      seen: { k: 12, of: 12 },
    });
    expect(learnedHeard(model)).toContainEqual({
      key: "heard:rhythm:even",
      feature: "rhythm:even",
      need: "hungry",
      k: 12,
      of: 12,
    });
  });

  it("stays weak when the sounds had nothing to do with the needs, and the guide says nothing", () => {
    const model = teach(24, false);
    expect(heardWeight(model)).toBeLessThanOrEqual(heardFullWeight / 4);
    expect(learnedHeard(model)).toEqual([]);
  });

  it("says nothing in the guide from fewer than five moments", () => {
    expect(learnedHeard(teach(8, true))).toEqual([]);
  });
});
