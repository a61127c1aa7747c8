/**
 * The words of a cue moment: the signs a caregiver can tick, the needs a fuss can turn out to be,
 * the responses they can try and how each try went. Plain lists without a validation library, so
 * the first screen can use them; kinds.ts builds the record schema from them.
 */

export const signGroups = {
  cry: ["cry_rhythmic", "cry_choppy", "cry_shrill", "cry_whimper", "cry_weak", "cry_continuous"],
  face: ["face_scrunched", "eyes_squeezed", "looking_away", "bright_eyed"],
  body: [
    "arched_back",
    "fists_curled",
    "rubbing_eyes",
    "jerky_movement",
    "rooting",
    "legs_pulled_up",
    "yawning",
    "stiff",
  ],
  engagement: ["cooing", "smiling", "reaching"],
  /** Signs that can go with being unwell: ticking one always brings the illness check (illness.ts). */
  unwell: ["refusing_feeds", "floppy", "hard_to_wake"],
} as const;

export type SignGroup = keyof typeof signGroups;
export type Sign = (typeof signGroups)[SignGroup][number];
export const signs: readonly Sign[] = Object.values(signGroups).flat();

/** What a fuss turned out to be. `unsure` is an honest answer and teaches the helper nothing. */
export const needs = [
  "hungry",
  "tired",
  "discomfort",
  "overstimulated",
  "closeness",
  "play",
  "unwell",
] as const;
export type Need = (typeof needs)[number];
export const resolvedNeeds = [...needs, "unsure"] as const;
export type ResolvedNeed = (typeof resolvedNeeds)[number];
/** The kind of discomfort, when the need was discomfort. */
export const discomfortKinds = ["diaper", "wind", "temperature"] as const;

/**
 * Responses, with how quick and gentle each is to try (1 = a few seconds and no upheaval). The
 * helper prefers easy things when the evidence is even; the figures are our own judgement.
 */
export const responseEase = {
  feed: 0.6,
  burp: 0.85,
  change: 0.6,
  hold_close: 1,
  skin_to_skin: 0.7,
  rock: 0.9,
  walk: 0.75,
  outside: 0.4,
  swaddle: 0.6,
  shush: 0.95,
  music: 0.85,
  sing: 0.95,
  dim_room: 0.8,
  play: 0.8,
  offer_sleep: 0.7,
  hand_over: 0.5,
  breathe: 1,
} as const;
export type Response = keyof typeof responseEase;
export const responses = Object.keys(responseEase) as Response[];

/** Responses grouped for the guide ("which touch, motion, sounds and surroundings soothe"). */
export const responseGroups = {
  food: ["feed", "burp"],
  touch: ["hold_close", "skin_to_skin", "swaddle", "change"],
  motion: ["rock", "walk", "outside"],
  sound: ["shush", "music", "sing"],
  surroundings: ["dim_room", "offer_sleep", "play"],
  people: ["hand_over", "breathe"],
} as const satisfies Record<string, readonly Response[]>;

export const outcomes = ["settled", "calmer", "no_change", "more_upset"] as const;
export type Outcome = (typeof outcomes)[number];

/** How much a try counts as having worked, for learning and for the repair. */
export const outcomeSuccess: Record<Outcome, number> = {
  settled: 1,
  calmer: 0.5,
  no_change: 0,
  more_upset: 0,
};

export const isMiss = (o: Outcome | undefined): boolean => o === "no_change" || o === "more_upset";

/** Play: what the caregiver and baby did, and the signs that say "enough for now". */
export const playActivities = [
  "face_to_face",
  "peekaboo",
  "mirroring",
  "copying_coos",
  "singing",
  "reading",
  "tummy_time",
  "skin_to_skin",
  "outdoors",
] as const;
export type PlayActivity = (typeof playActivities)[number];
export const engagementSigns = ["bright_eyed", "cooing", "smiling", "reaching", "watching_face"] as const;
export const enoughSigns = [
  "looking_away",
  "arching",
  "fussing",
  "yawning",
  "hiccups",
  "rubbing_eyes",
] as const;
