/**
 * A crying episode the listener heard: when it started and ended, how many seconds of it were
 * crying, and its description in numbers (listen/describe.ts). No sound is kept. While the episode
 * goes on the listening phone updates it (`heardAt`), so the other caregivers' phones can say so.
 */
import { signGroups } from "../cues/vocabulary.ts";
import { defineKind } from "./define.ts";

export const buildUps = ["building", "steady", "fading"] as const;

export const cry = defineKind({
  fields: ({ z, common, instant }) =>
    z.object({
      ...common,
      start: instant,
      end: instant,
      /** The last moment the listening phone heard it going on (while it has no end). */
      heardAt: instant,
      cryingSeconds: z.number().int().min(0).max(86_400),
      pitchHz: z.number().min(0).max(4000),
      pitchLowHz: z.number().min(0).max(4000),
      pitchHighHz: z.number().min(0).max(4000),
      burstS: z.number().min(0).max(600),
      pauseS: z.number().min(0).max(600),
      regularity: z.number().min(0).max(1),
      loudnessDb: z.number().min(-120).max(0),
      buildUp: z.enum(buildUps),
      /** The cue signs the description fits, offered for a moment (never a need). */
      signs: z.array(z.enum(signGroups.cry)).max(signGroups.cry.length),
    }),
  time: "start",
  logged: true,
  required: ["babyId", "start"],
  form: [
    { name: "start", input: "datetime" },
    { name: "end", input: "datetime" },
    { name: "note", input: "longText" },
  ],
});
