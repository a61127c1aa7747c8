/**
 * Cue moments as the screens and the helper read them from the journal, and what each one tells:
 * whether the first response settled the baby, whether a miss was repaired, how long settling took.
 */
import type { MomentTryFields } from "../kinds/index.ts";
import { momentTryField } from "../kinds/moment.ts";
import type { Entry } from "../projections/entries.ts";
import type { MomentContext } from "./context.ts";
import type { CueObservation, ResolvedMoment } from "./need-helper.ts";
import {
  isMiss,
  type Need,
  needs,
  type Outcome,
  outcomes,
  type ResolvedNeed,
  type Response,
  resolvedNeeds,
  responses,
} from "./vocabulary.ts";

export interface MomentTry {
  /** The field it is kept in (`try:<id>`); none for a try in the older `tries` list. */
  readonly field?: string | undefined;
  readonly response: Response;
  readonly at: string;
  readonly outcome?: Outcome | undefined;
  readonly outcomeAt?: string | undefined;
  /** The entry it was logged as (the feed that settled the baby), so that it is logged once. */
  readonly loggedId?: string | undefined;
}

export interface Moment {
  readonly id: string;
  readonly author?: string | undefined;
  readonly start: string;
  readonly end?: string | undefined;
  readonly signs: readonly string[];
  readonly ownSigns: readonly string[];
  readonly context?: MomentContext | undefined;
  readonly guess?: Need | undefined;
  readonly tries: readonly MomentTry[];
  readonly need?: ResolvedNeed | undefined;
  readonly note?: string | undefined;
  /** The crying episode it began from, and that cry's features (heard.ts), once joined to it. */
  readonly cryId?: string | undefined;
  readonly heard?: readonly string[] | undefined;
}

const isIn = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === "string" && (list as readonly string[]).includes(v);

/**
 * A moment as the screens read it. Each value is checked as it is read, not only typed: a moment
 * is the record most often written by several phones at once, some with an older or newer app,
 * and a try or a sign this app does not know is left out rather than shown wrong.
 */
export const momentOf = (e: Entry<"moment">): Moment => {
  const v = e.values;
  const tries: MomentTry[] = [];
  const read = (t: unknown, field?: string) => {
    if (!t || typeof t !== "object" || Array.isArray(t)) return;
    const o = t as Partial<Record<keyof MomentTryFields, unknown>>;
    if (!isIn(responses, o.response) || typeof o.at !== "string") return;
    tries.push({
      ...(field ? { field } : {}),
      response: o.response,
      at: o.at,
      outcome: isIn(outcomes, o.outcome) ? o.outcome : undefined,
      outcomeAt: typeof o.outcomeAt === "string" ? o.outcomeAt : undefined,
      loggedId: typeof o.loggedId === "string" ? o.loggedId : undefined,
    });
  };
  for (const t of Array.isArray(v.tries) ? v.tries : []) read(t);
  for (const [field, t] of Object.entries(v)) if (momentTryField.test(field)) read(t, field);
  tries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const context =
    v.context && typeof v.context === "object" && !Array.isArray(v.context) ? v.context : undefined;
  const words = (list: unknown): string[] =>
    Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
  return {
    id: e.id,
    author: e.author,
    start: e.at,
    end: typeof v.end === "string" ? v.end : undefined,
    signs: words(v.signs),
    ownSigns: words(v.ownSigns),
    context,
    guess: isIn(needs, v.guess) ? v.guess : undefined,
    tries,
    need: isIn(resolvedNeeds, v.need) ? v.need : undefined,
    note: typeof v.note === "string" ? v.note : undefined,
    cryId: typeof v.cryId === "string" ? v.cryId : undefined,
  };
};

/** What the helper sees of a moment: listed signs, and the caregiver's own as `own:<words>`. */
export const observationOf = (m: Moment): CueObservation => ({
  signs: [...m.signs, ...m.ownSigns.map((s) => `own:${s.trim().toLowerCase()}`)],
  context: m.context ?? { hour: new Date(m.start).getUTCHours(), ageDays: 0 },
  ...(m.heard?.length ? { heard: m.heard } : {}),
});

/** Moments that teach the helper: resolved to a need (not "unsure") and with a context. */
export const resolvedMoments = (moments: readonly Moment[]): ResolvedMoment[] =>
  [...moments]
    .filter((m) => m.need && m.need !== "unsure" && m.context)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((m) => ({ ...observationOf(m), need: m.need as Need, tries: m.tries }));

export interface MomentStory {
  /** At least one response was tried and marked. */
  readonly tried: boolean;
  readonly firstSettled: boolean;
  /** A response missed, and a later one settled the baby: a repair, which is a success. */
  readonly repaired: boolean;
  readonly missed: boolean;
  readonly settled: boolean;
  /** Minutes from the start to the try that settled the baby. */
  readonly settleMinutes?: number | undefined;
}

export const momentStory = (m: Moment): MomentStory => {
  const marked = m.tries.filter((t) => t.outcome);
  const settledAt = marked.findIndex((t) => t.outcome === "settled");
  const firstMiss = marked.findIndex((t) => isMiss(t.outcome));
  const settledTry = settledAt >= 0 ? marked[settledAt] : undefined;
  const settleTime = settledTry ? Date.parse(settledTry.outcomeAt ?? settledTry.at) : undefined;
  return {
    tried: marked.length > 0,
    firstSettled: settledAt === 0,
    repaired: settledAt > 0 && firstMiss >= 0 && firstMiss < settledAt,
    missed: firstMiss >= 0,
    settled: settledAt >= 0,
    settleMinutes:
      settleTime !== undefined
        ? Math.max(0, Math.round((settleTime - Date.parse(m.start)) / 60_000))
        : undefined,
  };
};

/** The try waiting for its outcome: the last one, when it has none yet. */
export const pendingTry = (m: Moment): MomentTry | undefined => {
  const last = m.tries.at(-1);
  return last && !last.outcome ? last : undefined;
};
