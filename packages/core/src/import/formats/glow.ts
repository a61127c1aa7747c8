/**
 * Glow Baby: one CSV per kind (`*_sleep.csv`, `*_diaper.csv`, `*_feed_bottle.csv`,
 * `*_feed_solid.csv`, `*_growth.csv`), told apart by their headers; times like
 * `05/21/2020 12:34:50 PM`, growth dates like `2020/01/21`.
 */

import { parseVolumeMl } from "../cell-values.ts";
import type { Collector } from "../collector.ts";
import { type CsvRow, parseCsv } from "../csv.ts";
import { colourIn, diaperContentsIn } from "../known-values.ts";
import { detectOrder, parseLocalDate, parseLocalDateTime } from "../time.ts";
import type { SourceFile } from "../types.ts";

const num = (text: string | undefined) => {
  const n = Number(text);
  return text && Number.isFinite(n) && n > 0 ? n : undefined;
};

export const importGlow = (files: readonly SourceFile[], c: Collector): void => {
  for (const file of files) {
    const { headers, rows } = parseCsv(file.text);
    const timeColumn = ["begin time", "diaper time", "time of feeding", "date"].find((h) =>
      headers.includes(h),
    );
    if (!timeColumn) {
      c.problem(file.name, 1, { code: "glowNoTimeColumn" });
      continue;
    }
    const order = detectOrder(
      rows.map((r) => r.cells[timeColumn] ?? ""),
      "mdy",
    );
    const when = (r: CsvRow, column: string) =>
      column === "date"
        ? parseLocalDate(r.cells[column] ?? "", order, c.options.timeZone)
        : parseLocalDateTime(r.cells[column] ?? "", order, c.options.timeZone);
    for (const r of rows) {
      const at = when(r, timeColumn);
      if (!at.ok) {
        c.problem(file.name, r.row, at.reason);
        continue;
      }
      if (timeColumn === "begin time") {
        const end = r.cells["end time"] ? when(r, "end time") : undefined;
        if (end && !end.ok) c.problem(file.name, r.row, end.reason);
        else c.add(file.name, r.row, "sleep", { start: at.iso, end: end?.iso });
      } else if (timeColumn === "diaper time") {
        const what = r.cells["in the diaper"] ?? "";
        const contents = diaperContentsIn(what, { both: ["pee and poo", "pipí y caca"] });
        if (what && !contents)
          c.problem(file.name, r.row, {
            code: "valueNotUnderstood",
            params: { value: what, column: "In the diaper" },
          });
        c.add(file.name, r.row, "diaper", { time: at.iso, contents, colour: colourIn(r.cells.color) });
      } else if (headers.includes("milk type")) {
        const milk = /f[oó]rmula/i.test(r.cells["milk type"] ?? "")
          ? "formula"
          : /breast|materna/i.test(r.cells["milk type"] ?? "")
            ? "breast"
            : undefined;
        const volumeMl =
          parseVolumeMl(r.cells["amount(ml)"] ?? "") ?? parseVolumeMl(r.cells["amount(oz)"] ?? "", "oz");
        c.add(file.name, r.row, "feed", { method: "bottle", start: at.iso, milk, volumeMl });
      } else if (headers.includes("ingredients")) {
        const amount = [r.cells.amount, r.cells["unit type"]].filter(Boolean).join(" ");
        c.add(file.name, r.row, "feed", {
          method: "solids",
          start: at.iso,
          food: r.cells.ingredients || undefined,
          amount: amount || undefined,
          note: r.cells["baby's reaction"] || undefined,
        });
      } else if (timeColumn === "date") {
        const weightKg = num(r.cells["weight(kg)"]);
        const lengthCm = num(r.cells["height(cm)"]);
        const headCm = num(r.cells["head circ.(cm)"]);
        if (weightKg === undefined && lengthCm === undefined && headCm === undefined)
          c.problem(file.name, r.row, { code: "growthNoMeasurement" });
        else c.add(file.name, r.row, "growth", { time: at.iso, weightKg, lengthCm, headCm });
      } else {
        c.problem(file.name, r.row, { code: "glowUnknownKind" });
      }
    }
  }
};
