/**
 * Reads a folder laid out like ../shared/data/cry (labels.csv with file,label,source_class; 16 kHz
 * mono WAV clips of any length) into clips with their windows. `group` keeps recordings of one
 * baby together when folds are made: a `group` column when there is one, else the app install for
 * Donate-a-cry names, else the file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWav, type Window, windowsOf } from "@attune/core/listen";
import Papa from "papaparse";

export interface Clip {
  readonly file: string;
  readonly label: "cry" | "not_cry";
  readonly sourceClass: string;
  readonly group: string;
  readonly seconds: number;
  readonly samples: Float32Array;
  readonly rate: number;
  readonly windows: Window[];
  /** Milliseconds the listener took over the clip. */
  readonly ms: number;
}

export class DatasetError extends Error {}

/** The app install a Donate-a-cry name starts with (one family), or undefined. */
const installOf = (file: string) => {
  const name = file.split("/").pop()!;
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(name)
    ? name.slice(0, 36).toLowerCase()
    : undefined;
};

export const readFolder = (dir: string, prefix = ""): Clip[] => {
  let text: string;
  try {
    text = readFileSync(join(dir, "labels.csv"), "utf8");
  } catch {
    throw new DatasetError(`${dir} has no labels.csv (expected columns file,label,source_class)`);
  }
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  });
  const missing = ["file", "label"].filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length) throw new DatasetError(`${dir}/labels.csv lacks the column(s) ${missing.join(", ")}`);
  return parsed.data.map((row, i) => {
    const label = row.label?.trim();
    if (label !== "cry" && label !== "not_cry")
      throw new DatasetError(
        `${dir}/labels.csv line ${i + 2}: label must be cry or not_cry, not "${row.label}"`,
      );
    const file = row.file!.trim();
    let audio: ReturnType<typeof readWav>;
    try {
      audio = readWav(readFileSync(join(dir, file)));
    } catch (e) {
      throw new DatasetError(`${dir}/${file} (line ${i + 2}): ${(e as Error).message}`);
    }
    const t0 = performance.now();
    const windows = windowsOf(audio.samples, audio.sampleRate);
    return {
      file: prefix + file,
      label,
      sourceClass: row.source_class?.trim() ?? "",
      group: row.group?.trim() || installOf(file) || prefix + file,
      seconds: audio.samples.length / audio.sampleRate,
      samples: audio.samples,
      rate: audio.sampleRate,
      windows,
      ms: performance.now() - t0,
    };
  });
};
