/**
 * Huckleberry's e-mailed CSV: one file, columns Type, Start, End, Duration, Start Condition,
 * Start Location, End Condition, Notes, whose meaning depends on the Type (see each case).
 */

import { colourIn, parseVolumeMl } from "../cell-values.ts";
import type { Collector } from "../collector.ts";
import { parseCsv } from "../csv.ts";
import { detectOrder, parseLocalDateTime } from "../time.ts";
import type { SourceFile } from "../types.ts";

/** `00:07R` is seven minutes on the right side. */
const sideMinutes = (text: string | undefined, side: "L" | "R") => {
  const m = /^(\d+):(\d{2})([LR])$/i.exec(text ?? "");
  return m && m[3]!.toUpperCase() === side ? (Number(m[1]) * 60 + Number(m[2])) * 60 : undefined;
};

const measure = (text: string | undefined, unit: "kg" | "cm") => {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(kg|lbs?|cm|in)\s*$/i.exec(text ?? "");
  if (!m) return undefined;
  const v = Number(m[1]);
  const u = m[2]!.toLowerCase();
  if (unit === "kg")
    return u === "kg" ? v : u.startsWith("lb") ? Math.round(v * 0.45359237 * 1000) / 1000 : undefined;
  return u === "cm" ? v : u === "in" ? Math.round(v * 2.54 * 10) / 10 : undefined;
};

export const importHuckleberry = (files: readonly SourceFile[], c: Collector): void => {
  for (const file of files) {
    const { rows } = parseCsv(file.text);
    const order = detectOrder(
      rows.map((r) => r.cells.start ?? ""),
      "ymd",
    );
    for (const { row, cells } of rows) {
      const type = (cells.type ?? "").toLowerCase();
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
      const note = cells.notes || undefined;
      const startCondition = cells["start condition"];
      const location = cells["start location"];
      const endCondition = cells["end condition"];
      switch (type) {
        case "sleep":
          c.add(file.name, row, "sleep", { start: start.iso, end, note });
          break;
        case "feed": {
          if ((location ?? "").toLowerCase() === "breast") {
            c.add(file.name, row, "feed", {
              method: "breast",
              start: start.iso,
              end,
              leftSeconds: sideMinutes(startCondition, "L") ?? sideMinutes(endCondition, "L") ?? 0,
              rightSeconds: sideMinutes(startCondition, "R") ?? sideMinutes(endCondition, "R") ?? 0,
              note,
            });
          } else if ((location ?? "").toLowerCase() === "bottle") {
            const volumeMl = parseVolumeMl(endCondition ?? "");
            const milk = /formula/i.test(startCondition ?? "")
              ? "formula"
              : /breast/i.test(startCondition ?? "")
                ? "breast"
                : undefined;
            c.add(file.name, row, "feed", { method: "bottle", start: start.iso, end, volumeMl, milk, note });
          } else if (/solid/i.test(location ?? "")) {
            c.add(file.name, row, "feed", {
              method: "solids",
              start: start.iso,
              end,
              food: startCondition || undefined,
              note,
            });
          } else {
            c.problem(file.name, row, { code: "unknownFeedKind", params: { value: location ?? "" } });
          }
          break;
        }
        case "diaper": {
          const what = (endCondition ?? "")
            .split(/[:,\n]/)[0]!
            .trim()
            .toLowerCase();
          const contents =
            what === "pee"
              ? "wet"
              : what === "poo"
                ? "dirty"
                : what === "both"
                  ? "both"
                  : what === "dry"
                    ? "dry"
                    : undefined;
          if (!contents) {
            c.problem(file.name, row, { code: "diaperUnreadable", params: { value: endCondition ?? "" } });
            break;
          }
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
        case "meds": {
          const dose = /^(\d+(?:\.\d+)?)\s*(ml|mg)?$/i.exec(startCondition ?? "");
          c.add(file.name, row, "health", {
            time: start.iso,
            type: "medication",
            medication: location || "medicine",
            dose: dose ? Number(dose[1]) : undefined,
            doseUnit: dose?.[2] ? (dose[2].toLowerCase() as "ml") : undefined,
            note,
          });
          break;
        }
        default:
          c.problem(file.name, row, { code: "noSuchKind", params: { value: cells.type ?? "" } });
      }
    }
  }
};
