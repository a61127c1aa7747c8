/**
 * This baby's senses: what in touch, motion, sound, quiet, faces and light, and places seems to
 * soothe or delight the baby, and what seems to be too much, learned from the soothing tries of
 * cue moments and from play (which activities the baby joined in, and which ended with signs of
 * enough). A hypothesis from the family's own notes, shown with its counts, never a diagnosis.
 */
import type { Moment } from "./moments.ts";
import type { PlayActivity, Response } from "./vocabulary.ts";

export const senses = ["touch", "motion", "sound", "quiet", "faces", "places"] as const;
export type Sense = (typeof senses)[number];

/** Which responses and play activities speak to each sense (our own grouping). */
export const senseOf: Readonly<
  Record<Sense, { responses: readonly Response[]; play: readonly PlayActivity[] }>
> = {
  touch: { responses: ["hold_close", "skin_to_skin", "swaddle"], play: ["skin_to_skin", "tummy_time"] },
  motion: { responses: ["rock", "walk"], play: [] },
  sound: { responses: ["shush", "music", "sing"], play: ["singing", "reading", "copying_coos"] },
  quiet: { responses: ["dim_room", "offer_sleep"], play: [] },
  faces: { responses: [], play: ["face_to_face", "peekaboo", "mirroring"] },
  places: { responses: ["outside"], play: ["outdoors"] },
};

export interface PlaySession {
  readonly activities: readonly string[];
  readonly engagement: readonly string[];
  readonly enough: readonly string[];
}

export interface SenseLine {
  readonly sense: Sense;
  /** Soothing tries that settled (1) or calmed (½), and play the baby joined in without enough. */
  readonly helped: number;
  /** Tries that left the baby more upset, and play that ended with signs of enough. */
  readonly tooMuch: number;
  /** What the figures suggest, once there are at least two to go on. */
  readonly reading: "soothes" | "tooMuch" | "mixed" | "unknown";
  /** The responses and activities behind it, most helpful first. */
  readonly what: readonly string[];
}

export const sensoryProfile = (moments: readonly Moment[], plays: readonly PlaySession[]): SenseLine[] =>
  senses.map((sense) => {
    const { responses, play } = senseOf[sense];
    const score = new Map<string, number>();
    let helped = 0;
    let tooMuch = 0;
    for (const m of moments) {
      for (const t of m.tries) {
        if (!responses.includes(t.response)) continue;
        if (t.outcome === "settled" || t.outcome === "calmer") {
          const w = t.outcome === "settled" ? 1 : 0.5;
          helped += w;
          score.set(t.response, (score.get(t.response) ?? 0) + w);
        } else if (t.outcome === "more_upset") {
          tooMuch += 1;
          score.set(t.response, (score.get(t.response) ?? 0) - 1);
        }
      }
    }
    for (const p of plays) {
      const here = p.activities.filter((a) => (play as readonly string[]).includes(a));
      if (!here.length) continue;
      if (p.enough.length) tooMuch += 1;
      else if (p.engagement.length) helped += 1;
      for (const a of here)
        score.set(a, (score.get(a) ?? 0) + (p.enough.length ? -1 : p.engagement.length ? 1 : 0));
    }
    const seen = helped + tooMuch;
    const reading =
      seen < 2 ? "unknown" : helped >= 2 * tooMuch ? "soothes" : tooMuch >= 2 * helped ? "tooMuch" : "mixed";
    const what = [...score]
      .sort((a, b) => (reading === "tooMuch" ? a[1] - b[1] : b[1] - a[1]))
      .map(([k]) => k)
      .slice(0, 3);
    return { sense, helped, tooMuch, reading, what };
  });
