/**
 * i18next with the English and Spanish texts. Only the language in use is loaded (each is its own
 * chunk, precached by the service worker, so both still work offline); the other loads when a
 * caregiver switches.
 */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";

export const languages = ["en", "es"] as const;
export type Language = (typeof languages)[number];

const loaders: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import("./en.json"),
  es: () => import("./es.json"),
};

/** Loads a language's texts if they are not loaded yet. */
export const loadLanguage = async (language: Language): Promise<void> => {
  if (i18next.hasResourceBundle(language, "translation")) return;
  const texts = (await loaders[language]()).default;
  i18next.addResourceBundle(language, "translation", texts, true, true);
};

export const setupI18n = async (language: Language) => {
  await i18next.use(initReactI18next).init({
    resources: {},
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await loadLanguage(language);
  await i18next.changeLanguage(language);
};

/** Switches language, loading its texts first. */
export const switchLanguage = async (language: Language): Promise<void> => {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
};

export { i18next };
