/**
 * The few facts about records that the merge and the screens need, without the zod schemas:
 * kept apart so that the web app's first screen loads without the validation library.
 */

export type Scope = "household" | "private";

/** The field that marks a record deleted (a tombstone); setting it false undoes the delete. */
export const deletedField = "deleted";

/** A record's time on the timeline: when it started or happened. */
export const recordTime = (fields: Readonly<Record<string, unknown>>): string | undefined => {
  const at = fields.start ?? fields.time;
  return typeof at === "string" ? at : undefined;
};
