/** Scores a cry model on clips as the phone would run it: window by window, through the episode rules. */
import {
  type CryModel,
  EpisodeTracker,
  silenceDb,
  type Window,
  windowCryProbability,
  windowsOf,
} from "@attune/core/listen";
import type { Clip } from "./dataset.ts";
import type { Example } from "./train-mlp.ts";

/** Training windows: every window of a clip that is not silence, labelled with the clip's label. */
export const examplesOf = (clips: readonly Clip[]): Example[] =>
  clips.flatMap((c) =>
    c.windows
      .filter((w) => w.loudDb >= silenceDb)
      .map((w) => ({ x: w.vector, y: c.label === "cry" ? 1 : 0 }) as const),
  );

/** The times (seconds into the clip) at which the listener would start an episode. */
export const episodeStarts = (model: CryModel, windows: readonly Window[]): number[] => {
  const tracker = new EpisodeTracker();
  const starts: number[] = [];
  for (const w of windows) {
    const p = windowCryProbability(model, w);
    const e = tracker.window(w.end, p >= model.threshold, p >= model.keepThreshold);
    if (e?.type === "start") starts.push(e.at);
  }
  return starts;
};

export interface Scores {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly negativeHours: number;
  readonly falseEpisodes: number;
  readonly byClass: Map<string, { clips: number; detected: number }>;
  readonly misses: string[];
  readonly alarms: string[];
}

export const scoreClips = (model: CryModel, clips: readonly Clip[]): Scores => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let negativeS = 0;
  let falseEpisodes = 0;
  const byClass = new Map<string, { clips: number; detected: number }>();
  const misses: string[] = [];
  const alarms: string[] = [];
  for (const c of clips) {
    const starts = episodeStarts(model, c.windows);
    const detected = starts.length > 0;
    const row = byClass.get(c.sourceClass) ?? { clips: 0, detected: 0 };
    row.clips++;
    if (detected) row.detected++;
    byClass.set(c.sourceClass, row);
    if (c.label === "cry") {
      if (detected) tp++;
      else {
        fn++;
        misses.push(c.file);
      }
    } else {
      negativeS += c.seconds;
      falseEpisodes += starts.length;
      if (detected) {
        fp++;
        alarms.push(c.file);
      } else tn++;
    }
  }
  return { tp, fp, fn, tn, negativeHours: negativeS / 3600, falseEpisodes, byClass, misses, alarms };
};

/**
 * Onset latency: each cry after `leadS` seconds of a quiet room (faint pink-ish noise at -65 dBFS,
 * seeded), the seconds from the cry's start to the episode's start; undefined when never detected.
 */
export const onsetLatencies = (model: CryModel, clips: readonly Clip[], leadS = 3): (number | undefined)[] =>
  clips
    .filter((c) => c.label === "cry")
    .map((c) => {
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
      const starts = episodeStarts(model, windowsOf(x, c.rate));
      const first = starts.find((s) => s > leadS);
      return first === undefined ? undefined : first - leadS;
    });
