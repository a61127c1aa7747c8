/** One line that says what an entry was, in the reader's language and units. */

import { momentOf, momentStory } from "@attune/core/cues";
import { type Entry, num, str } from "@attune/core/light";
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

export const entrySummary = (e: Entry, s: Settings, t: TFunction, now: number): string => {
  const start = str(e, "start");
  const end = str(e, "end");
  const length = start ? formatDuration((end ? Date.parse(end) : now) - Date.parse(start), t) : "";
  switch (e.kind) {
    case "feed": {
      const method = str(e, "method");
      if (method === "bottle") {
        const volume = num(e, "volumeMl");
        return volume
          ? t("summary.bottleVolume", { volume: formatVolume(volume, s, t) })
          : t("summary.bottle");
      }
      if (method === "solids")
        return str(e, "food") ? t("summary.solidsFood", { food: str(e, "food") }) : t("summary.solids");
      // Only the sides given: "right 0 min" says nothing a parent needs.
      const left = minutes(num(e, "leftSeconds"));
      const right = minutes(num(e, "rightSeconds"));
      if (left && right) return t("summary.breast", { left, right });
      if (left) return t("summary.breastLeft", { left });
      if (right) return t("summary.breastRight", { right });
      return end && end !== start ? t("summary.breastLength", { length }) : t("summary.breastOnly");
    }
    case "sleep":
      // Another app may have noted a sleep without how long it lasted.
      if (end && end === start) return t("summary.sleepUnnoted");
      return end ? t("summary.sleep", { length }) : t("summary.sleeping", { length });
    case "diaper": {
      const contents = str(e, "contents");
      return contents ? t(`summary.diaper_${contents}`) : t("summary.diaper_unnoted");
    }
    case "growth": {
      const parts = [
        num(e, "weightKg") !== undefined ? formatWeight(num(e, "weightKg")!, s, t) : "",
        num(e, "lengthCm") !== undefined ? formatLength(num(e, "lengthCm")!, s, t) : "",
        num(e, "headCm") !== undefined
          ? t("summary.head", { value: formatLength(num(e, "headCm")!, s, t) })
          : "",
      ].filter(Boolean);
      return parts.join(" · ");
    }
    case "health": {
      const type = str(e, "type");
      if (type === "temperature")
        return t("summary.temperature", { value: formatTemperature(num(e, "temperatureC") ?? 0, s, t) });
      if (type === "medication") {
        const dose = num(e, "dose");
        return dose
          ? t("summary.medicationDose", {
              name: str(e, "medication"),
              dose,
              unit: t(`doseUnit.${str(e, "doseUnit") ?? "ml"}`),
            })
          : (str(e, "medication") ?? "");
      }
      return str(e, "symptom") ?? "";
    }
    case "medicine": {
      const dose = num(e, "dose");
      const what = dose
        ? t("summary.medicationDose", {
            name: str(e, "name"),
            dose: formatNumber(dose, s, 2),
            unit: t(`doseUnit.${str(e, "doseUnit") ?? "ml"}`),
          })
        : (str(e, "name") ?? "");
      const by = str(e, "givenBy");
      return by ? t("summary.givenBy", { what, name: by }) : what;
    }
    case "pump": {
      const volume = num(e, "volumeMl");
      const side = str(e, "side");
      return (
        [
          volume ? formatVolume(volume, s, t) : start && end && end !== start ? length : "",
          side ? t(`options.side.${side}`) : "",
        ]
          .filter(Boolean)
          .join(" · ") || t("kinds.pump")
      );
    }
    case "bath":
      // The kind says it all ("Bath"); a note, if any, shows below.
      return str(e, "note") ?? "";
    case "milestone":
      return str(e, "title") ?? "";
    case "note":
      return str(e, "text") ?? "";
    case "moment": {
      const m = momentOf(e);
      if (!m.need) return t("summary.momentOpen");
      const need = t(`cues.need.${m.need}`);
      const story = momentStory(m);
      if (story.repaired) return t("summary.momentRepaired", { need });
      if (story.firstSettled) return t("summary.momentFirst", { need });
      return t("summary.momentNeed", { need });
    }
    case "play":
      return t("summary.play", { length });
    default:
      return t("summary.unknown");
  }
};
