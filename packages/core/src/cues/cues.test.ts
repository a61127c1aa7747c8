import { describe, expect, it } from "vitest";
import { Replica } from "../journal/merge.ts";
import type { Json } from "../journal/message.ts";
import { recordIssues } from "../journal/rules.ts";
import { ChangeWriter } from "../journal/writer.ts";
import type { RecordKind } from "../kinds/index.ts";
import { fieldSchema } from "../kinds/schemas.ts";
import { type Entry, entryOf } from "../projections/entries.ts";
import { type MomentContext, momentContextAt } from "./context.ts";
import { buildGuide } from "./guide.ts";
import { type Moment, momentOf, momentStory, pendingTry, resolvedMoments } from "./moments.ts";
import {
  emptyNeedModel,
  learningPaces,
  learnMoment,
  needModelOf,
  needOdds,
  paceWeights,
  type ResolvedMoment,
  settleRate,
  suggestResponses,
} from "./need-helper.ts";
import { playIdeas, windDownReason } from "./play.ts";
import { priorNeedRates } from "./prior.ts";
import { reflectionTone, reflectionWeeks } from "./reflection.ts";
import { needs } from "./vocabulary.ts";

const t0 = Date.parse("2026-11-20T10:00:00.000Z");
const min = 60_000;
const ctx = (c: Partial<MomentContext> = {}): MomentContext => ({ hour: 11, ageDays: 50, ...c });
const entry = <K extends RecordKind>(id: string, kind: K, values: Record<string, Json>, author = "ana") =>
  ({
    id,
    kind,
    scope: "household",
    author,
    values,
    at: String(values.start ?? values.time),
    deleted: false,
  }) as Entry<K>;
const iso = (ms: number) => new Date(ms).toISOString();

describe("the prior", () => {
  it("has base rates that sum to one at every age", () => {
    for (const rates of Object.values(priorNeedRates)) {
      expect(Object.values(rates).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
  });

  it("reads rooting two hours past the usual feed as hunger, and says why", () => {
    const odds = needOdds(emptyNeedModel(), {
      signs: ["rooting", "fists_curled"],
      context: ctx({ sinceFeedMin: 170, typicalFeedMin: 130 }),
    });
    expect(odds.needs.reduce((s, n) => s + n.p, 0)).toBeCloseTo(1, 9);
    expect(odds.needs[0]!.need).toBe("hungry");
    expect(odds.unsure).toBe(false);
    expect(odds.reasons).toContainEqual({ type: "sinceFeed", minutes: 170, typical: 130, longer: true });
    expect(odds.reasons).toContainEqual({ type: "sign", sign: "rooting", need: "hungry" });
    expect(odds.learnedFrom).toBe(0);
  });

  it("says it cannot tell when there is nothing to go on", () => {
    const odds = needOdds(emptyNeedModel(), { signs: [], context: ctx() });
    expect(odds.unsure).toBe(true);
  });
});

describe("learning this baby", () => {
  const archedHungry = (i: number): ResolvedMoment => ({
    signs: ["arched_back"],
    context: ctx({ hour: 8 + (i % 10) }),
    need: "hungry",
    tries: [{ response: "feed", outcome: "settled" }],
  });

  it("learns that this baby arches its back when hungry, and cites the count", () => {
    const before = needOdds(emptyNeedModel(), { signs: ["arched_back"], context: ctx() });
    const model = needModelOf(Array.from({ length: 10 }, (_, i) => archedHungry(i)));
    const after = needOdds(model, { signs: ["arched_back"], context: ctx() });
    const p = (o: typeof before) => o.needs.find((n) => n.need === "hungry")!.p;
    expect(p(after)).toBeGreaterThan(p(before) + 0.3);
    expect(after.needs[0]!.need).toBe("hungry");
    expect(after.reasons).toContainEqual({
      type: "sign",
      sign: "arched_back",
      need: "hungry",
      seen: { k: 10, of: 10 },
    });
    expect(after.learnedFrom).toBe(10);
  });

  it("learns faster for a baby unlike most babies: the paces that foretold it gain the weight", () => {
    const model = emptyNeedModel();
    const start = paceWeights(model);
    const neverLearns = learningPaces.findIndex((p) => !Number.isFinite(p.prior) && p.temper === 1);
    expect(start.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    // Cooing and bright eyes usually mean play; for this baby they come with hunger.
    for (let i = 0; i < 12; i++)
      learnMoment(model, {
        signs: ["cooing", "bright_eyed"],
        context: ctx({ hour: 6 + i }),
        need: "hungry",
        tries: [],
      });
    const weights = paceWeights(model);
    expect(weights[neverLearns]!).toBeLessThan(0.01);
    const fastest = learningPaces.findIndex((p) => p.prior === 0.25 && p.temper === 1);
    expect(weights[fastest]!).toBeGreaterThan(start[fastest]!);
    expect(needOdds(model, { signs: ["cooing", "bright_eyed"], context: ctx() }).needs[0]!.need).toBe(
      "hungry",
    );
  });

  it("learns the caregiver's own words for a sign", () => {
    const model = emptyNeedModel();
    for (let i = 0; i < 6; i++)
      learnMoment(model, { signs: ["own:tugs ear"], context: ctx(), need: "tired", tries: [] });
    expect(needOdds(model, { signs: ["own:tugs ear"], context: ctx() }).needs[0]!.need).toBe("tired");
  });

  it("updates how often a response settles a need, as a weighted count", () => {
    const model = emptyNeedModel();
    const before = settleRate(model, "walk", "tired");
    for (let i = 0; i < 4; i++)
      learnMoment(model, {
        signs: [],
        context: ctx(),
        need: "tired",
        tries: [{ response: "walk", outcome: "settled" }],
      });
    learnMoment(model, {
      signs: [],
      context: ctx(),
      need: "tired",
      tries: [{ response: "walk", outcome: "calmer" }],
    });
    // prior 0.45 with weight 3, plus 4.5 wins in 5 tries
    expect(before).toBeCloseTo(0.45, 9);
    expect(settleRate(model, "walk", "tired")).toBeCloseTo((0.45 * 3 + 4.5) / 8, 9);
    const odds = needOdds(model, { signs: ["yawning", "rubbing_eyes"], context: ctx() });
    const first = suggestResponses(model, odds)[0]!;
    expect(first).toMatchObject({ response: "walk", need: "tired", worked: { k: 5, of: 5 } });
  });
});

describe("repair", () => {
  it("moves the odds away from a need whose usual response did not help, and does not suggest it again", () => {
    const model = emptyNeedModel();
    const obs = { signs: ["cry_rhythmic"], context: ctx({ sinceFeedMin: 150, typicalFeedMin: 140 }) };
    const first = needOdds(model, obs);
    expect(first.needs[0]!.need).toBe("hungry");
    const tries = [{ response: "feed" as const, outcome: "no_change" as const }];
    const next = needOdds(model, obs, tries);
    expect(next.needs[0]!.need).not.toBe("hungry");
    expect(next.reasons[0]).toEqual({ type: "triedFailed", responses: ["feed"] });
    const suggestions = suggestResponses(model, next, tries);
    expect(suggestions.map((s) => s.response)).not.toContain("feed");
    expect(suggestions).toHaveLength(3);
  });
});

describe("two caregivers on one moment", () => {
  it("keeps both tries when two phones add one at the same time, in time order, and takes older lists", () => {
    const id = "0190a1b2-0000-7000-8000-0000000000aa";
    const ana = new ChangeWriter("000000000000000a", () => t0);
    const sam = new ChangeWriter("000000000000000b", () => t0 + 1000);
    const replica = new Replica();
    for (const m of ana.set(id, "moment", "household", { start: iso(t0), signs: [], tries: [] }))
      replica.apply(m);
    // Offline from each other, each adds a try; then both reach the journal.
    const anaTry = ana.set(id, "moment", "household", {
      "try:a1": { response: "rock", at: iso(t0 + 2 * min) },
    });
    const samTry = sam.set(id, "moment", "household", {
      "try:b1": { response: "feed", at: iso(t0 + min), outcome: "settled", outcomeAt: iso(t0 + 5 * min) },
    });
    for (const m of [...samTry, ...anaTry]) replica.apply(m);
    const moment = momentOf(entryOf(replica.records.get(id)!) as Entry<"moment">);
    expect(moment.tries.map((t) => [t.field, t.response, t.outcome])).toEqual([
      ["try:b1", "feed", "settled"],
      ["try:a1", "rock", undefined],
    ]);
    // The merged record keeps the journal's rules, as the server checks them on every push.
    const values = entryOf(replica.records.get(id)!).values;
    expect(recordIssues("moment", values, t0 + 10 * min).filter((i) => i.code !== "required")).toEqual([]);
    // Each field has its own schema, so the server checks it like the rest.
    expect(fieldSchema("moment", "try:a1")?.safeParse({ response: "rock", at: iso(t0) }).success).toBe(true);
    expect(fieldSchema("moment", "try:a1")?.safeParse({ response: "juggle", at: iso(t0) }).success).toBe(
      false,
    );
    expect(fieldSchema("moment", "try:../x")).toBeUndefined();
    // A moment written before tries had fields of their own still reads.
    const old = momentOf(
      entry("m", "moment", { start: iso(t0), tries: [{ response: "walk", at: iso(t0) }] }),
    );
    expect(old.tries).toEqual([{ response: "walk", at: iso(t0), outcome: undefined, outcomeAt: undefined }]);
  });
});

describe("a moment's story", () => {
  const m = (tries: Moment["tries"]): Moment => ({
    id: "m",
    start: iso(t0),
    signs: [],
    ownSigns: [],
    tries,
  });

  it("counts a settle after a miss as a repair, with the minutes to settle", () => {
    const story = momentStory(
      m([
        { response: "feed", at: iso(t0 + min), outcome: "no_change", outcomeAt: iso(t0 + 8 * min) },
        { response: "rock", at: iso(t0 + 9 * min), outcome: "settled", outcomeAt: iso(t0 + 14 * min) },
      ]),
    );
    expect(story).toEqual({
      tried: true,
      firstSettled: false,
      repaired: true,
      missed: true,
      settled: true,
      settleMinutes: 14,
    });
  });

  it("knows a first-try settle and a try still waiting for its outcome", () => {
    expect(momentStory(m([{ response: "feed", at: iso(t0), outcome: "settled" }])).firstSettled).toBe(true);
    expect(pendingTry(m([{ response: "rock", at: iso(t0) }]))?.response).toBe("rock");
    expect(momentStory(m([])).tried).toBe(false);
  });

  it("reads a moment from the journal and ignores what it cannot read", () => {
    const read = momentOf(
      entry("x", "moment", {
        start: iso(t0),
        signs: ["rooting", 3],
        tries: [
          { response: "feed", at: iso(t0), outcome: "settled" },
          { response: "juggle", at: iso(t0) },
          5,
        ],
        need: "hungry",
        context: { hour: 10, ageDays: 40 },
      }),
    );
    expect(read.signs).toEqual(["rooting"]);
    expect(read.tries).toHaveLength(1);
    expect(resolvedMoments([read])).toHaveLength(1);
    expect(resolvedMoments([{ ...read, need: "unsure" }])).toHaveLength(0);
  });
});

describe("context", () => {
  it("works out the time since the feed, waking and the diaper, and whether there was play", () => {
    const entries: Entry[] = [
      entry("f1", "feed", { start: iso(t0 - 200 * min), end: iso(t0 - 180 * min), method: "bottle" }),
      entry("s1", "sleep", { start: iso(t0 - 170 * min), end: iso(t0 - 90 * min) }),
      entry("d1", "diaper", { time: iso(t0 - 100 * min), contents: "wet" }),
      entry("p1", "play", { start: iso(t0 - 40 * min), end: iso(t0 - 20 * min) }),
    ];
    const c = momentContextAt(entries, t0, 50, "Europe/Madrid");
    expect(c).toMatchObject({
      sinceFeedMin: 200,
      sinceWakeMin: 90,
      asleep: false,
      sinceDiaperMin: 100,
      recentPlay: true,
      hour: 11,
      ageDays: 50,
    });
    expect(
      momentContextAt([{ ...entries[1]!, values: { start: iso(t0 - 10 * min) } } as Entry], t0, 50, "UTC")
        .asleep,
    ).toBe(true);
  });
});

describe("reflection", () => {
  const now = Date.parse("2026-11-28T12:00:00.000Z");
  const moment = (at: number, author: string, outcomes: ("settled" | "no_change")[]): Moment => ({
    id: String(at),
    author,
    start: iso(at),
    signs: [],
    ownSigns: [],
    tries: outcomes.map((o, i) => ({
      response: "rock",
      at: iso(at + i * min),
      outcome: o,
      outcomeAt: iso(at + (i + 1) * 5 * min),
    })),
  });

  it("counts each week's first-try settles, misses and repairs, for everyone or one caregiver", () => {
    const moments = [
      moment(now - 1 * 86_400_000, "ana", ["settled"]),
      moment(now - 2 * 86_400_000, "ana", ["no_change", "settled"]),
      moment(now - 2 * 86_400_000 + 3600_000, "sam", ["no_change"]),
      moment(now - 10 * 86_400_000, "sam", ["settled"]),
    ];
    const weeks = reflectionWeeks(moments, 2, "UTC", now);
    expect(weeks[1]).toMatchObject({
      moments: 3,
      tried: 3,
      firstSettled: 1,
      missed: 2,
      repaired: 1,
      medianSettleMin: 7.5,
    });
    expect(weeks[0]).toMatchObject({ moments: 1, firstSettled: 1 });
    expect(reflectionWeeks(moments, 2, "UTC", now, "sam")[1]).toMatchObject({ moments: 1, repaired: 0 });
    expect(reflectionTone(weeks[1]!)).toBe("repairing");
    expect(
      reflectionTone({ weekStart: "", moments: 0, tried: 0, firstSettled: 0, missed: 0, repaired: 0 }),
    ).toBe("quiet");
  });
});

describe("the guide", () => {
  it("lists the signs that went with a need, what soothes, what does not, and the household's own lines", () => {
    const moments: Moment[] = Array.from({ length: 4 }, (_, i) => ({
      id: `m${i}`,
      start: iso(t0 + i * 3600_000),
      signs: ["rubbing_eyes", ...(i === 0 ? ["rooting"] : [])],
      ownSigns: [],
      context: ctx(),
      need: "tired",
      tries: [
        { response: "music", at: iso(t0), outcome: "no_change" },
        { response: "walk", at: iso(t0), outcome: "settled" },
      ],
    }));
    const guideEntry = entry("g", "guide", {
      time: iso(t0),
      added: [{ section: "soothes", text: "Her blue blanket" }],
      hidden: ["avoid:music"],
    });
    const guide = buildGuide(moments, guideEntry);
    expect(guide.learnedFrom).toBe(4);
    expect(guide.signs).toEqual([
      { key: "signs:tired:rubbing_eyes", need: "tired", sign: "rubbing_eyes", k: 4, of: 4 },
    ]);
    expect(guide.soothes.map((s) => s.response)).toEqual(["walk"]);
    expect(guide.avoid.map((s) => s.key)).toEqual(["avoid:music"]);
    expect(guide.hidden.has("avoid:music")).toBe(true);
    expect(guide.added).toEqual([{ section: "soothes", text: "Her blue blanket", need: undefined }]);
  });
});

describe("play", () => {
  it("suggests ideas for the age and winds down on the baby's signs or a long time awake", () => {
    expect(playIdeas(20).map((i) => i.id)).toContain("tummyShort");
    expect(playIdeas(20).map((i) => i.id)).not.toContain("peekaboo");
    expect(playIdeas(200).map((i) => i.id)).toContain("peekaboo");
    expect(windDownReason(["yawning"], 10, 90)).toBe("enoughSigns");
    expect(windDownReason([], 85, 90)).toBe("awakeLong");
    expect(windDownReason([], 30, 90)).toBeUndefined();
  });
});

it("knows every need", () => {
  expect(needs).toHaveLength(7);
});
