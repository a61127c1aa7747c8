/**
 * Play and connection: ideas suited to the baby's age, and when to wind down — as soon as the baby
 * shows it has had enough, or has been awake about as long as it usually manages.
 * Sources for the ideas:
 * - Center on the Developing Child, Harvard University (2012). Serve and return (the back-and-forth
 *   of looking, sounds and faces as the core of early play).
 * - World Health Organization (2019). Guidelines on physical activity, sedentary behaviour and sleep
 *   for children under 5 years of age. (At least 30 minutes of tummy time a day, spread out, for
 *   babies not yet moving about, while awake and watched.)
 * - American Academy of Pediatrics (2014). Literacy promotion: an essential component of primary care
 *   pediatric practice (reading aloud from infancy).
 * - Brazelton TB, Nugent JK (2011). Neonatal Behavioral Assessment Scale (signs of having had enough).
 */
import type { PlayActivity } from "./vocabulary.ts";

export interface PlayIdea {
  readonly id: string;
  readonly activity: PlayActivity;
  readonly source: string;
}

const serveReturn = "Center on the Developing Child 2012";
const who = "WHO 2019";
const aapReading = "AAP 2014";

/** Ideas by the age (in days, corrected when born early) from which they suit. */
const ideas: readonly (PlayIdea & { fromDays: number; toDays: number })[] = [
  { id: "closeFace", activity: "face_to_face", source: serveReturn, fromDays: 0, toDays: 120 },
  { id: "skinCalm", activity: "skin_to_skin", source: serveReturn, fromDays: 0, toDays: 120 },
  { id: "tummyShort", activity: "tummy_time", source: who, fromDays: 0, toDays: 120 },
  { id: "copySounds", activity: "copying_coos", source: serveReturn, fromDays: 30, toDays: 366 },
  { id: "singDaily", activity: "singing", source: serveReturn, fromDays: 0, toDays: 366 },
  { id: "mirrorFaces", activity: "mirroring", source: serveReturn, fromDays: 60, toDays: 366 },
  { id: "readAloud", activity: "reading", source: aapReading, fromDays: 0, toDays: 366 },
  { id: "tummyReach", activity: "tummy_time", source: who, fromDays: 120, toDays: 270 },
  { id: "peekaboo", activity: "peekaboo", source: serveReturn, fromDays: 120, toDays: 366 },
  { id: "outdoorsLook", activity: "outdoors", source: serveReturn, fromDays: 0, toDays: 366 },
  { id: "pointName", activity: "reading", source: aapReading, fromDays: 240, toDays: 366 },
];

export const playIdeas = (ageDays: number): PlayIdea[] =>
  ideas
    .filter((i) => ageDays >= i.fromDays && ageDays < i.toDays)
    .map(({ id, activity, source }) => ({ id, activity, source }));

/** Why it is time to wind down, if it is. */
export const windDownReason = (
  enough: readonly string[],
  awakeMin: number | undefined,
  typicalWakeMin: number | undefined,
): "enoughSigns" | "awakeLong" | undefined => {
  if (enough.length > 0) return "enoughSigns";
  if (awakeMin !== undefined && typicalWakeMin !== undefined && awakeMin >= 0.9 * typicalWakeMin)
    return "awakeLong";
  return undefined;
};
