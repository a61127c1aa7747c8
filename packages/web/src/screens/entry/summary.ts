/** One line that says what an entry was, in the reader's language and units. */

import { momentOf, momentStory } from "@attune/core/cues";
import { type Entry, endOf, type LoggedKind, loggedKinds, startOf } from "@attune/core/light";
import type { TFunction } from "i18next";
import {
  formatDuration,
  formatLength,
  formatNumber,
  formatTemperature,
  formatVolume,
  formatWeight,
} from "../../format.ts";
import type { Settings } from "../../settings/settings.ts";

const minutes = (seconds: number | undefined) => Math.round((seconds ?? 0) / 60);

interface Context {
  readonly s: Settings;
  readonly t: TFunction;
  /** How long it lasted, or has lasted so far; empty for an entry with no start. */
  readonly length: string;
}

/** One line per logged kind: adding a kind to the timeline without its line fails the type check. */
const summaries: { readonly [K in LoggedKind]: (e: Entry<K>, c: Context) => string } = {
  feed: ({ values: v }, { s, t, length }) => {
    if (v.method === "bottle")
      return v.volumeMl
        ? t("summary.bottleVolume", { volume: formatVolume(v.volumeMl, s, t) })
        : t("summary.bottle");
    if (v.method === "solids")
      return v.food ? t("summary.solidsFood", { food: v.food }) : t("summary.solids");
    // Only the sides given: "right 0 min" says nothing a parent needs.
    const left = minutes(v.leftSeconds);
    const right = minutes(v.rightSeconds);
    if (left && right) return t("summary.breast", { left, right });
    if (left) return t("summary.breastLeft", { left });
    if (right) return t("summary.breastRight", { right });
    return v.end && v.end !== v.start ? t("summary.breastLength", { length }) : t("summary.breastOnly");
  },
  sleep: ({ values: v }, { t, length }) => {
    // Another app may have noted a sleep without how long it lasted.
    if (v.end && v.end === v.start) return t("summary.sleepUnnoted");
    return v.end ? t("summary.sleep", { length }) : t("summary.sleeping", { length });
  },
  diaper: ({ values: v }, { t }) =>
    v.contents ? t(`summary.diaper_${v.contents}`) : t("summary.diaper_unnoted"),
  growth: ({ values: v }, { s, t }) =>
    [
      v.weightKg !== undefined ? formatWeight(v.weightKg, s, t) : "",
      v.lengthCm !== undefined ? formatLength(v.lengthCm, s, t) : "",
      v.headCm !== undefined ? t("summary.head", { value: formatLength(v.headCm, s, t) }) : "",
    ]
      .filter(Boolean)
      .join(" · "),
  health: ({ values: v }, { s, t }) => {
    if (v.type === "temperature")
      return t("summary.temperature", { value: formatTemperature(v.temperatureC ?? 0, s, t) });
    if (v.type === "medication")
      return v.dose
        ? t("summary.medicationDose", {
            name: v.medication,
            dose: v.dose,
            unit: t(`doseUnit.${v.doseUnit ?? "ml"}`),
          })
        : (v.medication ?? "");
    return v.symptom ?? "";
  },
  medicine: ({ values: v }, { s, t }) => {
    const what = v.dose
      ? t("summary.medicationDose", {
          name: v.name,
          dose: formatNumber(v.dose, s, 2),
          unit: t(`doseUnit.${v.doseUnit ?? "ml"}`),
        })
      : (v.name ?? "");
    return v.givenBy ? t("summary.givenBy", { what, name: v.givenBy }) : what;
  },
  pump: ({ values: v }, { s, t, length }) =>
    [
      v.volumeMl ? formatVolume(v.volumeMl, s, t) : v.start && v.end && v.end !== v.start ? length : "",
      v.side ? t(`options.side.${v.side}`) : "",
    ]
      .filter(Boolean)
      .join(" · ") || t("kinds.pump"),
  // The kind says it all ("Bath"); a note, if any, shows below.
  bath: ({ values: v }) => v.note ?? "",
  milestone: ({ values: v }) => v.title ?? "",
  note: ({ values: v }) => v.text ?? "",
  moment: (e, { t }) => {
    const m = momentOf(e);
    if (!m.need) return t("summary.momentOpen");
    const need = t(`cues.need.${m.need}`);
    const story = momentStory(m);
    if (story.repaired) return t("summary.momentRepaired", { need });
    if (story.firstSettled) return t("summary.momentFirst", { need });
    return t("summary.momentNeed", { need });
  },
  play: (_, { t, length }) => t("summary.play", { length }),
  cry: ({ values: v }, { t }) => {
    const crying = Math.max(1, Math.round((v.cryingSeconds ?? 0) / 60));
    return v.end ? t("summary.cry", { count: crying }) : t("summary.crying", { count: crying });
  },
};

const isLogged = (e: Entry): e is Entry<LoggedKind> => (loggedKinds as readonly string[]).includes(e.kind);

export const entrySummary = (e: Entry, s: Settings, t: TFunction, now: number): string => {
  if (!isLogged(e)) return t("summary.unknown");
  const start = startOf(e);
  const end = endOf(e);
  const length = start ? formatDuration((end ? Date.parse(end) : now) - Date.parse(start), t) : "";
  const summarize = summaries[e.kind] as (e: Entry<LoggedKind>, c: Context) => string;
  return summarize(e, { s, t, length });
};
