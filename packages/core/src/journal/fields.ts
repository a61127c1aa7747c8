/**
 * Field types shared by the record kinds. Domain times are ISO 8601 instants in UTC; quantities are
 * kept in one unit (ml, kg, cm, °C, seconds) and converted only for display.
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
