/**
 * The dev set (../shared/data/cry, never copied into the repository) and the clips make-extra.ts
 * makes beside it in .tmp/cry-extra (made on first use).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Clip, readFolder } from "./dataset.ts";
import { extraVersion, makeExtra } from "./make-extra.ts";

export const devDir = resolve(import.meta.dirname, "../../../shared/data/cry");
export const extraDir = resolve(import.meta.dirname, "../../.tmp/cry-extra");

/**
 * The ESC-50 clips whose licence allows commercial use (CC BY 3.0, the ESC-10 subset), from the dev
 * set's ATTRIBUTION.csv. The others are CC BY-NC: a model for commercial use is trained without them
 * (`npm run train:cry -- --commercial`), and without the clips made from them.
 */
const commercialNoise = (): Set<string> => {
  const rows = readFileSync(join(devDir, "ATTRIBUTION.csv"), "utf8").split(/\r?\n/).slice(1);
  return new Set(rows.filter((r) => r.split(",")[4]?.startsWith("CC BY 3.0")).map((r) => r.split(",")[0]!));
};

export const loadDevAndExtra = ({ commercial = false } = {}): Clip[] => {
  if (!existsSync(join(devDir, "labels.csv"))) {
    console.error(`The dev set is not at ${devDir}; give a folder: npm run eval:cry -- <folder>`);
    process.exit(2);
  }
  const made = join(extraDir, "version");
  if (!existsSync(made) || readFileSync(made, "utf8").trim() !== extraVersion) {
    console.log(`# making the extra clips in ${extraDir}`);
    makeExtra(extraDir, devDir);
  }
  const clips = [...readFolder(devDir), ...readFolder(extraDir, "extra/")];
  if (!commercial) return clips;
  const allowed = commercialNoise();
  // A made clip from an ESC-50 clip keeps that clip's path as its group.
  return clips.filter(
    (c) =>
      !(c.file.startsWith("giulbia/") || c.group.startsWith("giulbia/")) ||
      allowed.has(c.file) ||
      allowed.has(c.group),
  );
};
