/**
 * npm run eval:cry -- --sweep: how the episode rules trade found cries against false alarms and
 * onset, on the same cross-validation as eval:cry. Each fold's model is trained once; each rule is
 * then scored on the window probabilities it gave, so a rule costs no training. For choosing the
 * rules shipped in episodes.ts, not for tuning on any one clip.
 */
import {
  type CryModel,
  EpisodeTracker,
  silenceDb,
  windowCryProbability,
  windowsOf,
} from "@attune/core/listen";
import type { Clip } from "./dataset.ts";
import { loadDevAndExtra } from "./dev-set.ts";
import { foldsOf } from "./folds.ts";
import { keepThreshold, trainCryModel } from "./recipe.ts";
import { examplesOf } from "./score.ts";

interface Scored {
  readonly clip: Clip;
  /** Each window's end (s) and crying probability (0 when silent). */
  readonly windows: { end: number; p: number }[];
  /** The same cry after 3 s of a quiet room, for onset. */
  readonly lead?: { end: number; p: number }[];
}

const leadS = 3;

const withLead = (c: Clip): Float32Array => {
  const lead = Math.round(leadS * c.rate);
  const x = new Float32Array(lead + c.samples.length);
  let seed = 12345;
  let brown = 0;
  for (let i = 0; i < lead; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    brown = 0.98 * brown + ((seed / 2 ** 32) * 2 - 1) * 0.02;
    x[i] = brown * 0.01;
  }
  x.set(c.samples, lead);
  return x;
};

const probabilities = (model: CryModel, windows: ReturnType<typeof windowsOf>) =>
  windows.map((w) => ({ end: w.end, p: w.loudDb < silenceDb ? 0 : windowCryProbability(model, w) }));

interface Rule {
  readonly name: string;
  readonly threshold: number;
  readonly startWindows: number;
}

const startsOf = (rule: Rule, windows: readonly { end: number; p: number }[]) => {
  const tracker = new EpisodeTracker({ startWindows: rule.startWindows, pauseS: 30 });
  const starts: number[] = [];
  for (const w of windows) {
    const e = tracker.window(w.end, w.p >= rule.threshold, w.p >= Math.min(rule.threshold, keepThreshold));
    if (e?.type === "start") starts.push(e.at);
  }
  return starts;
};

export const sweep = () => {
  const clips = loadDevAndExtra();
  const folds = foldsOf(clips, 5);
  const scored: Scored[] = [];
  folds.forEach((test, i) => {
    const train = folds.filter((_, j) => j !== i).flat();
    const model = trainCryModel(examplesOf(train), `fold ${i + 1}`);
    for (const clip of test)
      scored.push({
        clip,
        windows: probabilities(model, clip.windows),
        ...(clip.label === "cry" ? { lead: probabilities(model, windowsOf(withLead(clip), clip.rate)) } : {}),
      });
    console.log(`# fold ${i + 1} of 5 scored`);
  });
  const rules: Rule[] = [];
  for (const threshold of [0.7, 0.8, 0.85, 0.9, 0.95, 0.97])
    for (const startWindows of [2, 3, 4, 5])
      rules.push({ name: `t${threshold} n${startWindows}`, threshold, startWindows });
  console.log("rule            f1     recall  precision  alarms/h  onset_med  onset_p90  detected_onset");
  for (const rule of rules) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let falseEpisodes = 0;
    let negativeS = 0;
    const onsets: number[] = [];
    let leadCount = 0;
    const alarmsByClass = new Map<string, number>();
    for (const s of scored) {
      const detected = startsOf(rule, s.windows).length > 0;
      if (s.clip.label === "cry") {
        if (detected) tp++;
        else fn++;
        leadCount++;
        const first = startsOf(rule, s.lead!).find((t) => t > leadS);
        if (first !== undefined) onsets.push(first - leadS);
      } else {
        negativeS += s.clip.seconds;
        const n = startsOf(rule, s.windows).length;
        falseEpisodes += n;
        if (detected) {
          fp++;
          const cls = s.clip.group.split("/").slice(0, 2).join("/");
          alarmsByClass.set(cls, (alarmsByClass.get(cls) ?? 0) + n);
        }
      }
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
    onsets.sort((a, b) => a - b);
    console.log(
      `${rule.name.padEnd(15)} ${f1.toFixed(3)}  ${recall.toFixed(3)}   ${precision.toFixed(3)}      ${(falseEpisodes / (negativeS / 3600)).toFixed(1).padStart(6)}    ${(onsets[Math.floor(onsets.length / 2)] ?? Number.NaN).toFixed(2)}       ${(onsets[Math.floor(onsets.length * 0.9)] ?? Number.NaN).toFixed(2)}       ${onsets.length}/${leadCount}`,
    );
  }
};
