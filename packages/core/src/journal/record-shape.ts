/**
 * The few facts about records that the merge and the screens need, without the zod schemas:
 * kept apart so that the web app's first screen loads without the validation library.
 */

export type Scope = "household" | "private";

/** The field that marks a record deleted (a tombstone); setting it false undoes the delete. */
export const deletedField = "deleted";

/**
 * A try of a cue moment kept in a field of its own (`try:<id>`), so that two caregivers adding or
 * marking tries on the same moment at once both keep theirs: fields merge one by one, last writer
 * per field. The older `tries` list is still read.
 */
export const momentTryField = /^try:[0-9a-z-]{1,40}$/;

/** A record's time on the timeline: when it started or happened. */
export const recordTime = (fields: Readonly<Record<string, unknown>>): string | undefined => {
  const at = fields.start ?? fields.time;
  return typeof at === "string" ? at : undefined;
};

/** The kinds that are things that happened to the baby, shown on the timeline; the rest (the guide,
 * check-ins, self-screens, the rota, the intake, contacts) have screens of their own. */
export const loggedKinds = [
  "feed",
  "sleep",
  "diaper",
  "growth",
  "health",
  "milestone",
  "note",
  "medicine",
  "pump",
  "bath",
  "moment",
  "play",
] as const;
