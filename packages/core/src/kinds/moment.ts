/**
 * A cue moment: the signs, the context, the guess, each response tried and the need it turned out
 * to be. Each try is kept in a field of its own (`try:<id>`), so two caregivers adding or marking
 * tries at once both keep theirs: fields merge one by one, last writer per field. The older `tries`
 * list is still read.
 */
import { discomfortKinds, needs, outcomes, resolvedNeeds, responses, signs } from "../cues/vocabulary.ts";
import { defineKind } from "./define.ts";
import type { Kit } from "./kit.ts";

/** One try within a cue moment: what was done, when, and how it went (filled in a moment later). */
export const momentTrySchema = ({ z, instant, uuid }: Kit) =>
  z.strictObject({
    response: z.enum(responses),
    at: instant,
    outcome: z.enum(outcomes).optional(),
    outcomeAt: instant.optional(),
    /** The entry this try was logged as (a feed, a diaper change), so it is logged once. */
    loggedId: uuid.optional(),
  });

/**
 * The context kept with a moment: what was going on when it began, in minutes. These numbers are
 * worked out from other records (a feed imported without its end, a week-long gap in the log), so
 * the rules ask only that they be sane numbers, never that they fall in a range: a caregiver must
 * always be able to save a moment, whatever the rest of the journal holds.
 */
export const momentContextSchema = ({ z }: Kit) => {
  const derivedMinutes = z.number().min(0).finite();
  return z.strictObject({
    sinceFeedMin: derivedMinutes.optional(),
    typicalFeedMin: derivedMinutes.optional(),
    sinceWakeMin: derivedMinutes.optional(),
    typicalWakeMin: derivedMinutes.optional(),
    asleep: z.boolean().optional(),
    sinceDiaperMin: derivedMinutes.optional(),
    recentPlay: z.boolean().optional(),
    hour: z.number().int().min(0).max(23),
    ageDays: z.number().int().min(0).finite(),
  });
};

/** The field prefix of a try kept on its own. */
export const momentTryPrefix = "try:";
export const momentTryField = /^try:[0-9a-z-]{1,40}$/;

export const moment = defineKind({
  fields: (kit) => {
    const { z, common, instant, shortText } = kit;
    return z.object({
      ...common,
      start: instant,
      end: instant,
      signs: z.array(z.enum(signs)).max(signs.length),
      ownSigns: z.array(shortText.max(60)).max(10),
      context: momentContextSchema(kit),
      guess: z.enum(needs),
      tries: z.array(momentTrySchema(kit)).max(20),
      need: z.enum(resolvedNeeds),
      discomfort: z.enum(discomfortKinds),
      /** The crying episode the listener heard, when the moment began from it (kinds/cry.ts). */
      cryId: kit.uuid,
    });
  },
  time: "start",
  logged: true,
  required: ["babyId", "start"],
  // The moment's own screen records the rest; the entry sheet edits its times and note.
  form: [
    { name: "start", input: "datetime" },
    { name: "end", input: "datetime" },
    { name: "note", input: "longText" },
  ],
});
