import { useEffect } from "react";
import { switchLanguage } from "../i18n/i18n.ts";
import { useNow } from "../local/live.ts";
import { effectiveTheme, useSettings } from "../settings/settings.ts";
/** Keeps <html lang> and the theme in step with the settings and the hour. */
export const Appearance = () => {
  const settings = useSettings();
  const now = useNow(60_000);
  const dark = typeof matchMedia !== "undefined" && matchMedia("(prefers-color-scheme: dark)").matches;
  useEffect(() => {
    void switchLanguage(settings.language);
    document.documentElement.lang = settings.language;
  }, [settings.language]);
  useEffect(() => {
    const theme = effectiveTheme(settings, new Date(now), dark);
    document.documentElement.dataset.theme = theme;
    const meta = document.querySelector('meta[name="theme-color"]');
    meta?.setAttribute("content", theme === "light" ? "#fbf7f2" : theme === "dark" ? "#1c1a18" : "#0d0a08");
  }, [settings, now, dark]);
  return null;
};
