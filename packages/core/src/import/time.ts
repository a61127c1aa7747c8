/**
 * Dates and times as other apps write them — `3/9/23 6:03 pm`, `13/9/23 3:38 am`,
 * `2025-03-13 19:32`, `05/21/2020 12:34:50 PM`, `12/12/20 7:47 PM`, even `22:50 PM` — read as wall
 * clock times in the household's time zone (Luxon does the zone arithmetic, daylight saving too).
 */
import { DateTime } from "luxon";
import type { ProblemReason } from "./problems.ts";

export type DateOrder = "mdy" | "dmy" | "ymd";

const pattern =
  /^\s*(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap]\.?m\.?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$/i;

interface Parts {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly meridiem?: "am" | "pm" | undefined;
  /** An offset written after the time (`Z`, `-05:00`, `+0100`), as a fixed zone Luxon knows. */
  readonly offset?: string | undefined;
}

const offsetZone = (text: string): string => {
  if (text.toUpperCase() === "Z") return "UTC";
  const digits = text.replace(":", "");
  return `UTC${digits.slice(0, 3)}:${digits.slice(3)}`;
};

const split = (text: string): Parts | undefined => {
  const m = pattern.exec(text);
  if (!m) return undefined;
  const meridiem = m[7] ? (m[7].toLowerCase().startsWith("p") ? "pm" : "am") : undefined;
  return {
    a: Number(m[1]),
    b: Number(m[2]),
    c: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    meridiem,
    offset: m[8] ? offsetZone(m[8]) : undefined,
  };
};

/**
 * Which order a file writes its dates in, from all of them: a first number above 12 means day
 * first, a second above 12 means month first. Undecided files keep the format's usual order.
 */
export const detectOrder = (values: readonly string[], usual: DateOrder): DateOrder => {
  let dayFirst = false;
  let monthFirst = false;
  for (const v of values) {
    const p = split(v);
    if (!p) continue;
    if (p.a > 31) return "ymd";
    if (p.a > 12) dayFirst = true;
    if (p.b > 12) monthFirst = true;
  }
  if (dayFirst && !monthFirst) return "dmy";
  if (monthFirst && !dayFirst) return "mdy";
  return usual;
};

/** An instant (ISO, UTC) from a local date-time, or a reason it cannot be read. */
export const parseLocalDateTime = (
  text: string,
  order: DateOrder,
  timeZone: string,
): { ok: true; iso: string } | { ok: false; reason: ProblemReason } => {
  const p = split(text);
  if (!p) return { ok: false, reason: { code: "notDateTime", params: { text } } };
  const [year, month, day] =
    order === "ymd" ? [p.a, p.b, p.c] : order === "dmy" ? [p.c, p.b, p.a] : [p.c, p.a, p.b];
  const fullYear = year < 100 ? 2000 + year : year;
  let hour = p.hour;
  // A 12-hour time says am or pm; a 24-hour time with a stray "PM" (22:50 PM) keeps its hour.
  if (p.meridiem && hour <= 12) {
    if (p.meridiem === "pm" && hour < 12) hour += 12;
    if (p.meridiem === "am" && hour === 12) hour = 0;
  }
  const dt = DateTime.fromObject(
    { year: fullYear, month, day, hour, minute: p.minute, second: p.second },
    // A time written with its offset (as Attune's own CSV writes it) is that instant exactly, even
    // in the hour a daylight-saving change repeats; otherwise it is a wall-clock time in the zone.
    { zone: p.offset ?? timeZone },
  );
  if (!dt.isValid)
    return {
      ok: false,
      reason: { code: "notRealDate", params: { text, why: dt.invalidExplanation ?? "invalid" } },
    };
  return { ok: true, iso: dt.toUTC().toISO({ suppressMilliseconds: false })! };
};

/** A date alone (2020/01/21, 01/21/2020) as local noon, for growth measurements. */
export const parseLocalDate = (text: string, order: DateOrder, timeZone: string) =>
  parseLocalDateTime(`${text.trim()} 12:00`, order, timeZone);
