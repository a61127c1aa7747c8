/**
 * Simulated babies for the need helper's evaluation. Each baby has its own hidden tendencies: how
 * often it fusses from each need at each age, which signs it shows for each need (some babies show a
 * sign few others do, some never show the "usual" one), which responses settle it, and how its
 * fusses sit in the day. A caregiver observes it imperfectly: notices only some of the signs, ticks
 * the odd sign that was not there, and now and then settles on the wrong need or says "not sure".
 *
 * The population below was written apart from the helper's prior (packages/core/src/cues/prior.ts)
 * and differs from it on purpose; the helper was tuned with `--seed 1` only, never on the default seed.
 */
import {
  type Need,
  needs,
  type Outcome,
  type Response,
  responses,
  type Sign,
  signs,
} from "@attune/core/cues";
import type { MomentRow } from "./moment-row.ts";

/** mulberry32: a small seeded generator, so every run of a seed gives the same babies. */
export const rng = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

type Random = () => number;
const normal = (r: Random) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const weighted = <T extends string>(r: Random, w: Record<T, number>): T => {
  const keys = Object.keys(w) as T[];
  let total = 0;
  for (const k of keys) total += w[k];
  let x = r() * total;
  for (const k of keys) {
    x -= w[k];
    if (x <= 0) return k;
  }
  return keys.at(-1)!;
};

/** The population's typical sign rates: the world the babies are drawn from. */
const worldSigns: Record<Need, Partial<Record<Sign, number>>> = {
  hungry: { rooting: 0.5, fists_curled: 0.3, cry_rhythmic: 0.35, legs_pulled_up: 0.1, face_scrunched: 0.15 },
  tired: { rubbing_eyes: 0.4, yawning: 0.45, looking_away: 0.25, cry_whimper: 0.25, cry_choppy: 0.15 },
  discomfort: { face_scrunched: 0.35, legs_pulled_up: 0.35, arched_back: 0.25, stiff: 0.2, cry_choppy: 0.2 },
  overstimulated: {
    looking_away: 0.45,
    jerky_movement: 0.3,
    arched_back: 0.25,
    cry_choppy: 0.25,
    yawning: 0.15,
  },
  closeness: { cry_whimper: 0.35, reaching: 0.3, cry_rhythmic: 0.15, eyes_squeezed: 0.1 },
  play: { bright_eyed: 0.45, cooing: 0.35, smiling: 0.3, reaching: 0.25, jerky_movement: 0.1 },
  unwell: { cry_shrill: 0.45, face_scrunched: 0.3, stiff: 0.25, eyes_squeezed: 0.25, arched_back: 0.15 },
};

const worldRates = (ageDays: number): Record<Need, number> =>
  ageDays < 42
    ? {
        hungry: 0.36,
        tired: 0.2,
        discomfort: 0.18,
        overstimulated: 0.06,
        closeness: 0.13,
        play: 0.02,
        unwell: 0.05,
      }
    : ageDays < 120
      ? {
          hungry: 0.25,
          tired: 0.27,
          discomfort: 0.12,
          overstimulated: 0.12,
          closeness: 0.11,
          play: 0.1,
          unwell: 0.03,
        }
      : {
          hungry: 0.18,
          tired: 0.3,
          discomfort: 0.1,
          overstimulated: 0.1,
          closeness: 0.12,
          play: 0.17,
          unwell: 0.03,
        };

const worldSettle: Partial<Record<Response, Partial<Record<Need, number>>>> = {
  feed: { hungry: 0.85, closeness: 0.3 },
  burp: { discomfort: 0.35 },
  change: { discomfort: 0.5 },
  hold_close: { closeness: 0.8, overstimulated: 0.3, tired: 0.25 },
  rock: { tired: 0.5 },
  walk: { tired: 0.4, closeness: 0.4 },
  outside: { overstimulated: 0.5, tired: 0.3 },
  swaddle: { tired: 0.4 },
  shush: { tired: 0.35 },
  dim_room: { overstimulated: 0.6, tired: 0.35 },
  play: { play: 0.85 },
  offer_sleep: { tired: 0.6 },
  sing: { closeness: 0.35, play: 0.35 },
};

export interface SimBaby {
  readonly id: string;
  readonly rateTilt: Record<Need, number>;
  readonly signRates: Record<Need, Record<string, number>>;
  readonly settle: Record<Response, Record<Need, number>>;
  /** How tightly hunger follows the clock for this baby (1 = very). */
  readonly hungerClock: number;
  readonly noticeRate: number;
}

/**
 * `individuality` scales how far each baby strays from the population: 1 is the default; 0 makes
 * every baby the same; 2 doubles the spread of its rates and makes its own signs more common. It
 * draws the same random numbers whatever its value, so one seed gives the same moments' order.
 */
export const makeBaby = (r: Random, id: string, individuality = 1): SimBaby => {
  const k = individuality;
  const rateTilt = Object.fromEntries(needs.map((n) => [n, Math.exp(0.6 * k * normal(r))])) as Record<
    Need,
    number
  >;
  const signRates = {} as Record<Need, Record<string, number>>;
  for (const n of needs) {
    const row: Record<string, number> = {};
    for (const s of signs)
      row[s] = clamp((worldSigns[n][s] ?? 0.04) * Math.exp(0.7 * k * normal(r)), 0.005, 0.9);
    // Some babies never show the sign most babies show for this need…
    if (r() < Math.min(0.9, 0.3 * k)) {
      const usual = Object.entries(worldSigns[n]).sort((a, b) => b[1] - a[1])[0]![0];
      row[usual] = row[usual]! * 0.15;
    }
    // …and some show one of their own.
    if (r() < Math.min(0.9, 0.45 * k)) {
      const own = pick(r, signs);
      row[own] = clamp(row[own]! + 0.35 + 0.3 * r(), 0, 0.9);
    }
    signRates[n] = row;
  }
  if (r() < Math.min(0.9, 0.4 * k)) {
    // A sign the caregiver names in their own words ("pulls at her ear"), for one need.
    signRates[pick(r, needs)]["own:tugs ear"] = 0.5 + 0.3 * r();
  }
  const settle = {} as Record<Response, Record<Need, number>>;
  for (const resp of responses) {
    const row = {} as Record<Need, number>;
    for (const n of needs)
      row[n] = clamp((worldSettle[resp]?.[n] ?? 0.08) * Math.exp(0.6 * k * normal(r)), 0.01, 0.95);
    settle[resp] = row;
  }
  return { id, rateTilt, signRates, settle, hungerClock: 0.4 + 0.6 * r(), noticeRate: 0.55 + 0.35 * r() };
};

const nightHours = [22, 23, 0, 1, 2, 3, 4, 5];
const nightShare = (need: Need) =>
  need === "hungry" || need === "tired" ? 0.3 : need === "play" ? 0.02 : 0.15;
const eveningShare = (need: Need) => (need === "overstimulated" || need === "closeness" ? 0.45 : 0.25);
const hourFor = (r: Random, need: Need): number => {
  if (r() < nightShare(need)) return pick(r, nightHours);
  if (r() < eveningShare(need)) return 17 + Math.floor(r() * 5);
  return 6 + Math.floor(r() * 11);
};
/** P(hour | need) for `hourFor`. */
const hourChance = (need: Need, hour: number): number => {
  const night = nightShare(need);
  if (nightHours.includes(hour)) return night / nightHours.length;
  const evening = eveningShare(need);
  return hour >= 17 && hour <= 21 ? ((1 - night) * evening) / 5 : ((1 - night) * (1 - evening)) / 11;
};
const asleepChance: Record<Need, number> = {
  hungry: 0.3,
  tired: 0.12,
  discomfort: 0.2,
  unwell: 0.25,
  closeness: 0.2,
  overstimulated: 0.03,
  play: 0.01,
};
const recentPlayChance: Partial<Record<Need, number>> = { overstimulated: 0.6, tired: 0.35, play: 0.1 };
const falseTick = 0.015;

/** One baby's moments in time order, as a caregiver would have logged them. */
export const simulateMoments = (r: Random, baby: SimBaby, count: number): MomentRow[] => {
  const rows: MomentRow[] = [];
  const startAge = 7 + Math.floor(r() * 60);
  for (let i = 0; i < count; i++) {
    const ageDays = startAge + Math.floor(i * 0.8);
    const world = worldRates(ageDays);
    const rates = Object.fromEntries(needs.map((n) => [n, world[n] * baby.rateTilt[n]])) as Record<
      Need,
      number
    >;
    const need = weighted(r, rates);
    const typicalFeedMin = ageDays < 42 ? 150 : ageDays < 120 ? 180 : 220;
    const typicalWakeMin = ageDays < 42 ? 60 : ageDays < 120 ? 95 : 140;
    const asleep = r() < asleepChance[need];
    const feedRatio =
      need === "hungry" && r() < baby.hungerClock
        ? clamp(1.15 + 0.3 * normal(r), 0.5, 2.5)
        : 0.05 + 1.35 * r();
    const wakeRatio =
      need === "tired"
        ? clamp(1.1 + 0.35 * normal(r), 0.3, 2.5)
        : need === "play"
          ? 0.7 * r()
          : 0.05 + 1.3 * r();
    const sinceDiaperMin = Math.round(-Math.log(1 - r()) * (need === "discomfort" ? 170 : 95));
    const recentPlay = r() < (recentPlayChance[need] ?? 0) || r() < 0.15;
    const shown = Object.entries(baby.signRates[need])
      .filter(([, p]) => r() < p)
      .map(([s]) => s);
    const ticked = shown.filter(() => r() < baby.noticeRate);
    for (const s of signs) if (!ticked.includes(s) && r() < falseTick) ticked.push(s);
    const label = r();
    const resolved =
      label < 0.88
        ? need
        : label < 0.95
          ? pick(
              r,
              needs.filter((n) => n !== need),
            )
          : "unsure";
    const tries: { response: Response; outcome: Outcome }[] = [];
    for (let k = 0; k < 3; k++) {
      const response = pick(
        r,
        responses.filter((x) => x !== "breathe" && x !== "hand_over"),
      );
      const settled = r() < baby.settle[response][need];
      tries.push({ response, outcome: settled ? "settled" : r() < 0.5 ? "no_change" : "calmer" });
      if (settled) break;
    }
    rows.push({
      baby: baby.id,
      ageDays,
      context: {
        sinceFeedMin: Math.round(feedRatio * typicalFeedMin),
        typicalFeedMin,
        ...(asleep
          ? { asleep: true }
          : { sinceWakeMin: Math.round(wakeRatio * typicalWakeMin), asleep: false }),
        typicalWakeMin,
        sinceDiaperMin,
        recentPlay,
        hour: hourFor(r, need),
        ageDays,
      },
      signs: ticked.filter((s) => !s.startsWith("own:")),
      ownSigns: ticked.filter((s) => s.startsWith("own:")).map((s) => s.slice(4)),
      need: resolved,
      tries,
    });
  }
  return rows;
};

export interface SimulatedSet {
  readonly rows: MomentRow[];
  readonly babies: ReadonlyMap<string, SimBaby>;
}

export const simulatedSet = (
  seed: number,
  babies: number,
  momentsEach: number,
  individuality = 1,
): SimulatedSet => {
  const r = rng(seed);
  const rows: MomentRow[] = [];
  const made = new Map<string, SimBaby>();
  for (let b = 0; b < babies; b++) {
    const baby = makeBaby(r, `sim-${seed}-${b}`, individuality);
    made.set(baby.id, baby);
    rows.push(...simulateMoments(r, baby, momentsEach));
  }
  return { rows, babies: made };
};

const normalDensity = (x: number, mean: number, sd: number) =>
  Math.exp(-0.5 * ((x - mean) / sd) ** 2) / (sd * Math.sqrt(2 * Math.PI));
const uniformDensity = (x: number, lo: number, hi: number) => (x >= lo && x <= hi ? 1 / (hi - lo) : 1e-3);

/**
 * The odds a helper that knew this baby's hidden tendencies exactly would give, from the same signs
 * and context (the generator's own distributions, with clamping ignored). Its top-1 accuracy is the
 * ceiling no learner can pass on these moments: what is left is the caregiver's noise.
 */
export const trueNeedOdds = (baby: SimBaby, row: MomentRow): Record<Need, number> => {
  const ticked = new Set([...row.signs, ...(row.ownSigns ?? []).map((s) => `own:${s}`)]);
  const c = row.context;
  const world = worldRates(row.ageDays);
  const logs = {} as Record<Need, number>;
  for (const n of needs) {
    let l = Math.log(world[n] * baby.rateTilt[n]);
    for (const s of signs) {
      const seen = (baby.signRates[n][s] ?? 0) * baby.noticeRate;
      const q = seen + (1 - seen) * falseTick;
      l += Math.log(ticked.has(s) ? q : 1 - q);
    }
    for (const own of Object.keys(baby.signRates[n]).filter((s) => s.startsWith("own:"))) {
      const q = clamp(baby.signRates[n][own]! * baby.noticeRate, 1e-4, 1 - 1e-4);
      l += Math.log(ticked.has(own) ? q : 1 - q);
    }
    for (const own of ticked)
      if (own.startsWith("own:") && baby.signRates[n][own] === undefined) l += Math.log(1e-4);
    l += Math.log(c.asleep ? asleepChance[n] : 1 - asleepChance[n]);
    if (!c.asleep && c.sinceWakeMin !== undefined && c.typicalWakeMin) {
      const ratio = c.sinceWakeMin / c.typicalWakeMin;
      l += Math.log(
        n === "tired"
          ? normalDensity(ratio, 1.1, 0.35) + 1e-3
          : n === "play"
            ? uniformDensity(ratio, 0, 0.7)
            : uniformDensity(ratio, 0.05, 1.35),
      );
    }
    if (c.sinceFeedMin !== undefined && c.typicalFeedMin) {
      const ratio = c.sinceFeedMin / c.typicalFeedMin;
      const flat = uniformDensity(ratio, 0.05, 1.4);
      l += Math.log(
        n === "hungry"
          ? baby.hungerClock * normalDensity(ratio, 1.15, 0.3) + (1 - baby.hungerClock) * flat
          : flat,
      );
    }
    if (c.sinceDiaperMin !== undefined) {
      const mean = n === "discomfort" ? 170 : 95;
      l += -Math.log(mean) - c.sinceDiaperMin / mean;
    }
    const played = (recentPlayChance[n] ?? 0) + (1 - (recentPlayChance[n] ?? 0)) * 0.15;
    l += Math.log(c.recentPlay ? played : 1 - played);
    l += Math.log(hourChance(n, c.hour));
    logs[n] = l;
  }
  const most = Math.max(...Object.values(logs));
  let total = 0;
  for (const n of needs) total += Math.exp(logs[n] - most);
  return Object.fromEntries(needs.map((n) => [n, Math.exp(logs[n] - most) / total])) as Record<Need, number>;
};
