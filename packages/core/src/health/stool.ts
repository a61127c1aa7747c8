/**
 * What a stool's colour asks of the family, said the moment a diaper with it is saved, as a fever
 * is. Pale, white or clay-coloured stools in a young baby can be an early sign of a blocked bile
 * duct (biliary atresia), which does far better when treated early: a doctor should see the baby
 * the same day (CLDF Yellow Alert; NICE CG98; NHS, Jaundice in newborns). Red or black can be
 * blood; black, sticky stools in the first days are meconium and normal (NHS).
 */
import type { SourceId } from "../content/sources.ts";

export type StoolAdvice = "pale" | "blood" | "meconium" | "none";

export const stoolAdviceSources: Readonly<Record<Exclude<StoolAdvice, "none">, readonly SourceId[]>> = {
  pale: ["cldfYellowAlert", "niceCg98", "nhsJaundice"],
  blood: ["nhsBloodInPoo", "nhsNappy"],
  meconium: ["nhsNappy"],
};

/** `ageDays` is the baby's age when the diaper was changed; meconium passes in the first days. */
export const stoolAdvice = (colour: string | undefined, ageDays: number): StoolAdvice => {
  if (colour === "white") return "pale";
  if (colour === "red") return "blood";
  if (colour === "black") return ageDays < 5 ? "meconium" : "blood";
  return "none";
};
