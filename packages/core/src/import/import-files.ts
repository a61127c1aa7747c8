/**
 * Bringing a family's history in from another tracker: one importer per app, the same result
 * shape for all, and a summary for the preview (counts by kind, date span, every problem).
 */
import { Collector } from "./collector.ts";
import { importBabyConnect } from "./formats/baby-connect.ts";
import { importBabyBuddy } from "./formats/babybuddy.ts";
import { importGlow } from "./formats/glow.ts";
import { importHatch } from "./formats/hatch.ts";
import { importHuckleberry } from "./formats/huckleberry.ts";
import { type ColumnMapping, importMapped } from "./formats/mapped.ts";
import { importNighp } from "./formats/nighp.ts";
import type { ImportOptions, ImportResult, SourceFile } from "./types.ts";

export const importFormats = {
  huckleberry: importHuckleberry,
  nighp: importNighp,
  "baby-connect": importBabyConnect,
  glow: importGlow,
  hatch: importHatch,
  babybuddy: importBabyBuddy,
} as const;

export type ImportFormat = keyof typeof importFormats;
export const importFormatNames = Object.keys(importFormats) as ImportFormat[];

/**
 * Which app a set of exported files comes from, by what is in them: Hatch's `=== BEGIN` sections,
 * each app's own header, Baby Tracker's per-activity file names. Undefined when it cannot tell.
 */
export const detectFormat = (files: readonly SourceFile[]): ImportFormat | undefined => {
  const first = files[0];
  if (!first) return undefined;
  const text = first.text.replace(/^\uFEFF/, "");
  if (/^\s*"?\s*===\s*BEGIN\b/im.test(text)) return "hatch";
  const header = (text.split(/\r?\n/, 1)[0] ?? "").toLowerCase().replace(/"/g, "");
  if (header.startsWith("type,start,end,duration,start condition")) return "huckleberry";
  if (header.startsWith("date and time,end time,duration")) return "baby-connect";
  if (header.includes("child_first_name") || header.includes("child_id")) return "babybuddy";
  if (header.startsWith("baby name,start time,end time,activity")) return "hatch";
  if (/^(begin time,end time|diaper time,in the diaper|time of feeding,)/.test(header)) return "glow";
  if (/^(baby,)?time,/.test(header)) return "nighp";
  return undefined;
};

export const importFiles = (
  format: ImportFormat,
  files: readonly SourceFile[],
  options: ImportOptions,
  now: number,
): ImportResult => {
  const collector = new Collector(format, options, now);
  importFormats[format](files, collector);
  return collector.result();
};

/** Any other app's CSV, with the columns the person mapped (the app's "other app" import). */
export const importMappedFiles = (
  files: readonly SourceFile[],
  mapping: ColumnMapping,
  options: ImportOptions,
  now: number,
): ImportResult => {
  const collector = new Collector("mapped", options, now);
  importMapped(files, mapping, collector);
  return collector.result();
};

export {
  type ColumnMapping,
  columnValues,
  csvPreview,
  type MappableKind,
  mappableKinds,
} from "./formats/mapped.ts";

export interface ImportSummary {
  readonly records: Record<string, number>;
  readonly from: string | null;
  readonly to: string | null;
  readonly problems: ImportResult["problems"];
}

export const importSummary = (result: ImportResult): ImportSummary => {
  const records: Record<string, number> = {};
  let from: string | null = null;
  let to: string | null = null;
  for (const r of result.records) {
    records[r.kind] = (records[r.kind] ?? 0) + 1;
    const at = String(r.fields.start ?? r.fields.time);
    if (!from || at < from) from = at;
    if (!to || at > to) to = at;
  }
  return { records, from, to, problems: result.problems };
};
