/**
 * This baby's guide: what usually signals each need, what soothes and what does not, learned from
 * the resolved cue moments, with lines the household writes by hand and learned lines it hides.
 * The hand edits live in one `guide` record per baby, whose id comes from the baby's id so that two
 * caregivers editing at once edit the same record.
 */
import { contentId } from "../import/ids.ts";
import type { FieldsOf } from "../kinds/index.ts";
import type { Entry } from "../projections/entries.ts";
import { withHeard } from "./heard.ts";
import { type Moment, resolvedMoments } from "./moments.ts";
import { type NeedModel, needModelOf } from "./need-helper.ts";
import { type Need, needs, type Response, responseGroups, responses } from "./vocabulary.ts";

export const guideRecordId = (babyId: string): string => contentId(["guide", babyId]);

export interface GuideSign {
  readonly key: string;
  readonly need: Need;
  readonly sign: string;
  /** Of this need's moments, how many had the sign. */
  readonly k: number;
  readonly of: number;
}

export interface GuideResponse {
  readonly key: string;
  readonly response: Response;
  readonly group: keyof typeof responseGroups;
  /** Weighted successes (settled 1, calmer ½) and tries, over every need. */
  readonly wins: number;
  readonly tries: number;
  /** The need it settled most often, when it did. */
  readonly bestFor?: Need | undefined;
}

/**
 * "Cries like this went with hunger 5 of 7 times": a heard cry's feature and the need its moments
 * turned out to be, only once it has come with at least five resolved moments and one need in
 * four of them or more, and at least 60 % (a hypothesis about this baby, not a translation).
 */
export interface GuideHeard {
  readonly key: string;
  readonly feature: string;
  readonly need: Need;
  readonly k: number;
  readonly of: number;
}

/** A line written by hand into the guide, as the guide record keeps it (kinds/guide.ts). */
export type GuideLine = FieldsOf<"guide">["added"][number];

export interface Guide {
  readonly learnedFrom: number;
  readonly signs: readonly GuideSign[];
  readonly soothes: readonly GuideResponse[];
  readonly avoid: readonly GuideResponse[];
  readonly heard: readonly GuideHeard[];
  readonly added: readonly GuideLine[];
  readonly hidden: ReadonlySet<string>;
}

const groupOf = (r: Response) =>
  (Object.keys(responseGroups) as (keyof typeof responseGroups)[]).find((g) =>
    (responseGroups[g] as readonly Response[]).includes(r),
  )!;

const learnedSigns = (model: NeedModel): GuideSign[] => {
  const out: GuideSign[] = [];
  for (const need of needs) {
    const of = model.needCounts[need];
    if (of < 2) continue;
    const rows = [...model.signCounts]
      .map(([sign, row]) => {
        const total = needs.reduce((s, n) => s + row[n], 0);
        // Lift: how much more often the sign comes with this need than with any fuss (1 = no more).
        const lift = row[need] / of / (total / Math.max(1, model.moments));
        return { sign, k: row[need], lift };
      })
      .filter((r) => r.k >= 2 && r.k / of >= 0.3 && r.lift >= 1)
      .sort((a, b) => b.k / of - a.k / of)
      .slice(0, 3);
    for (const r of rows) out.push({ key: `signs:${need}:${r.sign}`, need, sign: r.sign, k: r.k, of });
  }
  return out;
};

export const learnedHeard = (model: NeedModel): GuideHeard[] => {
  const out: GuideHeard[] = [];
  for (const [feature, row] of model.heardCounts) {
    const of = needs.reduce((sum, n) => sum + row[n], 0);
    if (of < 5) continue;
    const need = needs.reduce((a, b) => (row[b] > row[a] ? b : a));
    const k = row[need];
    if (k >= 4 && k / of >= 0.6) out.push({ key: `heard:${feature}`, feature, need, k, of });
  }
  return out.sort((a, b) => b.k / b.of - a.k / a.of);
};

const learnedResponses = (model: NeedModel): { soothes: GuideResponse[]; avoid: GuideResponse[] } => {
  const soothes: GuideResponse[] = [];
  const avoid: GuideResponse[] = [];
  for (const response of responses) {
    const row = model.settleCounts.get(response);
    if (!row) continue;
    let wins = 0;
    let tries = 0;
    let best: { need?: Need; rate: number } = { rate: 0 };
    for (const n of needs) {
      const [w, t] = row[n];
      wins += w;
      tries += t;
      if (t > 0 && w / t > best.rate) best = { need: n, rate: w / t };
    }
    if (tries < 2) continue;
    const rate = wins / tries;
    const item = { response, group: groupOf(response), wins, tries, bestFor: best.need };
    if (rate >= 0.5) soothes.push({ key: `soothes:${response}`, ...item });
    else if (rate <= 0.2) avoid.push({ key: `avoid:${response}`, ...item });
  }
  const byRate = (a: GuideResponse, b: GuideResponse) =>
    b.wins / b.tries - a.wins / a.tries || b.tries - a.tries;
  return { soothes: soothes.sort(byRate), avoid: avoid.sort((a, b) => b.tries - a.tries) };
};

/** The guide from the baby's moments and the household's guide record (if any). */
export const buildGuide = (
  moments: readonly Moment[],
  guideEntry?: Entry<"guide">,
  cries: readonly Entry<"cry">[] = [],
): Guide => {
  const model = needModelOf(resolvedMoments(withHeard(moments, cries)));
  const { soothes, avoid } = learnedResponses(model);
  const hidden = guideEntry?.values.hidden ?? [];
  return {
    learnedFrom: model.moments,
    signs: learnedSigns(model),
    soothes,
    avoid,
    heard: learnedHeard(model),
    added: guideEntry?.values.added ?? [],
    hidden: new Set(hidden),
  };
};
