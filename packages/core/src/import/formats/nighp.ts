/**
 * Baby Tracker (Nighp): one CSV per activity, named `<Baby>_<activity>.csv` or `<activity>.csv`;
 * times like `13/9/23 3:38 am` or `1/14/26, 12:56` (either date order, 12- or 24-hour), durations in
 * minutes (the column is "Duration (min)" or "Duration(minutes)" by version), amounts in ml or oz
 * as the column says. A sleep of 0 minutes is kept as one that lasted no time.
 */

import { parseDuration, parseVolumeMl } from "../cell-values.ts";
import { type Collector, endAfter } from "../collector.ts";
import { type CsvRow, cellLike, parseCsv } from "../csv.ts";
import { diaperContentsIn } from "../known-values.ts";
import { detectOrder, parseLocalDateTime } from "../time.ts";
import type { SourceFile } from "../types.ts";

const activities = [
  "other_activity",
  "sleep",
  "nursing",
  "diaper",
  "expressed",
  "formula",
  "pump",
  "medicine",
  "medication",
  "temperature",
  "bath",
] as const;
type Activity = (typeof activities)[number];

/** The activity a file holds, from the end of its name: `Ember_sleep.csv`, `sleep.csv`, `Ember_other_activity.csv`. */
const activityOf = (name: string): Activity | undefined => {
  const base = (name.split(/[\\/]/).pop() ?? "").toLowerCase().replace(/\.csv$/, "");
  return activities.find((a) => base === a || base.endsWith(`_${a}`) || base.endsWith(` ${a}`));
};

/** The app's own words for a diaper, in the languages its exports come in. */
const diaperWords = {
  wet: ["wet", "mojado", "húmedo", "pipí"],
  dirty: ["dirty", "sucio", "caca"],
  both: ["mixed", "variado", "mixto", "mezclado", "wet and dirty"],
  dry: ["dry", "seco"],
};

/** Minutes in a column that starts with `prefix`, as seconds. */
const minutes = (r: CsvRow, ...prefixes: string[]) => {
  const cell = cellLike(r, ...prefixes);
  return cell ? parseDuration(cell.value) : undefined;
};

/** An amount in a column that starts with `prefix`, in ml, whichever unit the column names. */
const amountMl = (r: CsvRow, ...prefixes: string[]) => {
  const cell = cellLike(r, ...prefixes);
  if (!cell) return undefined;
  const ml = parseVolumeMl(cell.value, /oz/i.test(cell.column) ? "oz" : "ml");
  return ml && ml > 0 ? ml : undefined;
};

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
      const plus = (seconds: number | undefined) => endAfter(at.iso, seconds);
      switch (activity) {
        case "sleep":
          c.add(file.name, r.row, "sleep", { start: at.iso, end: plus(minutes(r, "duration")), note });
          break;
        case "nursing": {
          const left = minutes(r, "leftduration") ?? 0;
          const right = minutes(r, "rightduration") ?? 0;
          const total = minutes(r, "totalduration", "totalmin", "total") ?? left + right;
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
          const status = r.cells.status ?? "";
          const contents = diaperContentsIn(status, diaperWords);
          if (status && !contents)
            c.problem(file.name, r.row, {
              code: "valueNotUnderstood",
              params: { value: status, column: "Status" },
            });
          c.add(file.name, r.row, "diaper", { time: at.iso, contents, note });
          break;
        }
        case "expressed":
        case "formula":
          c.add(file.name, r.row, "feed", {
            method: "bottle",
            start: at.iso,
            volumeMl: amountMl(r, "amount"),
            milk: activity === "formula" ? "formula" : "breast",
            note,
          });
          break;
        case "pump": {
          const left = minutes(r, "leftduration") ?? 0;
          const right = minutes(r, "rightduration") ?? 0;
          const leftMl = amountMl(r, "leftamount");
          const rightMl = amountMl(r, "rightamount");
          c.add(file.name, r.row, "pump", {
            start: at.iso,
            end: plus(minutes(r, "totalduration") ?? Math.max(left, right)),
            side: (left || leftMl) && (right || rightMl) ? "both" : right || rightMl ? "right" : "left",
            leftMl,
            rightMl,
            volumeMl: amountMl(r, "totalamount") ?? ((leftMl ?? 0) + (rightMl ?? 0) || undefined),
            note,
          });
          break;
        }
        case "medicine":
        case "medication": {
          const name = cellLike(r, "medicinename", "medicationname", "name", "medicine", "medication")?.value;
          const dose = cellLike(r, "amount", "dose");
          const unit = cellLike(r, "unit", "amountunit")?.value.toLowerCase();
          c.add(file.name, r.row, "medicine", {
            time: at.iso,
            name: name || "medicine",
            dose: dose ? Number(dose.value.replace(",", ".")) || undefined : undefined,
            doseUnit: unit && ["ml", "mg", "drops", "tablet", "puff"].includes(unit) ? unit : undefined,
            note,
          });
          break;
        }
        case "temperature": {
          const reading = cellLike(r, "temperature", "temp", "value");
          const value = reading ? Number(reading.value.replace(",", ".")) : Number.NaN;
          const celsius =
            /f\b|°f|fahrenheit/i.test(reading?.column ?? "") || value > 50 ? ((value - 32) * 5) / 9 : value;
          c.add(file.name, r.row, "health", {
            time: at.iso,
            type: "temperature",
            temperatureC: Number.isFinite(celsius) ? Math.round(celsius * 10) / 10 : undefined,
            note,
          });
          break;
        }
        case "bath":
          c.add(file.name, r.row, "bath", { time: at.iso, note });
          break;
        case "other_activity": {
          const what = cellLike(r, "otheractivity", "activity")?.value ?? "";
          const end = plus(minutes(r, "duration"));
          if (/tummy|boca abajo/i.test(what))
            c.add(file.name, r.row, "play", { start: at.iso, end, activities: ["tummy_time"], note });
          else if (/bath|baño/i.test(what)) c.add(file.name, r.row, "bath", { time: at.iso, note });
          else
            c.add(file.name, r.row, "note", {
              time: at.iso,
              text: [what || "Other activity", note].filter(Boolean).join(": "),
            });
          break;
        }
        default:
          c.problem(file.name, r.row, { code: "noSuchKind", params: { value: file.name } });
      }
    }
  }
};
