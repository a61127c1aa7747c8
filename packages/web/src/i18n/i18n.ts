/** i18next with the English and Spanish texts bundled: the app works offline in both. */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import es from "./es.json";

export const languages = ["en", "es"] as const;

export const setupI18n = (language: "en" | "es") =>
  i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });

export { i18next };
