/**
 * The app's own words for the server (the report from the command line, push reminders): the web's
 * language files, read once, through i18next (the same plurals and placeholders as the app), so
 * what the server writes reads as the app does.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ReportWords } from "@attune/core/report";
import { createInstance } from "i18next";

export const reportLocales = ["en", "es"] as const;
export type ReportLocale = (typeof reportLocales)[number];

const filesOf = (locale: ReportLocale) =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../../web/src/i18n/${locale}.json`, import.meta.url)), "utf8"),
  );

const made = new Map<ReportLocale, Promise<ReportWords>>();

export const wordsFor = (locale: ReportLocale): Promise<ReportWords> => {
  let words = made.get(locale);
  if (!words) {
    words = load(locale);
    made.set(locale, words);
  }
  return words;
};

const load = async (locale: ReportLocale): Promise<ReportWords> => {
  const i18n = createInstance();
  await i18n.init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: { translation: filesOf(locale) } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return (key, vars) => i18n.t(key, vars ?? {}) as string;
};
