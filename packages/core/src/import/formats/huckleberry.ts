/**
 * Huckleberry's e-mailed CSV: one file, columns Type, Start, End, Duration, Start Condition,
 * Start Location, End Condition, Notes, whose meaning depends on the Type (see each case). A row
 * with no End (every bottle) lasted its Duration when there is one, else no time at all; Napper-
 * style "Bed time", "Night waking" and "Woke up" rows become sleeps.
 */

import { parseDuration, parseVolumeMl } from "../cell-values.ts";
import { type Collector, endAfter } from "../collector.ts";
import { parseCsv } from "../csv.ts";
import { colourIn, diaperContentsIn } from "../known-values.ts";
import { boundaryOf, SleepBoundaries } from "../sleep-boundaries.ts";
import { detectOrder, parseLocalDateTime } from "../time.ts";
import type { SourceFile } from "../types.ts";

/** `00:07R` is seven minutes on the right side. */
const sideMinutes = (text: string | undefined, side: "L" | "R") => {
  const m = /^(\d+):(\d{2})([LR])$/i.exec(text ?? "");
  return m && m[3]!.toUpperCase() === side ? (Number(m[1]) * 60 + Number(m[2])) * 60 : undefined;
};

/**
 * A weight or length as Huckleberry writes it: `11.8kg`, `24 lbs`, `77cm`, `30.5in`, or feet and
 * inches as `2.67ft.in` (2 ft 6.7 in: the digits after the point are the inches, to a tenth).
 */
const measure = (text: string | undefined, unit: "kg" | "cm") => {
  const feet = /^\s*(\d+)\.(\d+)\s*ft\.?\s*in\s*$/i.exec(text ?? "");
  if (feet && unit === "cm") {
    const digits = feet[2]!;
    const inches = digits.length === 1 ? Number(digits) : Number(digits) / 10;
    const cm = Math.round((Number(feet[1]) * 12 + inches) * 2.54 * 10) / 10;
    return inches < 12 && cm > 20 && cm < 130 ? cm : undefined;
  }
  const m = /^\s*(\d+(?:\.\d+)?)\s*(kg|lbs?|cm|in)\s*$/i.exec(text ?? "");
  if (!m) return undefined;
  const v = Number(m[1]);
  const u = m[2]!.toLowerCase();
  if (unit === "kg")
    return u === "kg" ? v : u.startsWith("lb") ? Math.round(v * 0.45359237 * 1000) / 1000 : undefined;
  return u === "cm" ? v : u === "in" ? Math.round(v * 2.54 * 10) / 10 : undefined;
};

/** Huckleberry's entry types as its export writes them, in English and in Spanish. */
const typeWords: Readonly<Record<string, readonly string[]>> = {
  sleep: ["sleep", "sueño", "siesta"],
  feed: ["feed", "feeding", "alimentación", "toma", "comida"],
  diaper: ["diaper", "pañal"],
  growth: ["growth", "crecimiento"],
  meds: ["meds", "medicine", "medication", "medicamento", "medicamentos", "medicina"],
  pump: ["pump", "pumping", "extracción", "sacaleches"],
  "tummy time": ["tummy time", "tiempo boca abajo", "boca abajo"],
  bath: ["bath", "baño"],
  temperature: ["temperature", "temperatura"],
};
const typeOf = (text: string) => {
  const t = text.trim().toLowerCase();
  return Object.keys(typeWords).find((k) => typeWords[k]!.includes(t)) ?? t;
};
const breastWords = ["breast", "pecho", "lactancia"];
const bottleWords = ["bottle", "biberón", "biberon"];

/** Huckleberry's words for a diaper ("Pee", "Poo:large", "Both"), in English and Spanish. */
const diaperWords = {
  wet: ["pee", "pis", "pipí"],
  dirty: ["poo", "caca"],
  both: ["both", "ambos"],
  dry: ["dry", "seco"],
};

/** A dose as Huckleberry writes it ("1.25ml", "2.5 mg"): the number and its unit. */
const doseOf = (text: string | undefined) => {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(ml|mg|drops?|tablets?|puffs?)?\s*$/i.exec(text ?? "");
  if (!m) return {};
  const unit = m[2]?.toLowerCase().replace(/s$/, "");
  return { dose: Number(m[1]!.replace(",", ".")), doseUnit: unit === "drop" ? "drops" : unit };
};

/** A temperature as written ("37.8°C", "100.4 F", "38"), in °C. */
const celsiusOf = (text: string | undefined) => {
  const m = /(\d+(?:[.,]\d+)?)\s*°?\s*([cf])?/i.exec(text ?? "");
  if (!m) return undefined;
  const v = Number(m[1]!.replace(",", "."));
  const f = m[2]?.toLowerCase() === "f" || v > 50;
  return Math.round((f ? ((v - 32) * 5) / 9 : v) * 10) / 10;
};

export const importHuckleberry = (files: readonly SourceFile[], c: Collector): void => {
  for (const file of files) {
    const { rows } = parseCsv(file.text);
    const order = detectOrder(
      rows.map((r) => r.cells.start ?? ""),
      "ymd",
    );
    const boundaries = new SleepBoundaries();
    for (const { row, cells } of rows) {
      const type = typeOf(cells.type ?? "");
      const time = (text: string | undefined) =>
        text ? parseLocalDateTime(text, order, c.options.timeZone) : undefined;
      const start = time(cells.start);
      if (!start) {
        c.problem(file.name, row, { code: "noStart" });
        continue;
      }
      if (!start.ok) {
        c.problem(file.name, row, start.reason);
        continue;
      }
      const endParsed = time(cells.end);
      if (endParsed && !endParsed.ok) {
        c.problem(file.name, row, endParsed.reason);
        continue;
      }
      const end = endParsed?.ok ? endParsed.iso : undefined;
      // An entry with no End lasted its Duration (h:mm) when the app gives one.
      const lasted = end ? undefined : endAfter(start.iso, parseDuration(cells.duration ?? ""));
      const note = cells.notes || undefined;
      const startCondition = cells["start condition"];
      const location = cells["start location"];
      const endCondition = cells["end condition"];
      const boundary = boundaryOf(cells.type ?? "");
      if (boundary) {
        boundaries.add({ file: file.name, row, kind: boundary, at: start.iso, until: end ?? lasted, note });
        continue;
      }
      switch (type) {
        case "sleep":
          c.add(file.name, row, "sleep", { start: start.iso, end, note }, { end: lasted });
          break;
        case "feed": {
          const where = (location ?? "").trim().toLowerCase();
          if (breastWords.includes(where)) {
            const leftSeconds = sideMinutes(startCondition, "L") ?? sideMinutes(endCondition, "L") ?? 0;
            const rightSeconds = sideMinutes(startCondition, "R") ?? sideMinutes(endCondition, "R") ?? 0;
            c.add(
              file.name,
              row,
              "feed",
              { method: "breast", start: start.iso, end, leftSeconds, rightSeconds, note },
              { end: lasted ?? endAfter(start.iso, leftSeconds + rightSeconds) },
            );
          } else if (bottleWords.includes(where)) {
            const volumeMl = parseVolumeMl(endCondition ?? "");
            const milk = /formula|fórmula/i.test(startCondition ?? "")
              ? "formula"
              : /breast|materna/i.test(startCondition ?? "")
                ? "breast"
                : undefined;
            c.add(
              file.name,
              row,
              "feed",
              { method: "bottle", start: start.iso, end, volumeMl, milk, note },
              { end: lasted },
            );
          } else if (/solid|sólido/i.test(location ?? "")) {
            c.add(
              file.name,
              row,
              "feed",
              { method: "solids", start: start.iso, end, food: startCondition || undefined, note },
              { end: lasted },
            );
          } else {
            c.problem(file.name, row, { code: "unknownFeedKind", params: { value: location ?? "" } });
          }
          break;
        }
        case "diaper": {
          const what = endCondition ?? "";
          const contents = diaperContentsIn(what, diaperWords);
          if (what && !contents)
            c.problem(file.name, row, {
              code: "valueNotUnderstood",
              params: { value: what, column: "End Condition" },
            });
          const colour = colourIn(startCondition);
          c.add(file.name, row, "diaper", { time: start.iso, contents, colour, note });
          break;
        }
        case "growth": {
          const weightKg = measure(startCondition, "kg");
          const lengthCm = measure(location, "cm");
          if (location && lengthCm === undefined)
            c.problem(file.name, row, { code: "lengthNotUnderstood", params: { value: location } });
          if (startCondition && weightKg === undefined)
            c.problem(file.name, row, { code: "weightNotUnderstood", params: { value: startCondition } });
          if (weightKg === undefined && lengthCm === undefined) break;
          c.add(file.name, row, "growth", { time: start.iso, weightKg, lengthCm, note });
          break;
        }
        case "meds":
          c.add(file.name, row, "medicine", {
            time: start.iso,
            name: location || "medicine",
            ...doseOf(startCondition),
            note,
          });
          break;
        case "pump": {
          // Left amount in Start Condition, right in End Condition.
          const leftMl = parseVolumeMl(startCondition ?? "");
          const rightMl = parseVolumeMl(endCondition ?? "");
          c.add(
            file.name,
            row,
            "pump",
            {
              start: start.iso,
              end,
              leftMl: leftMl || undefined,
              rightMl: rightMl || undefined,
              volumeMl: (leftMl ?? 0) + (rightMl ?? 0) || undefined,
              side: leftMl && rightMl ? "both" : rightMl ? "right" : leftMl ? "left" : undefined,
              note,
            },
            { end: lasted },
          );
          break;
        }
        case "tummy time":
          c.add(
            file.name,
            row,
            "play",
            { start: start.iso, end, activities: ["tummy_time"], note },
            { end: lasted },
          );
          break;
        case "bath":
          c.add(file.name, row, "bath", { time: start.iso, note });
          break;
        case "temperature":
          c.add(file.name, row, "health", {
            time: start.iso,
            type: "temperature",
            temperatureC: celsiusOf(startCondition ?? endCondition ?? location),
            note,
          });
          break;
        default:
          c.problem(file.name, row, { code: "noSuchKind", params: { value: cells.type ?? "" } });
      }
    }
    boundaries.flush(c);
  }
};
