/**
 * Any other app's CSV, with the columns mapped by the person importing: which column holds the
 * time (or a date and a time), the end or a duration, and the values each kind needs; what kind the
 * rows are, or a column whose values say it. Every row it cannot read becomes a problem with why.
 */
import { parseDuration, parseVolumeMl } from "../cell-values.ts";
import type { Collector } from "../collector.ts";
import { type CsvRow, normaliseHeader, parseCsv } from "../csv.ts";
import { diaperContentsIn } from "../known-values.ts";
import type { ProblemReason } from "../problems.ts";
import { type DateOrder, detectOrder, parseLocalDateTime } from "../time.ts";
import type { SourceFile } from "../types.ts";

export const mappableKinds = ["feed", "sleep", "diaper", "growth", "note"] as const;
export type MappableKind = (typeof mappableKinds)[number];

export interface ColumnMapping {
  /** Every row is this kind, or `column` names a column whose values map to kinds (or "skip"). */
  readonly kind:
    | { readonly fixed: MappableKind }
    | { readonly column: string; readonly values: Readonly<Record<string, MappableKind | "skip">> };
  /** The date and time, or the date when `time` names a separate time column. */
  readonly start: string;
  readonly time?: string | undefined;
  readonly end?: string | undefined;
  /** Minutes, or `1h20m`, `01:20`. */
  readonly duration?: string | undefined;
  readonly dateOrder: DateOrder | "auto";
  readonly amount?: string | undefined;
  readonly amountUnit?: "ml" | "oz" | undefined;
  readonly side?: string | undefined;
  readonly contents?: string | undefined;
  readonly weight?: string | undefined;
  readonly weightUnit?: "kg" | "lb" | undefined;
  readonly length?: string | undefined;
  readonly lengthUnit?: "cm" | "in" | undefined;
  readonly head?: string | undefined;
  readonly note?: string | undefined;
}

/** The headers and first rows of a file, for the mapping form. */
export const csvPreview = (text: string, rows = 3): { headers: string[]; rows: Record<string, string>[] } => {
  const parsed = parseCsv(text);
  return {
    headers: parsed.headers.filter(Boolean),
    rows: parsed.rows.slice(0, rows).map((r) => ({ ...r.cells })),
  };
};

/** The distinct values of a column (at most `limit`), for mapping them to kinds. */
export const columnValues = (text: string, column: string, limit = 20): string[] => {
  const key = normaliseHeader(column);
  const seen = new Set<string>();
  for (const r of parseCsv(text).rows) {
    const v = r.cells[key]?.trim();
    if (v) seen.add(v);
    if (seen.size >= limit) break;
  }
  return [...seen];
};

const sideOf = (v: string): "left" | "right" | "both" | undefined => {
  const t = v.toLowerCase();
  const left = /\b(l|left|izq|izquierdo|izquierda)\b/.test(t);
  const right = /\b(r|right|der|derecho|derecha)\b/.test(t);
  return left && right ? "both" : left ? "left" : right ? "right" : /both|ambos/.test(t) ? "both" : undefined;
};

const number = (v: string | undefined): number | undefined => {
  if (!v?.trim()) return undefined;
  const n = Number(v.replace(",", ".").replace(/[^\d.+-]/g, ""));
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

export const importMapped = (files: readonly SourceFile[], mapping: ColumnMapping, c: Collector): void => {
  const col = (name: string | undefined) => (name ? normaliseHeader(name) : undefined);
  const startCol = col(mapping.start)!;
  const timeCol = col(mapping.time);
  for (const file of files) {
    const { headers, rows } = parseCsv(file.text);
    const missing = [
      mapping.start,
      mapping.time,
      mapping.end,
      mapping.duration,
      mapping.amount,
      mapping.side,
      mapping.contents,
      mapping.weight,
      mapping.length,
      mapping.head,
      mapping.note,
      "column" in mapping.kind ? mapping.kind.column : undefined,
    ]
      .filter((m): m is string => !!m)
      .filter((m) => !headers.includes(normaliseHeader(m)));
    if (missing.length) {
      c.problem(file.name, 1, {
        code: "missingColumns",
        params: { columns: missing.map((m) => `"${m}"`).join(", ") },
      });
      continue;
    }
    const when = (r: CsvRow, column: string | undefined) => {
      if (!column) return "";
      const date = r.cells[column] ?? "";
      return timeCol && column === startCol ? `${date} ${r.cells[timeCol] ?? ""}`.trim() : date;
    };
    const order: DateOrder =
      mapping.dateOrder === "auto"
        ? detectOrder(
            rows.map((r) => when(r, startCol)),
            "mdy",
          )
        : mapping.dateOrder;
    for (const r of rows) {
      const fail = (reason: ProblemReason) => c.problem(file.name, r.row, reason);
      let kind: MappableKind | "skip" | undefined;
      if ("fixed" in mapping.kind) kind = mapping.kind.fixed;
      else {
        const value = r.cells[normaliseHeader(mapping.kind.column)]?.trim() ?? "";
        kind = mapping.kind.values[value];
        if (!kind) {
          fail({ code: "notMapped", params: { value, column: mapping.kind.column } });
          continue;
        }
      }
      if (kind === "skip") continue;
      const start = parseLocalDateTime(when(r, startCol), order, c.options.timeZone);
      if (!start.ok) {
        fail(start.reason);
        continue;
      }
      let end: string | undefined;
      const endCol = col(mapping.end);
      const durationCol = col(mapping.duration);
      if (endCol && r.cells[endCol]) {
        const e = parseLocalDateTime(r.cells[endCol]!, order, c.options.timeZone);
        if (!e.ok) {
          fail(e.reason);
          continue;
        }
        end = e.iso;
      } else if (durationCol && r.cells[durationCol]) {
        const seconds = parseDuration(r.cells[durationCol]!);
        if (seconds === undefined) {
          fail({ code: "notDuration", params: { value: r.cells[durationCol] ?? "" } });
          continue;
        }
        if (seconds > 0) end = new Date(Date.parse(start.iso) + seconds * 1000).toISOString();
      }
      const cell = (name: string | undefined) => {
        const k = col(name);
        return k ? r.cells[k] : undefined;
      };
      const note = cell(mapping.note) || undefined;
      switch (kind) {
        case "feed": {
          const amountText = cell(mapping.amount);
          const volumeMl = amountText ? parseVolumeMl(amountText, mapping.amountUnit ?? "ml") : undefined;
          if (amountText && volumeMl === undefined) {
            fail({ code: "notAmount", params: { value: amountText } });
            continue;
          }
          const side = cell(mapping.side) ? sideOf(cell(mapping.side)!) : undefined;
          c.add(file.name, r.row, "feed", {
            method: volumeMl !== undefined ? "bottle" : "breast",
            start: start.iso,
            end,
            side,
            volumeMl,
            note,
          });
          break;
        }
        case "sleep":
          c.add(file.name, r.row, "sleep", { start: start.iso, end, note });
          break;
        case "diaper": {
          // A diaper whose contents were not noted is still a diaper changed; words Attune does not
          // know are said, and the diaper kept.
          const text = cell(mapping.contents) ?? "";
          const contents = diaperContentsIn(text);
          if (text && !contents)
            c.problem(file.name, r.row, {
              code: "valueNotUnderstood",
              params: { value: text, column: mapping.contents ?? "" },
            });
          c.add(file.name, r.row, "diaper", { time: start.iso, contents, note });
          break;
        }
        case "growth": {
          const w = number(cell(mapping.weight));
          const l = number(cell(mapping.length));
          const h = number(cell(mapping.head));
          const perInch = mapping.lengthUnit === "in" ? 2.54 : 1;
          c.add(file.name, r.row, "growth", {
            time: start.iso,
            weightKg:
              w === undefined
                ? undefined
                : Math.round((mapping.weightUnit === "lb" ? w * 0.45359237 : w) * 1000) / 1000,
            lengthCm: l === undefined ? undefined : Math.round(l * perInch * 10) / 10,
            headCm: h === undefined ? undefined : Math.round(h * perInch * 10) / 10,
            note,
          });
          break;
        }
        case "note":
          if (!note) {
            fail({ code: "noteNeedsText" });
            continue;
          }
          c.add(file.name, r.row, "note", { time: start.iso, text: note });
          break;
      }
    }
  }
};
