/**
 * The app's own words for the server (the report from the command line, push reminders): the web's
 * language files, read once, through i18next (the same plurals and placeholders as the app), so
 * what the server writes reads as the app does.
 */
import type { ReportWords } from "@attune/core/report";
import { createInstance } from "i18next";

export const reportLocales = ["en", "es"] as const;
export type ReportLocale = (typeof reportLocales)[number];

/** Imported by name, not read by path, so the built server (packages/server/dist) carries them too. */
const filesOf = async (locale: ReportLocale): Promise<Record<string, unknown>> =>
  (
    await (locale === "es"
      ? import("../../../web/src/i18n/es.json", { with: { type: "json" } })
      : import("../../../web/src/i18n/en.json", { with: { type: "json" } }))
  ).default;

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
    resources: { [locale]: { translation: await filesOf(locale) } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return (key, vars) => i18n.t(key, vars ?? {}) as string;
};
