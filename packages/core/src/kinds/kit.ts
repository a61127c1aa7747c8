/**
 * What a kind's fields are built from: zod and the field types every kind shares. Domain times are
 * ISO 8601 instants in UTC; quantities are kept in one unit (ml, kg, cm, °C, seconds) and converted
 * only for display. Kind modules take this kit as an argument (`fields: (kit) => …`) and import it
 * only as a type, so that the facts about kinds load without zod (see define.ts).
 */
import { z } from "zod";

export const instant = z.iso.datetime({ offset: false }).describe("An instant in UTC, ISO 8601 with a Z");
export const uuid = z.uuid();
export const shortText = z.string().trim().min(1).max(200);
export const longText = z.string().max(5000);
export const seconds = z
  .number()
  .int()
  .min(0)
  .max(24 * 3600);
export const calendarDate = z.iso.date().describe("A calendar day, YYYY-MM-DD");

/** The fields every kind has: the baby it is about and a note. */
export const common = { babyId: uuid, note: longText };

export const kit = { z, instant, uuid, shortText, longText, seconds, calendarDate, common } as const;
export type Kit = typeof kit;
