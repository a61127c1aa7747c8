/**
 * Windows of about one second (62 frames), every half second: the numbers the classifier reads.
 * Each is a summary of its frames (means and spreads of the spectral shape and MFCCs, how the
 * loudness moves, how much of it has a pitch and where), never the sound itself.
 */
import type { Frame } from "./frames.ts";
import { frameStep } from "./frames.ts";

export const windowFrames = 62;
export const windowHopFrames = 31;
/** Seconds between windows. */
export const windowStep = windowHopFrames * frameStep;
/** Windows quieter than this (the loudest tenth of frames, dBFS) are taken as silence. */
export const silenceDb = -55;

export interface Window {
  /** Seconds from the start of the stream to the end of the window. */
  readonly end: number;
  /** dBFS of the loudest tenth of frames. */
  readonly loudDb: number;
  readonly vector: Float64Array;
  readonly frames: readonly Frame[];
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const sd = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};
const quantile = (xs: readonly number[], q: number) => {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

export const featureNames: readonly string[] = [
  ...["centroid", "spread", "rolloff", "flatness", "zcr"].flatMap((n) => [`${n}_mean`, `${n}_sd`]),
  ...Array.from({ length: 12 }, (_, i) => [`mfcc${i + 1}_mean`, `mfcc${i + 1}_sd`]).flat(),
  "db_range",
  "db_sd",
  "db_delta_sd",
  "voiced",
  "f0_median_log",
  "f0_sd_log",
  "f0_cry_band",
  "voiced_runs",
  "flux_mean",
  "flux_sd",
  "low_mean",
  "f0_step",
  "f0_glide",
  "sounding_share",
  "longest_sound",
  "longest_voice",
];

/** The summary of one window's frames (the order of `featureNames`). */
export const summarise = (frames: readonly Frame[]): { vector: Float64Array; loudDb: number } => {
  const dbs = frames.map((f) => f.db);
  const loudDb = quantile(dbs, 0.9);
  // Frames within 30 dB of the loudest carry the sound; the rest is the room between sounds.
  const sounding = frames.filter((f) => f.db > loudDb - 30);
  const use = sounding.length >= 4 ? sounding : frames;
  const v: number[] = [];
  const pick = (get: (f: Frame) => number) => {
    const xs = use.map(get);
    v.push(mean(xs), sd(xs));
  };
  pick((f) => f.centroid / 1000);
  pick((f) => f.spread / 1000);
  pick((f) => f.rolloff / 1000);
  pick((f) => f.flatness);
  pick((f) => f.zcr / 100);
  for (let i = 0; i < 12; i++) pick((f) => f.mfcc[i] ?? 0);
  v.push((quantile(dbs, 0.9) - quantile(dbs, 0.1)) / 10, sd(dbs) / 10);
  v.push(sd(dbs.slice(1).map((d, i) => d - dbs[i]!)) / 10);
  const voiced = use.filter((f) => f.f0 > 0);
  const logs = voiced.map((f) => Math.log2(f.f0));
  v.push(voiced.length / Math.max(1, use.length));
  v.push(logs.length ? quantile(logs, 0.5) - 8 : 0);
  v.push(logs.length > 1 ? sd(logs) : 0);
  v.push(voiced.filter((f) => f.f0 >= 250 && f.f0 <= 1000).length / Math.max(1, use.length));
  let runs = 0;
  for (let i = 1; i < frames.length; i++) if (frames[i]!.f0 > 0 && frames[i - 1]!.f0 === 0) runs++;
  v.push(runs / 10);
  pick((f) => f.flux);
  const lows = use.map((f) => f.low);
  v.push(mean(lows));
  // How the pitch moves from frame to frame (semitones): a cry wavers, a siren glides, a bell holds.
  const steps: number[] = [];
  for (let i = 1; i < frames.length; i++)
    if (frames[i]!.f0 > 0 && frames[i - 1]!.f0 > 0)
      steps.push(12 * Math.log2(frames[i]!.f0 / frames[i - 1]!.f0));
  v.push(steps.length ? mean(steps.map(Math.abs)) : 0);
  v.push(steps.length > 2 ? Math.abs(mean(steps)) / (sd(steps) + 0.1) : 0);
  // How the sound comes: a cry in bursts of half a second and more, a bark in short ones, a siren
  // or a hum without a gap.
  const run = (on: (f: Frame) => boolean) => {
    let best = 0;
    let now = 0;
    for (const f of frames) {
      now = on(f) ? now + 1 : 0;
      best = Math.max(best, now);
    }
    return best / frames.length;
  };
  v.push(frames.filter((f) => f.db > loudDb - 15).length / frames.length);
  v.push(run((f) => f.db > loudDb - 15));
  v.push(run((f) => f.f0 > 0));
  return { vector: Float64Array.from(v), loudDb };
};

/** Collects frames into overlapping windows. */
export class WindowReader {
  private frames: Frame[] = [];
  private count = 0;

  push(frame: Frame, onWindow: (w: Window) => void): void {
    this.frames.push(frame);
    this.count++;
    if (this.frames.length > windowFrames) this.frames.shift();
    if (this.frames.length === windowFrames && (this.count - windowFrames) % windowHopFrames === 0) {
      const { vector, loudDb } = summarise(this.frames);
      onWindow({ end: this.count * frameStep, loudDb, vector, frames: [...this.frames] });
    }
  }
}
