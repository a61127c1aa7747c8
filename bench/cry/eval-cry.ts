/**
 * npm run eval:cry [-- <folder with labels.csv>] [--folds N] [--sweep]
 *
 * With no folder: the dev set (../shared/data/cry) and the clips make-extra.ts makes (speech,
 * household noise, music-like sound, a quiet room, a TV, cries under noise), cross-validated by
 * group (an app install; every made clip its own group, but cries under noise with their install),
 * each fold's model trained as `npm run train:cry` trains the shipped one. With a folder: the
 * shipped model as it is, on that folder's clips. With --sweep: the same folds under other episode
 * rules (sweep-rules.ts).
 *
 * A clip counts as detected when the listener would start a crying episode in it. Prints
 * cry_f1, cry_recall, cry_precision (clips), cry_false_alarms_per_hour (episodes started in
 * negative audio per hour of it), cry_onset_latency_s (median, cries after 3 s of a quiet room)
 * and cry_rtf (the listener's time over audio time, in this Node process).
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { type CryModel, shippedCryModel } from "@attune/core/listen";
import { type Clip, DatasetError, readFolder } from "./dataset.ts";
import { loadDevAndExtra } from "./dev-set.ts";
import { foldsOf } from "./folds.ts";
import { trainCryModel } from "./recipe.ts";
import { examplesOf, onsetLatencies, type Scores, scoreClips } from "./score.ts";
import { sweep } from "./sweep-rules.ts";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const report = (s: Scores, latencies: (number | undefined)[], clips: readonly Clip[]) => {
  const precision = s.tp / Math.max(1, s.tp + s.fp);
  const recall = s.tp / Math.max(1, s.tp + s.fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  for (const [cls, row] of [...s.byClass].sort())
    console.log(`# ${cls}: ${row.detected} of ${row.clips} clips detected`);
  const found = latencies.filter((l): l is number => l !== undefined).sort((a, b) => a - b);
  const audioS = sum(clips.map((c) => c.seconds));
  const ms = sum(clips.map((c) => c.ms));
  console.log(
    `# ${clips.length} clips, ${(audioS / 60).toFixed(1)} min of audio; negative audio ${(s.negativeHours * 60).toFixed(1)} min`,
  );
  if (s.alarms.length)
    console.log(`# false alarms in: ${s.alarms.slice(0, 12).join(", ")}${s.alarms.length > 12 ? ", …" : ""}`);
  console.log(`RESULT cry_f1 ${f1.toFixed(3)} ratio`);
  console.log(`RESULT cry_recall ${recall.toFixed(3)} ratio`);
  console.log(`RESULT cry_precision ${precision.toFixed(3)} ratio`);
  console.log(
    `RESULT cry_false_alarms_per_hour ${s.negativeHours > 0 ? (s.falseEpisodes / s.negativeHours).toFixed(2) : "none"} per_hour`,
  );
  console.log(
    `RESULT cry_onset_latency_s ${found.length ? found[Math.floor(found.length / 2)]!.toFixed(2) : "none"} s`,
  );
  if (found.length)
    console.log(
      `# onset: detected ${found.length} of ${latencies.length}; 90th percentile ${found[Math.floor(found.length * 0.9)]!.toFixed(2)} s`,
    );
  console.log(`RESULT cry_rtf ${(ms / 1000 / audioS).toFixed(4)} ratio`);
};

export const main = (args: string[]) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { folds: { type: "string", default: "5" }, sweep: { type: "boolean", default: false } },
  });
  try {
    if (values.sweep) {
      sweep();
      return;
    }
    if (positionals[0]) {
      const clips = readFolder(resolve(positionals[0]));
      const model: CryModel = shippedCryModel;
      console.log(`# the shipped model (${model.trainedOn}) on ${positionals[0]}`);
      report(scoreClips(model, clips), onsetLatencies(model, clips), clips);
      return;
    }
    const clips = loadDevAndExtra();
    const k = Number(values.folds);
    const folds = foldsOf(clips, k);
    const all: Scores[] = [];
    const latencies: (number | undefined)[] = [];
    folds.forEach((test, i) => {
      const train = folds.filter((_, j) => j !== i).flat();
      const model = trainCryModel(examplesOf(train), `fold ${i + 1} of ${k}`);
      all.push(scoreClips(model, test));
      latencies.push(...onsetLatencies(model, test));
    });
    const merged: Scores = {
      tp: sum(all.map((s) => s.tp)),
      fp: sum(all.map((s) => s.fp)),
      fn: sum(all.map((s) => s.fn)),
      tn: sum(all.map((s) => s.tn)),
      negativeHours: sum(all.map((s) => s.negativeHours)),
      falseEpisodes: sum(all.map((s) => s.falseEpisodes)),
      byClass: new Map(),
      misses: all.flatMap((s) => s.misses),
      alarms: all.flatMap((s) => s.alarms),
    };
    for (const s of all)
      for (const [cls, row] of s.byClass) {
        const m = merged.byClass.get(cls) ?? { clips: 0, detected: 0 };
        merged.byClass.set(cls, { clips: m.clips + row.clips, detected: m.detected + row.detected });
      }
    console.log(`# dev set and made clips, ${k} folds by install`);
    report(merged, latencies, clips);
  } catch (e) {
    if (e instanceof DatasetError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
};

if (process.argv[1] === import.meta.filename) main(process.argv.slice(2));
