/**
 * This device's preferences: language, units, clock, theme. They live on the device (each
 * caregiver's phone has its own), in localStorage, and screens re-render when they change.
 */
import type { TemperatureUnit, VolumeUnit, WeightUnit } from "@attune/core/light";
import { useSyncExternalStore } from "react";

export type Theme = "system" | "light" | "dark" | "night";

export interface Settings {
  readonly language: "en" | "es";
  readonly volume: VolumeUnit;
  readonly weight: WeightUnit;
  readonly temperature: TemperatureUnit;
  readonly clock: "12" | "24";
  readonly theme: Theme;
  /** Switch to the dim night theme by itself between 21:00 and 07:00. */
  readonly autoNight: boolean;
  /** A short idea for closeness during a feed or a change, now and then. */
  readonly bondingIdeas: boolean;
  /** Say on this phone when another phone's listener hears the baby crying. */
  readonly cryNotices: boolean;
}

const key = "attune-settings";

const defaults = (): Settings => {
  const locale = typeof navigator === "undefined" ? "en" : navigator.language;
  const us = /-(US|LR|MM)$/i.test(locale);
  return {
    language: locale.toLowerCase().startsWith("es") ? "es" : "en",
    volume: us ? "oz" : "ml",
    weight: us ? "lb" : "kg",
    temperature: us ? "f" : "c",
    clock: new Intl.DateTimeFormat(locale, { hour: "numeric" }).resolvedOptions().hour12 ? "12" : "24",
    theme: "system",
    autoNight: false,
    bondingIdeas: true,
    cryNotices: true,
  };
};

let current: Settings | undefined;
const listeners = new Set<() => void>();

export const getSettings = (): Settings => {
  if (!current) {
    let stored: Partial<Settings> = {};
    try {
      stored = JSON.parse(localStorage.getItem(key) ?? "{}");
    } catch {
      stored = {};
    }
    current = { ...defaults(), ...stored };
  }
  return current;
};

export const updateSettings = (change: Partial<Settings>): void => {
  current = { ...getSettings(), ...change };
  localStorage.setItem(key, JSON.stringify(current));
  for (const l of listeners) l();
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useSettings = (): Settings => useSyncExternalStore(subscribe, getSettings);

export const isNightHour = (now: Date): boolean => now.getHours() >= 21 || now.getHours() < 7;

/** The theme to paint now. */
export const effectiveTheme = (s: Settings, now: Date, prefersDark: boolean): "light" | "dark" | "night" => {
  if (s.autoNight && isNightHour(now)) return "night";
  if (s.theme === "system") return prefersDark ? "dark" : "light";
  return s.theme;
};
