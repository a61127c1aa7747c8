/**
 * Cutting time into days in the household's time zone (not the phone's), so that every caregiver
 * sees the same day boundaries, and daylight-saving changes fall where they belong.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

const formatter = (timeZone: string) => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
};

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export const dayKey = (instant: string | number, timeZone: string): string =>
  formatter(timeZone).format(typeof instant === "string" ? Date.parse(instant) : instant);

/** Entries grouped by day, newest day first, each day's entries newest first. */
export const groupByDay = <T extends { readonly at: string }>(entries: readonly T[], timeZone: string) => {
  const days = new Map<string, T[]>();
  for (const e of [...entries].sort((a, b) => b.at.localeCompare(a.at))) {
    const key = dayKey(e.at, timeZone);
    const list = days.get(key) ?? [];
    list.push(e);
    days.set(key, list);
  }
  return [...days].map(([day, list]) => ({ day, entries: list }));
};

const hourFormatters = new Map<string, Intl.DateTimeFormat>();

/** The local hour of day (0–24, with minutes as a fraction) of an instant in a time zone. */
export const localHour = (ms: number, timeZone: string): number => {
  let f = hourFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "numeric", minute: "numeric", hourCycle: "h23" });
    hourFormatters.set(timeZone, f);
  }
  const parts = f.formatToParts(ms);
  const h = Number(parts.find((p) => p.type === "hour")?.value ?? 0);
  const m = Number(parts.find((p) => p.type === "minute")?.value ?? 0);
  return h + m / 60;
};
