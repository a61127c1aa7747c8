/**
 * The dev set (../shared/data/cry, never copied into the repository) and the clips make-extra.ts
 * makes beside it in .tmp/cry-extra (made on first use).
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Clip, readFolder } from "./dataset.ts";
import { makeExtra } from "./make-extra.ts";

export const devDir = resolve(import.meta.dirname, "../../../shared/data/cry");
export const extraDir = resolve(import.meta.dirname, "../../.tmp/cry-extra");

export const loadDevAndExtra = (): Clip[] => {
  if (!existsSync(join(devDir, "labels.csv"))) {
    console.error(`The dev set is not at ${devDir}; give a folder: npm run eval:cry -- <folder>`);
    process.exit(2);
  }
  if (!existsSync(join(extraDir, "labels.csv"))) {
    console.log(`# making the extra clips in ${extraDir}`);
    makeExtra(extraDir, devDir);
  }
  return [...readFolder(devDir), ...readFolder(extraDir, "extra/")];
};
