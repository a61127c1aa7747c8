/**
 * The texts the first screen needs, by namespace: the build puts these in a small chunk loaded
 * before the first render, and the rest in another loaded straight after it, so a parent's phone
 * does not wait for the words of screens it has not opened. A test checks that every namespace the
 * first screen's code names is here.
 */
export const firstScreenNamespaces: readonly string[] = [
  "age",
  "apiErrors",
  "app",
  "auth",
  "babyForm",
  "babySwitch",
  "common",
  "duration",
  "errors",
  "kinds",
  "listen",
  "nav",
  "now",
  "options",
  "quick",
  "rhythm",
  "roles",
  "settings",
  "sync",
  "timer",
  "toast",
  "units",
  "welcome",
];

export type TextsPart = "first" | "rest";

/** The part of a language file that goes in one chunk. */
export const textsPart = (texts: Record<string, unknown>, part: TextsPart): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(texts).filter(([ns]) => firstScreenNamespaces.includes(ns) === (part === "first")),
  );
