/**
 * npm run train:cry: trains the shipped cry classifier on the whole dev set and the made clips
 * (make-extra.ts) and writes packages/core/src/listen/cry-model.json. Deterministic: the same
 * clips give the same weights. `--commercial` leaves out the ESC-50 clips licensed CC BY-NC (and
 * the clips made from them), for a model that may be used commercially.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadDevAndExtra } from "./dev-set.ts";
import { trainCryModel } from "./recipe.ts";
import { examplesOf } from "./score.ts";

const { values } = parseArgs({ options: { commercial: { type: "boolean", default: false } } });
const clips = loadDevAndExtra({ commercial: values.commercial });
const examples = examplesOf(clips);
const made = clips.filter((c) => c.file.startsWith("extra/")).length;
const model = trainCryModel(
  examples,
  `dev set (${clips.length - made} clips) and ${made} made clips, ${examples.length} windows${values.commercial ? ", without CC BY-NC clips" : ""}`,
);
const out = resolve(import.meta.dirname, "../../packages/core/src/listen/cry-model.json");
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(`# wrote ${out}: ${model.trainedOn}`);
