/**
 * Numbers, times and durations as the person reading chose: their language, their clock, their
 * units. Everything user-facing about quantities goes through here.
 */
import {
  babyAge,
  hoursAndMinutes,
  lengthFromCm,
  lengthUnitFor,
  poundsAndOunces,
  temperatureFromC,
  volumeFromMl,
  weightFromKg,
} from "@attune/core/light";
import type { TFunction } from "i18next";
import type { Settings } from "./settings/settings.ts";

const locale = (s: Settings) => (s.language === "es" ? "es" : "en-GB");

export const formatTime = (iso: string, s: Settings, timeZone?: string): string =>
  new Intl.DateTimeFormat(locale(s), {
    hour: s.clock === "12" ? "numeric" : "2-digit",
    minute: "2-digit",
    hour12: s.clock === "12",
    ...(timeZone ? { timeZone } : {}),
  }).format(Date.parse(iso));

/**
 * A moment with its day, as "Tue 1 Dec, 21:30" / "martes, 1 dic, 21:30", in the phone's zone
 * (Spanish spells the weekday out: "mar" alone reads as "sea").
 */
export const formatDateTime = (iso: string, s: Settings): string =>
  new Intl.DateTimeFormat(locale(s), {
    weekday: s.language === "es" ? "long" : "short",
    day: "numeric",
    month: "short",
    hour: s.clock === "12" ? "numeric" : "2-digit",
    minute: "2-digit",
    hour12: s.clock === "12",
  }).format(Date.parse(iso));

/** A calendar day ("2026-11-22"), written at its noon in UTC so no time zone moves it. */
const writeDay = (day: string, s: Settings, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale(s), { ...options, timeZone: "UTC" }).format(Date.parse(`${day}T12:00:00Z`));

export const formatDay = (day: string, s: Settings): string =>
  writeDay(day, s, { weekday: "long", day: "numeric", month: "long" });

/** A day with its year, for spans that may reach back over a year (an import's history). */
export const formatDayWithYear = (day: string, s: Settings): string =>
  writeDay(day, s, { weekday: "long", day: "numeric", month: "long", year: "numeric" });

/** A day as "22 Nov" / "22 nov": for tables on a narrow screen. */
export const formatShortDay = (day: string, s: Settings): string =>
  writeDay(day, s, { day: "numeric", month: "short" });

export const formatDuration = (ms: number, t: TFunction): string => {
  const { hours, minutes } = hoursAndMinutes(ms);
  return hours ? t("duration.hm", { h: hours, m: minutes }) : t("duration.m", { m: minutes });
};

/** A plain number in the reader's language ("12.4" / "12,4"), to at most `digits` decimals. */
export const formatNumber = (value: number, s: Settings, digits: number): string =>
  new Intl.NumberFormat(locale(s), { maximumFractionDigits: digits }).format(value);

export const formatVolume = (ml: number, s: Settings, t: TFunction): string =>
  t(`units.${s.volume}`, { value: formatNumber(volumeFromMl(ml, s.volume), s, s.volume === "ml" ? 0 : 1) });

/** In kilograms, or in pounds and ounces ("9 lb 4.2 oz") as families who weigh in pounds say it. */
export const formatWeight = (kg: number, s: Settings, t: TFunction): string => {
  if (s.weight === "kg") return t("units.kg", { value: formatNumber(kg, s, 2) });
  const { lb, oz } = poundsAndOunces(kg);
  return t("units.lbOz", { lb: formatNumber(lb, s, 0), oz: formatNumber(oz, s, 1) });
};

export const formatTemperature = (c: number, s: Settings, t: TFunction): string =>
  t(`units.${s.temperature}`, { value: formatNumber(temperatureFromC(c, s.temperature), s, 1) });

/** A weight as one number in the chosen unit ("9.3 lb"), where there is room for no more (a chart's axis). */
export const formatWeightShort = (kg: number, s: Settings, t: TFunction): string =>
  t(`units.${s.weight}`, { value: formatNumber(weightFromKg(kg, s.weight), s, 1) });

/** In centimetres, or in inches for a family that weighs in pounds. */
export const formatLength = (cm: number, s: Settings, t: TFunction): string => {
  const unit = lengthUnitFor(s.weight);
  return t(`units.${unit}`, { value: formatNumber(lengthFromCm(cm, unit), s, 1) });
};

/** The value for a datetime-local input, in this device's time zone. */
export const toLocalInput = (iso: string): string => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

export const fromLocalInput = (value: string): string | undefined => {
  if (!value) return undefined;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
};

const ageIn = (days: number, t: TFunction): string =>
  days < 7 * 13
    ? t("age.weeks", { w: Math.floor(days / 7), d: days % 7 })
    : t("age.months", { count: Math.floor(days / 30.44) });

/** A baby's age in weeks and days (or months), with the corrected age for a baby born early. */
export const ageText = (birthDate: string, dueDate: string | null, now: number, t: TFunction): string => {
  const age = babyAge(birthDate, dueDate, now);
  if (age.days < 0) return "";
  const actual = ageIn(age.days, t);
  if (age.correctedDays === undefined) return actual;
  return t("age.withCorrected", {
    actual,
    corrected: age.correctedDays < 0 ? t("age.beforeDue") : ageIn(age.correctedDays, t),
  });
};
