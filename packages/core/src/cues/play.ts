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
import type { SourceId } from "../content/sources.ts";
import type { PlayActivity } from "./vocabulary.ts";

export interface PlayIdea {
  readonly id: string;
  readonly activity: PlayActivity;
  /** What the idea rests on; the first for its main point, then any figure it gives. */
  readonly sources: readonly SourceId[];
}

const serveReturn: SourceId[] = ["harvardServeReturn"];
const who: SourceId[] = ["whoActivity2019"];
const aapReading: SourceId[] = ["aapReading2014"];
/** "About 25 cm from your face": how far a newborn sees best. */
const closeFace: SourceId[] = ["harvardServeReturn", "aapVision"];

/** Ideas by the age (in days, corrected when born early) from which they suit. */
const ideas: readonly (PlayIdea & { fromDays: number; toDays: number })[] = [
  { id: "closeFace", activity: "face_to_face", sources: closeFace, fromDays: 0, toDays: 120 },
  { id: "skinCalm", activity: "skin_to_skin", sources: serveReturn, fromDays: 0, toDays: 120 },
  { id: "tummyShort", activity: "tummy_time", sources: who, fromDays: 0, toDays: 120 },
  { id: "copySounds", activity: "copying_coos", sources: serveReturn, fromDays: 30, toDays: 366 },
  { id: "singDaily", activity: "singing", sources: serveReturn, fromDays: 0, toDays: 366 },
  { id: "mirrorFaces", activity: "mirroring", sources: serveReturn, fromDays: 60, toDays: 366 },
  { id: "readAloud", activity: "reading", sources: aapReading, fromDays: 0, toDays: 366 },
  { id: "tummyReach", activity: "tummy_time", sources: who, fromDays: 120, toDays: 270 },
  { id: "peekaboo", activity: "peekaboo", sources: serveReturn, fromDays: 120, toDays: 366 },
  { id: "outdoorsLook", activity: "outdoors", sources: serveReturn, fromDays: 0, toDays: 366 },
  { id: "pointName", activity: "reading", sources: aapReading, fromDays: 240, toDays: 366 },
];

export const playIdeas = (ageDays: number): PlayIdea[] =>
  ideas
    .filter((i) => ageDays >= i.fromDays && ageDays < i.toDays)
    .map(({ id, activity, sources }) => ({ id, activity, sources }));

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
