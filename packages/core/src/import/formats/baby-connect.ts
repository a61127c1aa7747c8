/**
 * Baby Connect's CSV: Date and Time, End Time, Duration (min), Activity, Quantity, Extra data,
 * Text, Notes, Caregiver. Amounts and sides are in the Text ("drank 8.2 oz", "nursed (10m left,
 * 7m right)"); dates are month first with AM/PM.
 */

import { parseVolumeMl } from "../cell-values.ts";
import type { Collector } from "../collector.ts";
import { parseCsv } from "../csv.ts";
import { detectOrder, parseLocalDateTime } from "../time.ts";
import type { SourceFile } from "../types.ts";

const sideSeconds = (text: string, side: "left" | "right") => {
  const m = new RegExp(`(?:(\\d+)h)?(\\d+)m ${side}`, "i").exec(text);
  return m ? (Number(m[1] ?? 0) * 60 + Number(m[2])) * 60 : 0;
};

export const importBabyConnect = (files: readonly SourceFile[], c: Collector): void => {
  for (const file of files) {
    const { rows } = parseCsv(file.text);
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
      const text = cells.text ?? "";
      const note = cells.notes || undefined;
      const quantity = cells.quantity ?? "";
      const unit = /\boz\b/i.test(text) ? "oz" : "ml";
      switch ((cells.activity ?? "").toLowerCase()) {
        case "sleep":
          c.add(file.name, row, "sleep", { start: start.iso, end, note });
          break;
        case "bottle":
          c.add(file.name, row, "feed", {
            method: "bottle",
            start: start.iso,
            end,
            volumeMl: parseVolumeMl(quantity, unit),
            milk: /formula/i.test(cells["extra data"] ?? "")
              ? "formula"
              : /breast/i.test(cells["extra data"] ?? text)
                ? "breast"
                : undefined,
            note,
          });
          break;
        case "nursing":
          c.add(file.name, row, "feed", {
            method: "breast",
            start: start.iso,
            end,
            leftSeconds: sideSeconds(text, "left"),
            rightSeconds: sideSeconds(text, "right"),
            note,
          });
          break;
        case "solid":
          c.add(file.name, row, "feed", {
            method: "solids",
            start: start.iso,
            end,
            food: /ate (.+?)(?: \(|$)/.exec(text)?.[1],
            note,
          });
          break;
        case "diaper": {
          const contents = /bm|dirty|poo/i.test(text)
            ? /wet/i.test(text)
              ? "both"
              : "dirty"
            : /dry/i.test(text)
              ? "dry"
              : "wet";
          c.add(file.name, row, "diaper", { time: start.iso, contents, note });
          break;
        }
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
            [cells.activity!.toLowerCase() === "height" ? "lengthCm" : "headCm"]: cm,
            note,
          });
          break;
        }
        case "milestone":
          c.add(file.name, row, "milestone", { time: start.iso, title: text || "Milestone", note });
          break;
        default:
          c.problem(file.name, row, { code: "noSuchKind", params: { value: cells.activity ?? "" } });
      }
    }
  }
};
