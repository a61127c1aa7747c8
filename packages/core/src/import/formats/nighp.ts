/**
 * Baby Tracker (Nighp): one CSV per activity, named `<Baby>_<activity>.csv`; times like
 * `13/9/23 3:38 am` (day first, lowercase am/pm) with a duration in minutes.
 */

import { parseDuration, parseVolumeMl } from "../cell-values.ts";
import type { Collector } from "../collector.ts";
import { type CsvRow, parseCsv } from "../csv.ts";
import { detectOrder, parseLocalDateTime } from "../time.ts";
import type { SourceFile } from "../types.ts";

const activityOf = (name: string) => /_([a-z_]+)\.csv$/i.exec(name)?.[1]?.toLowerCase() ?? "";

const cell = (r: CsvRow, ...names: string[]) =>
  names.map((n) => r.cells[n]).find((v) => v !== undefined && v !== "");

export const importNighp = (files: readonly SourceFile[], c: Collector): void => {
  for (const file of files) {
    const activity = activityOf(file.name);
    const { rows } = parseCsv(file.text);
    const order = detectOrder(
      rows.map((r) => r.cells.time ?? ""),
      "dmy",
    );
    for (const r of rows) {
      const at = parseLocalDateTime(r.cells.time ?? "", order, c.options.timeZone);
      if (!at.ok) {
        c.problem(file.name, r.row, at.reason);
        continue;
      }
      const note = r.cells.note || undefined;
      const plus = (seconds: number | undefined) =>
        seconds ? new Date(Date.parse(at.iso) + seconds * 1000).toISOString() : undefined;
      switch (activity) {
        case "sleep":
          c.add(file.name, r.row, "sleep", {
            start: at.iso,
            end: plus(parseDuration(cell(r, "duration (min)") ?? "")),
            note,
          });
          break;
        case "nursing": {
          const left = parseDuration(cell(r, "left duration (min)") ?? "") ?? 0;
          const right = parseDuration(cell(r, "right duration (min)") ?? "") ?? 0;
          const total = parseDuration(cell(r, "total (min)", "total duration (min)") ?? "") ?? left + right;
          c.add(file.name, r.row, "feed", {
            method: "breast",
            start: at.iso,
            end: plus(total),
            leftSeconds: left,
            rightSeconds: right,
            side: left && right ? "both" : right ? "right" : "left",
            note,
          });
          break;
        }
        case "diaper": {
          const status = (r.cells.status ?? "").toLowerCase();
          const contents = { wet: "wet", dirty: "dirty", mixed: "both", dry: "dry" }[status];
          if (!contents)
            c.problem(file.name, r.row, {
              code: "diaperStatusUnreadable",
              params: { value: r.cells.status ?? "" },
            });
          else c.add(file.name, r.row, "diaper", { time: at.iso, contents, note });
          break;
        }
        case "expressed":
        case "formula": {
          const volumeMl =
            parseVolumeMl(cell(r, "amount (ml)") ?? "") ?? parseVolumeMl(cell(r, "amount (oz)") ?? "", "oz");
          c.add(file.name, r.row, "feed", {
            method: "bottle",
            start: at.iso,
            volumeMl,
            milk: activity === "formula" ? "formula" : "breast",
            note,
          });
          break;
        }
        default:
          c.problem(file.name, r.row, { code: "noSuchKind", params: { value: activity } });
      }
    }
  }
};
