/** The sensory profile's lines in the reader's words (shown in the guide and on the card). */
import { responses, type SenseLine } from "@attune/core/cues";
import type { TFunction } from "i18next";

const isResponse = (x: string) => (responses as readonly string[]).includes(x);

export const senseText = (line: SenseLine, t: TFunction, name: string): string =>
  t(`guide.senseReading.${line.reading}`, {
    sense: t(`guide.senseName.${line.sense}`),
    what: line.what
      .map((x) => (isResponse(x) ? t(`cues.response.${x}`) : t(`play.activity.${x}`)))
      .join(", "),
    name,
    helped: Math.round(line.helped),
    tooMuch: line.tooMuch,
  });

/** The lines worth showing: a sense with at least two notes to go on, not hidden by the family. */
export const senseKey = (line: SenseLine) => `sense:${line.sense}`;
