/**
 * Baby Connect's CSV: Date and Time, End Time, Duration (min), Activity, Quantity, Extra data,
 * Text, Notes, Caregiver. Amounts and sides are in the Text ("drank 8.2 oz", "nursed (10m left,
 * 7m right)"); dates are month first with AM/PM. Every row has a Text in words, so a kind of
 * activity Attune has no entry for (a doctor's visit, a mood) is kept as a note, and said so.
 */

import { parseDuration, parseVolumeMl } from "../cell-values.ts";
import { type Collector, endAfter } from "../collector.ts";
import { parseCsv } from "../csv.ts";
import { colourIn, diaperContentsIn } from "../known-values.ts";
import { boundaryOf, SleepBoundaries } from "../sleep-boundaries.ts";
import { detectOrder, parseLocalDateTime } from "../time.ts";
import type { SourceFile } from "../types.ts";

const sideSeconds = (text: string, side: "left" | "right") => {
  const m = new RegExp(`(?:(\\d+)h)?(\\d+)m ${side}`, "i").exec(text);
  return m ? (Number(m[1] ?? 0) * 60 + Number(m[2])) * 60 : 0;
};

/** Baby Connect's activities as its export writes them, in English and in Spanish. */
const activityWords: Readonly<Record<string, readonly string[]>> = {
  sleep: ["sleep", "sueño", "dormir"],
  bottle: ["bottle", "biberón", "biberon"],
  nursing: ["nursing", "lactancia", "pecho"],
  solid: ["solid", "solids", "sólidos", "comida"],
  diaper: ["diaper", "pañal"],
  weight: ["weight", "peso"],
  height: ["height", "altura", "talla"],
  "head size": ["head size", "perímetro cefálico", "cabeza"],
  milestone: ["milestone", "hito"],
  medicine: ["medicine", "medication", "medicamento", "medicina"],
  temperature: ["temperature", "temperatura"],
  pumping: ["pumping", "pump", "extracción", "sacaleches"],
  bath: ["bath", "baño"],
};
const activityOf = (text: string) => {
  const t = text.trim().toLowerCase();
  return Object.keys(activityWords).find((k) => activityWords[k]!.includes(t)) ?? t;
};

export const importBabyConnect = (files: readonly SourceFile[], c: Collector): void => {
  for (const file of files) {
    const { rows } = parseCsv(file.text);
    const boundaries = new SleepBoundaries();
    const order = detectOrder(
      rows.map((r) => r.cells["date and time"] ?? ""),
      "mdy",
    );
    for (const { row, cells } of rows) {
      const start = parseLocalDateTime(cells["date and time"] ?? "", order, c.options.timeZone);
      if (!start.ok) {
        c.problem(file.name, row, start.reason);
        continue;
      }
      const endText = cells["end time"];
      const endParsed = endText ? parseLocalDateTime(endText, order, c.options.timeZone) : undefined;
      if (endParsed && !endParsed.ok) {
        c.problem(file.name, row, endParsed.reason);
        continue;
      }
      const end = endParsed?.ok ? endParsed.iso : undefined;
      const lasted = end ? undefined : endAfter(start.iso, parseDuration(cells["duration (min)"] ?? ""));
      const text = cells.text ?? "";
      const note = cells.notes || undefined;
      const quantity = cells.quantity ?? "";
      const unit = /\boz\b/i.test(text) ? "oz" : "ml";
      const activity = cells.activity ?? "";
      const boundary = boundaryOf(activity);
      if (boundary) {
        boundaries.add({ file: file.name, row, kind: boundary, at: start.iso, until: end ?? lasted, note });
        continue;
      }
      switch (activityOf(activity)) {
        case "sleep":
          c.add(file.name, row, "sleep", { start: start.iso, end, note }, { end: lasted });
          break;
        case "bottle":
          c.add(
            file.name,
            row,
            "feed",
            {
              method: "bottle",
              start: start.iso,
              end,
              volumeMl: parseVolumeMl(quantity, unit),
              milk: /f[oó]rmula/i.test(cells["extra data"] ?? "")
                ? "formula"
                : /breast|materna/i.test(cells["extra data"] ?? text)
                  ? "breast"
                  : undefined,
              note,
            },
            { end: lasted },
          );
          break;
        case "nursing":
          c.add(
            file.name,
            row,
            "feed",
            {
              method: "breast",
              start: start.iso,
              end,
              leftSeconds: sideSeconds(text, "left"),
              rightSeconds: sideSeconds(text, "right"),
              note,
            },
            { end: lasted },
          );
          break;
        case "solid":
          c.add(
            file.name,
            row,
            "feed",
            {
              method: "solids",
              start: start.iso,
              end,
              food: /ate (.+?)(?: \(|$)/.exec(text)?.[1],
              note,
            },
            { end: lasted },
          );
          break;
        case "diaper": {
          const contents = diaperContentsIn(`${cells["extra data"] ?? ""} ${text}`);
          c.add(file.name, row, "diaper", { time: start.iso, contents, colour: colourIn(text), note });
          break;
        }
        case "medicine": {
          // "Eva took 2.5 ml of Tylenol"
          const m = /(\d+(?:[.,]\d+)?)\s*(ml|mg|drops?)?\s+of\s+(.+?)(?:\s*\(|$)/i.exec(text);
          c.add(file.name, row, "medicine", {
            time: start.iso,
            name: m?.[3] || cells["extra data"] || "medicine",
            dose: m ? Number(m[1]!.replace(",", ".")) : Number(quantity) || undefined,
            doseUnit: m?.[2]?.toLowerCase().replace(/^drop$/, "drops"),
            note,
          });
          break;
        }
        case "temperature": {
          const v = Number(quantity) || Number(/(\d+(?:[.,]\d+)?)/.exec(text)?.[1]?.replace(",", "."));
          const celsius =
            /°?\s*f\b/i.test(`${cells["extra data"] ?? ""} ${text}`) || v > 50 ? ((v - 32) * 5) / 9 : v;
          c.add(file.name, row, "health", {
            time: start.iso,
            type: "temperature",
            temperatureC: Number.isFinite(celsius) && celsius > 0 ? Math.round(celsius * 10) / 10 : undefined,
            note,
          });
          break;
        }
        case "pumping":
          c.add(
            file.name,
            row,
            "pump",
            {
              start: start.iso,
              end,
              volumeMl: parseVolumeMl(quantity, unit),
              note,
            },
            { end: lasted },
          );
          break;
        case "bath":
          c.add(file.name, row, "bath", {
            time: start.iso,
            note: [text, note].filter(Boolean).join(" — ") || undefined,
          });
          break;
        case "weight": {
          const v = Number(quantity);
          const kg = /lb/i.test(cells["extra data"] ?? "")
            ? v * 0.45359237
            : /oz/i.test(cells["extra data"] ?? "")
              ? v * 0.0283495
              : v;
          c.add(file.name, row, "growth", { time: start.iso, weightKg: Math.round(kg * 1000) / 1000, note });
          break;
        }
        case "height":
        case "head size": {
          const v = Number(quantity);
          const cm = /inch|in\b/i.test(cells["extra data"] ?? "") ? Math.round(v * 25.4) / 10 : v;
          c.add(file.name, row, "growth", {
            time: start.iso,
            [activityOf(activity) === "height" ? "lengthCm" : "headCm"]: cm,
            note,
          });
          break;
        }
        case "milestone":
          c.add(file.name, row, "milestone", { time: start.iso, title: text || "Milestone", note });
          break;
        default:
          if (!text && !note) {
            c.problem(file.name, row, { code: "noSuchKind", params: { value: activity } });
            break;
          }
          c.problem(file.name, row, { code: "keptAsNote", params: { value: activity } });
          c.add(file.name, row, "note", {
            time: start.iso,
            text: [activity, text, note].filter(Boolean).join(" — ").slice(0, 5000),
          });
      }
    }
    boundaries.flush(c);
  }
};
