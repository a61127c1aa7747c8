/**
 * Hatch Baby: a flat CSV, or one text file in sections (`=== BEGIN Feedings ===`, Diapers, Sleeps,
 * Weights), each with the header Baby Name, Start Time, End Time, Activity, Amount, Percentile,
 * Duration, Info, Notes.
 */

import { parseVolumeMl } from "../cell-values.ts";
import type { Collector } from "../collector.ts";
import { parseCsv } from "../csv.ts";
import { detectOrder, parseLocalDateTime } from "../time.ts";
import type { SourceFile } from "../types.ts";

/** The sections of a sectioned export, with the line each starts on; a flat CSV is one section. */
const sections = (text: string): { title: string; text: string; firstLine: number }[] => {
  const lines = text.split(/\r?\n/);
  const found: { title: string; text: string; firstLine: number }[] = [];
  let current: { title: string; lines: string[]; firstLine: number } | undefined;
  lines.forEach((line, i) => {
    const begin = /^===\s*BEGIN\s+(.+?)\s*===\s*$/i.exec(line);
    const end = /^===\s*END\b/i.test(line);
    if (begin) current = { title: begin[1]!.toLowerCase(), lines: [], firstLine: i + 2 };
    else if (end && current) {
      found.push({ title: current.title, text: current.lines.join("\n"), firstLine: current.firstLine });
      current = undefined;
    } else if (current) current.lines.push(line);
  });
  if (current)
    found.push({ title: current.title, text: current.lines.join("\n"), firstLine: current.firstLine });
  return found.length ? found : [{ title: "", text, firstLine: 1 }];
};

export const importHatch = (files: readonly SourceFile[], c: Collector): void => {
  for (const file of files) {
    for (const section of sections(file.text)) {
      const { rows } = parseCsv(section.text);
      const order = detectOrder(
        rows.map((r) => r.cells["start time"] ?? ""),
        "mdy",
      );
      for (const r of rows) {
        const row = section.firstLine + r.row - 1;
        const start = parseLocalDateTime(r.cells["start time"] ?? "", order, c.options.timeZone);
        if (!start.ok) {
          c.problem(file.name, row, start.reason);
          continue;
        }
        const endText = r.cells["end time"];
        const end = endText ? parseLocalDateTime(endText, order, c.options.timeZone) : undefined;
        if (end && !end.ok) {
          c.problem(file.name, row, end.reason);
          continue;
        }
        const activity = `${section.title} ${r.cells.activity ?? ""}`.toLowerCase();
        const note = r.cells.notes || undefined;
        if (/sleep/.test(activity)) c.add(file.name, row, "sleep", { start: start.iso, end: end?.iso, note });
        else if (/diaper|wet|dirty|poop/.test(activity)) {
          const what = (r.cells.activity ?? "").toLowerCase();
          const contents =
            /both|mixed/.test(what) || (/wet/.test(what) && /dirty|poo/.test(what))
              ? "both"
              : /dirty|poo/.test(what)
                ? "dirty"
                : /dry/.test(what)
                  ? "dry"
                  : "wet";
          c.add(file.name, row, "diaper", { time: start.iso, contents, note });
        } else if (/weight/.test(activity)) {
          const m = /(\d+(?:\.\d+)?)\s*(kg|lb|lbs|g)?/i.exec(r.cells.amount ?? "");
          const v = m ? Number(m[1]) : Number.NaN;
          const unit = m?.[2]?.toLowerCase();
          const weightKg = unit?.startsWith("lb") ? v * 0.45359237 : unit === "g" ? v / 1000 : v;
          c.add(file.name, row, "growth", {
            time: start.iso,
            weightKg: Number.isFinite(weightKg) ? Math.round(weightKg * 1000) / 1000 : undefined,
            note,
          });
        } else if (/feed|bottle|breast|nurs/.test(activity)) {
          const bottle = /bottle|formula/.test(activity) || /ml|oz/i.test(r.cells.amount ?? "");
          if (bottle) {
            const volume = /(\d+(?:\.\d+)?)\s*(ml|oz)/i.exec(r.cells.amount ?? "");
            c.add(file.name, row, "feed", {
              method: "bottle",
              start: start.iso,
              end: end?.iso,
              volumeMl: volume ? parseVolumeMl(`${volume[1]}${volume[2]}`) : undefined,
              milk: /formula/.test(activity) ? "formula" : undefined,
              note,
            });
          } else {
            c.add(file.name, row, "feed", { method: "breast", start: start.iso, end: end?.iso, note });
          }
        } else
          c.problem(file.name, row, {
            code: "noSuchKind",
            params: { value: r.cells.activity ?? section.title },
          });
      }
    }
  }
};
