/** What the web app's unit tests share: a reader's settings, and the texts in both languages. */
import i18next, { type i18n } from "i18next";
import en from "./i18n/en.json";
import es from "./i18n/es.json";
import type { Settings } from "./settings/settings.ts";

export const settingsIn = (language: Settings["language"]): Settings => ({
  language,
  volume: "ml",
  weight: "kg",
  temperature: "c",
  clock: "24",
  theme: "light",
  autoNight: false,
  bondingIdeas: true,
  cryNotices: true,
});

/** An i18next of its own with both languages loaded, starting in `language`. */
export const textsIn = async (language: Settings["language"]): Promise<i18n> => {
  const texts = i18next.createInstance();
  await texts.init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: language,
    interpolation: { escapeValue: false },
  });
  return texts;
};
