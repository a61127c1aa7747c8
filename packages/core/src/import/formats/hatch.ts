/**
 * Hatch Baby: one text file in sections (`=== BEGIN Feedings ===` … `=== END Feedings ===`, then
 * Diapers, Sleeps, Weights, Lengths, and others), or a flat CSV; each with the header Baby Name,
 * Start Time, End Time, Activity, Amount, Percentile, Duration, Info, Notes. Times like
 * `08/09/2020 9:30 AM`; amounts like `0.30oz`, `7 lb 4 oz`, `21.5 in`. The section says what a row
 * is; the Activity and Info say the rest.
 */

import { parseDuration, parseVolumeMl } from "../cell-values.ts";
import { type Collector, endAfter } from "../collector.ts";
import { type CsvRow, parseCsv } from "../csv.ts";
import { colourIn, diaperContentsIn } from "../known-values.ts";
import { boundaryOf, SleepBoundaries } from "../sleep-boundaries.ts";
import { detectOrder, parseLocalDateTime } from "../time.ts";
import type { SourceFile } from "../types.ts";

interface Section {
  readonly title: string;
  readonly text: string;
  readonly firstLine: number;
}

const marker = (line: string, word: "BEGIN" | "END") =>
  new RegExp(`^\\s*"?\\s*===\\s*${word}\\b\\s*(.*?)\\s*===\\s*"?[\\s,]*$`, "i").exec(line);

/** The sections of a sectioned export, with the line each starts on; a flat CSV is one section. */
const sections = (text: string): Section[] => {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const found: Section[] = [];
  let current: { title: string; lines: string[]; firstLine: number } | undefined;
  const close = () => {
    if (current)
      found.push({ title: current.title, text: current.lines.join("\n"), firstLine: current.firstLine });
    current = undefined;
  };
  lines.forEach((line, i) => {
    const begin = marker(line, "BEGIN");
    if (begin) {
      close();
      current = { title: begin[1]!.toLowerCase(), lines: [], firstLine: i + 2 };
    } else if (marker(line, "END")) close();
    else if (current) current.lines.push(line);
  });
  close();
  return found.length ? found : [{ title: "", text, firstLine: 1 }];
};

type Kind =
  | "feed"
  | "diaper"
  | "sleep"
  | "weight"
  | "length"
  | "head"
  | "pump"
  | "medicine"
  | "temperature"
  | "bath"
  | "note";

/** What a row is, from its section's title, else from its activity. */
const kindOf = (title: string, activity: string): Kind | undefined => {
  const t = `${title} | ${activity}`.toLowerCase();
  const is = (pattern: RegExp) => pattern.test(title.toLowerCase()) || (!title && pattern.test(t));
  if (is(/pump/)) return "pump";
  if (is(/feed|bottle|breast|nurs|formula|solid/)) return "feed";
  if (is(/diaper|nappy|wet|dirty|poop|pee/)) return "diaper";
  if (is(/sleep|nap/)) return "sleep";
  if (is(/weight/)) return "weight";
  if (is(/head/)) return "head";
  if (is(/length|height/)) return "length";
  if (is(/medic/)) return "medicine";
  if (is(/temperature/)) return "temperature";
  if (is(/bath/)) return "bath";
  if (is(/note/)) return "note";
  return undefined;
};

/** A weight as written ("7 lb 4.5 oz", "3.25 kg", "3250 g", "7.2 lbs"), in kg. */
export const weightKgOf = (text: string): number | undefined => {
  const t = text.toLowerCase().replace(",", ".");
  const lb = /(\d+(?:\.\d+)?)\s*(?:lbs?|pounds?)/.exec(t);
  const oz = /(\d+(?:\.\d+)?)\s*(?:oz|ounces?)/.exec(t);
  const kg = /(\d+(?:\.\d+)?)\s*kg/.exec(t);
  const g = /(\d+(?:\.\d+)?)\s*g\b/.exec(t);
  const value = kg
    ? Number(kg[1])
    : g
      ? Number(g[1]) / 1000
      : lb || oz
        ? (Number(lb?.[1] ?? 0) + Number(oz?.[1] ?? 0) / 16) * 0.45359237
        : Number.NaN;
  return Number.isFinite(value) && value > 0 ? Math.round(value * 1000) / 1000 : undefined;
};

/** A length as written ("21.5 in", "54 cm", "1 ft 9 in"), in cm. */
export const lengthCmOf = (text: string): number | undefined => {
  const t = text.toLowerCase().replace(",", ".");
  const cm = /(\d+(?:\.\d+)?)\s*cm/.exec(t);
  const ft = /(\d+(?:\.\d+)?)\s*(?:ft|feet|foot|')/.exec(t);
  const inch = /(\d+(?:\.\d+)?)\s*(?:in\b|inch|inches|")/.exec(t);
  const value = cm
    ? Number(cm[1])
    : ft || inch
      ? (Number(ft?.[1] ?? 0) * 12 + Number(inch?.[1] ?? 0)) * 2.54
      : Number.NaN;
  return Number.isFinite(value) && value > 0 ? Math.round(value * 10) / 10 : undefined;
};

const volumeOf = (text: string | undefined) => {
  const m = /(\d+(?:[.,]\d+)?)\s*(ml|oz)/i.exec(text ?? "");
  return m ? parseVolumeMl(`${m[1]}${m[2]}`) : undefined;
};

const sideOf = (text: string) => {
  const t = text.toLowerCase();
  const left = /\bleft\b|\bl\b/.test(t);
  const right = /\bright\b|\br\b/.test(t);
  return left && right ? "both" : left ? "left" : right ? "right" : /both/.test(t) ? "both" : undefined;
};

export const importHatch = (files: readonly SourceFile[], c: Collector): void => {
  for (const file of files) {
    const boundaries = new SleepBoundaries();
    for (const section of sections(file.text)) {
      const { rows } = parseCsv(section.text);
      const order = detectOrder(
        rows.map((r) => r.cells["start time"] ?? ""),
        "mdy",
      );
      for (const r of rows) readRow(file.name, section, order, r, c, boundaries);
    }
    boundaries.flush(c);
  }
};

const readRow = (
  fileName: string,
  section: Section,
  order: ReturnType<typeof detectOrder>,
  r: CsvRow,
  c: Collector,
  boundaries: SleepBoundaries,
) => {
  const row = section.firstLine + r.row - 1;
  const start = parseLocalDateTime(r.cells["start time"] ?? "", order, c.options.timeZone);
  if (!start.ok) return c.problem(fileName, row, start.reason);
  const endText = r.cells["end time"];
  const end = endText ? parseLocalDateTime(endText, order, c.options.timeZone) : undefined;
  if (end && !end.ok) return c.problem(fileName, row, end.reason);
  const activity = r.cells.activity ?? "";
  const amount = r.cells.amount ?? "";
  const info = r.cells.info ?? "";
  const note = r.cells.notes || undefined;
  const lasted = end ? undefined : endAfter(start.iso, parseDuration(r.cells.duration ?? ""));
  const boundary = boundaryOf(activity);
  if (boundary)
    return boundaries.add({
      file: fileName,
      row,
      kind: boundary,
      at: start.iso,
      until: end?.iso ?? lasted,
      note,
    });
  const time = start.iso;
  switch (kindOf(section.title, activity)) {
    case "feed": {
      const what = `${activity} ${info}`.toLowerCase();
      const volumeMl = volumeOf(amount);
      const solids = /solid|food|puree|cereal/.test(what);
      const bottle = !solids && (/bottle|formula|pumped|expressed/.test(what) || volumeMl !== undefined);
      return c.add(
        fileName,
        row,
        "feed",
        {
          method: solids ? "solids" : bottle ? "bottle" : "breast",
          start: time,
          end: end?.iso,
          volumeMl: bottle ? volumeMl : undefined,
          milk: bottle
            ? /f[oó]rmula/.test(what)
              ? "formula"
              : /breast|pumped|expressed/.test(what)
                ? "breast"
                : undefined
            : undefined,
          side: !bottle && !solids ? sideOf(`${activity} ${info}`) : undefined,
          food: solids ? info || activity || undefined : undefined,
          note,
        },
        { end: lasted },
      );
    }
    case "diaper": {
      const text = [activity, info].filter((t) => t && !/^diapers?$/i.test(t)).join(" ");
      const contents = diaperContentsIn(text);
      if (text && !contents)
        c.problem(fileName, row, { code: "valueNotUnderstood", params: { value: text, column: "Activity" } });
      return c.add(fileName, row, "diaper", { time, contents, colour: colourIn(info), note });
    }
    case "sleep":
      return c.add(fileName, row, "sleep", { start: time, end: end?.iso, note }, { end: lasted });
    case "weight":
    case "length":
    case "head": {
      const kind = kindOf(section.title, activity)!;
      const value = kind === "weight" ? weightKgOf(amount) : lengthCmOf(amount);
      if (value === undefined)
        return c.problem(fileName, row, {
          code: kind === "weight" ? "weightNotUnderstood" : "lengthNotUnderstood",
          params: { value: amount },
        });
      const field = kind === "weight" ? "weightKg" : kind === "length" ? "lengthCm" : "headCm";
      return c.add(fileName, row, "growth", { time, [field]: value, note });
    }
    case "pump":
      return c.add(
        fileName,
        row,
        "pump",
        { start: time, end: end?.iso, volumeMl: volumeOf(amount), side: sideOf(`${activity} ${info}`), note },
        { end: lasted },
      );
    case "medicine": {
      const dose = /(\d+(?:[.,]\d+)?)\s*(ml|mg|drops?)?/i.exec(amount);
      return c.add(fileName, row, "medicine", {
        time,
        name: info || (/^medic/i.test(activity) ? "" : activity) || "medicine",
        dose: dose ? Number(dose[1]!.replace(",", ".")) : undefined,
        doseUnit: dose?.[2] ? dose[2].toLowerCase().replace(/^drop$/, "drops") : undefined,
        note,
      });
    }
    case "temperature": {
      const m = /(\d+(?:[.,]\d+)?)\s*°?\s*([cf])?/i.exec(amount || info);
      const v = m ? Number(m[1]!.replace(",", ".")) : Number.NaN;
      const celsius = m?.[2]?.toLowerCase() === "f" || v > 50 ? ((v - 32) * 5) / 9 : v;
      return c.add(fileName, row, "health", {
        time,
        type: "temperature",
        temperatureC: Number.isFinite(celsius) ? Math.round(celsius * 10) / 10 : undefined,
        note,
      });
    }
    case "bath":
      return c.add(fileName, row, "bath", { time, note });
    case "note":
      return c.add(fileName, row, "note", { time, text: [activity, info, note].filter(Boolean).join(" — ") });
    default:
      return c.problem(fileName, row, { code: "noSuchKind", params: { value: activity || section.title } });
  }
};
