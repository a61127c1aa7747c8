/**
 * i18next with the English and Spanish texts. Only the language in use is loaded, in two parts:
 * the first screen's texts before the first render, the rest straight after it (each part is its
 * own chunk, precached by the service worker, so both languages still work offline). Screens
 * loaded later wait for the rest with `withTexts`; the other language loads when a caregiver
 * switches.
 */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { TextsPart } from "./first-screen-texts.ts";

export const languages = ["en", "es"] as const;
export type Language = (typeof languages)[number];

type Texts = Promise<{ default: Record<string, unknown> }>;
const loaders: Record<Language, Record<TextsPart, () => Texts>> = {
  en: { first: () => import("virtual:texts/en-first"), rest: () => import("virtual:texts/en-rest") },
  es: { first: () => import("virtual:texts/es-first"), rest: () => import("virtual:texts/es-rest") },
};

const loading = new Map<string, Promise<void>>();
const loadPart = (language: Language, part: TextsPart): Promise<void> => {
  const key = `${language}/${part}`;
  let done = loading.get(key);
  if (!done) {
    done = loaders[language][part]().then(({ default: texts }) => {
      i18next.addResourceBundle(language, "translation", texts, true, true);
    });
    done.catch(() => loading.delete(key));
    loading.set(key, done);
  }
  return done;
};

/** Loads all of a language's texts if they are not loaded yet. */
export const loadLanguage = async (language: Language): Promise<void> => {
  await Promise.all([loadPart(language, "first"), loadPart(language, "rest")]);
};

const current = (): Language =>
  (languages.includes(i18next.language as Language) ? i18next.language : "en") as Language;

/** A screen's code, once the texts beyond the first screen's are loaded too. */
export const withTexts = async <T>(load: Promise<T>): Promise<T> => {
  const [loaded] = await Promise.all([load, loadPart(current(), "rest")]);
  return loaded;
};

export const setupI18n = async (language: Language) => {
  await i18next.use(initReactI18next).init({
    resources: {},
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // A text that arrives after a screen drew re-draws it.
    react: { bindI18nStore: "added" },
  });
  await loadPart(language, "first");
  await i18next.changeLanguage(language);
  // Not awaited: a failure here is tried again when a screen needs the rest.
  loadPart(language, "rest").catch(() => undefined);
};

/** Switches language, loading its texts first. */
export const switchLanguage = async (language: Language): Promise<void> => {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
};

export { i18next };
