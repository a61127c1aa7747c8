/**
 * Baby Buddy (django-import-export CSV): one file per model, recognised by its columns; datetimes
 * `YYYY-MM-DD HH:MM:SS`, booleans 1/0. Feeding: start, end, type, method, amount; pumping: start,
 * end (or time), amount; tummy time: start, end, milestone; sleep: start, end, nap; diaper change:
 * time, wet, solid, color; also temperature, weight, height, head circumference and notes.
 */

import type { Collector } from "../collector.ts";
import { parseCsv } from "../csv.ts";
import { colourIn } from "../known-values.ts";
import type { ProblemReason } from "../problems.ts";
import { parseLocalDate, parseLocalDateTime } from "../time.ts";
import type { SourceFile } from "../types.ts";

const yes = (v: string | undefined) => v === "1" || v?.toLowerCase() === "true";
const positive = (v: string | undefined) => {
  const n = Number(v);
  return v && Number.isFinite(n) && n > 0 ? n : undefined;
};

export const importBabyBuddy = (files: readonly SourceFile[], c: Collector): void => {
  for (const file of files) {
    const { headers, rows } = parseCsv(file.text);
    const has = (...names: string[]) => names.every((n) => headers.includes(n));
    for (const { row, cells } of rows) {
      const dt = (column: string) => parseLocalDateTime(cells[column] ?? "", "ymd", c.options.timeZone);
      const note = cells.notes || undefined;
      const fail = (reason: ProblemReason) => c.problem(file.name, row, reason);
      if (has("start", "end", "method")) {
        const start = dt("start");
        const end = dt("end");
        if (!start.ok || !end.ok) {
          fail(!start.ok ? start.reason : (end as { reason: ProblemReason }).reason);
          continue;
        }
        const method = (cells.method ?? "").toLowerCase();
        const type = (cells.type ?? "").toLowerCase();
        const breast = method.includes("breast");
        const solids = type === "solid food" || method.includes("fed");
        c.add(file.name, row, "feed", {
          method: breast ? "breast" : solids ? "solids" : "bottle",
          start: start.iso,
          end: end.iso,
          side:
            method === "left breast"
              ? "left"
              : method === "right breast"
                ? "right"
                : method === "both breasts"
                  ? "both"
                  : undefined,
          volumeMl: !breast && !solids ? positive(cells.amount) : undefined,
          milk:
            !breast && !solids
              ? type === "formula"
                ? "formula"
                : type.includes("breast")
                  ? "breast"
                  : undefined
              : undefined,
          amount: solids && cells.amount ? cells.amount : undefined,
          note,
        });
      } else if (has("amount") && (has("start") || has("time")) && !has("method") && !has("wet")) {
        // Pumping: older versions have a time, newer a start and an end.
        const start = dt(has("start") ? "start" : "time");
        const end = has("end") ? dt("end") : undefined;
        if (!start.ok || (end && !end.ok)) {
          fail(!start.ok ? start.reason : (end as { reason: ProblemReason }).reason);
          continue;
        }
        c.add(file.name, row, "pump", {
          start: start.iso,
          end: end?.ok ? end.iso : undefined,
          volumeMl: positive(cells.amount),
          note,
        });
      } else if (has("start", "end", "milestone")) {
        const start = dt("start");
        const end = dt("end");
        if (!start.ok || !end.ok) fail(!start.ok ? start.reason : (end as { reason: ProblemReason }).reason);
        else
          c.add(file.name, row, "play", {
            start: start.iso,
            end: end.iso,
            activities: ["tummy_time"],
            note: [cells.milestone, note].filter(Boolean).join(" — ") || undefined,
          });
      } else if (has("start", "end")) {
        const start = dt("start");
        const end = dt("end");
        if (!start.ok || !end.ok) fail(!start.ok ? start.reason : (end as { reason: ProblemReason }).reason);
        else c.add(file.name, row, "sleep", { start: start.iso, end: end.iso, note });
      } else if (has("time", "wet", "solid")) {
        const at = dt("time");
        if (!at.ok) {
          fail(at.reason);
          continue;
        }
        const wet = yes(cells.wet);
        const solid = yes(cells.solid);
        const colour = colourIn(cells.color);
        c.add(file.name, row, "diaper", {
          time: at.iso,
          // Neither box ticked means a dry diaper; no columns at all would mean not noted.
          contents: wet && solid ? "both" : solid ? "dirty" : wet ? "wet" : "dry",
          colour,
          note,
        });
      } else if (has("time", "temperature")) {
        const at = dt("time");
        if (!at.ok) fail(at.reason);
        else {
          const t = Number(cells.temperature);
          c.add(file.name, row, "health", {
            time: at.iso,
            type: "temperature",
            temperatureC: t > 50 ? Math.round(((t - 32) * 50) / 9) / 10 : t,
            note,
          });
        }
      } else if (has("date") && (has("weight") || has("height") || has("head_circumference"))) {
        const at = parseLocalDate(cells.date ?? "", "ymd", c.options.timeZone);
        if (!at.ok) fail(at.reason);
        else
          c.add(file.name, row, "growth", {
            time: at.iso,
            weightKg: positive(cells.weight),
            lengthCm: positive(cells.height),
            headCm: positive(cells.head_circumference),
            note,
          });
      } else if (has("time", "note")) {
        const at = dt("time");
        if (!at.ok) fail(at.reason);
        else c.add(file.name, row, "note", { time: at.iso, text: cells.note });
      } else {
        fail({ code: "babyBuddyUnknownKind" });
        break;
      }
    }
  }
};
