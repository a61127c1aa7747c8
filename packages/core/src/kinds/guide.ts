/** The hand-edited part of a baby's guide (one record per baby): added lines, learned lines hidden. */
import { needs } from "../cues/vocabulary.ts";
import { defineKind } from "./define.ts";

export const guideSections = ["signs", "soothes", "avoid", "senses", "notes"] as const;

export const guide = defineKind({
  fields: ({ z, common, instant, shortText }) =>
    z.object({
      ...common,
      time: instant,
      /** A guide line written by hand, in one of the guide's sections. */
      added: z
        .array(
          z.strictObject({
            section: z.enum(guideSections),
            text: shortText,
            need: z.enum(needs).optional(),
          }),
        )
        .max(100),
      hidden: z.array(z.string().max(80)).max(200),
    }),
  time: "time",
  logged: false,
  required: ["babyId", "time"],
});
