/**
 * A crying episode in plain words: its pitch (median and range, Hz), how long the bursts and the
 * pauses are, how regular the rhythm is, how loud it got and whether it built up, and the cue signs
 * that fit that description. The signs are offered to the caregiver as a starting point for a cue
 * moment, never as what the cry means: research does not support reading a cry's cause from its
 * sound (Lockhart-Bouron et al., 2023).
 */
import type { Sign } from "../cues/vocabulary.ts";
import { frameStep } from "./frames.ts";

/** What the listener kept of each frame while crying: loudness and pitch, nothing else. */
export interface HeardFrame {
  readonly db: number;
  readonly f0: number;
}

export type BuildUp = "building" | "steady" | "fading";

export interface CryDescription {
  readonly pitchHz: number;
  readonly pitchLowHz: number;
  readonly pitchHighHz: number;
  /** Median length of a burst of crying and of the pauses between (none with one burst), seconds. */
  readonly burstS: number;
  readonly pauseS?: number | undefined;
  /** 1 = bursts at an even beat, 0 = no beat at all; unknown with fewer than three bursts. */
  readonly regularity?: number | undefined;
  /** dBFS of the loudest tenth: the phone's distance changes it, so it is compared with this baby's own. */
  readonly loudnessDb: number;
  readonly buildUp: BuildUp;
  /** Share of the episode with sound (a continuous cry has almost no pauses). */
  readonly soundShare: number;
  readonly signs: readonly Sign[];
}

const quantile = (xs: readonly number[], q: number) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Bursts: runs of frames within 15 dB of the episode's loudest tenth, joined across gaps under 80 ms. */
const burstsOf = (frames: readonly HeardFrame[], floor: number) => {
  const bursts: { start: number; end: number; db: number }[] = [];
  let open: { start: number; end: number; dbs: number[] } | undefined;
  frames.forEach((f, i) => {
    if (f.db >= floor) {
      if (open && i - open.end <= Math.round(0.08 / frameStep)) {
        open.end = i;
        open.dbs.push(f.db);
      } else {
        if (open) bursts.push({ start: open.start, end: open.end, db: quantile(open.dbs, 0.9) });
        open = { start: i, end: i, dbs: [f.db] };
      }
    }
  });
  if (open) bursts.push({ start: open.start, end: open.end, db: quantile(open.dbs, 0.9) });
  // A burst shorter than 150 ms is a click or a gasp, not crying.
  return bursts.filter((b) => (b.end - b.start + 1) * frameStep >= 0.15);
};

export const describeCry = (frames: readonly HeardFrame[]): CryDescription => {
  const loud = quantile(
    frames.map((f) => f.db),
    0.9,
  );
  const bursts = burstsOf(frames, loud - 15);
  const voiced = frames.filter((f) => f.f0 > 0).map((f) => f.f0);
  const lengths = bursts.map((b) => (b.end - b.start + 1) * frameStep);
  const pauses = bursts.slice(1).map((b, i) => (b.start - bursts[i]!.end - 1) * frameStep);
  const beats = bursts.slice(1).map((b, i) => (b.start - bursts[i]!.start) * frameStep);
  const cv = beats.length >= 2 ? Math.sqrt(mean(beats.map((x) => (x - mean(beats)) ** 2))) / mean(beats) : 1;
  const third = Math.max(1, Math.floor(bursts.length / 3));
  const rise =
    bursts.length >= 3
      ? mean(bursts.slice(-third).map((b) => b.db)) - mean(bursts.slice(0, third).map((b) => b.db))
      : 0;
  const soundShare = frames.length ? lengths.reduce((a, b) => a + b, 0) / (frames.length * frameStep) : 0;
  const d = {
    pitchHz: round(quantile(voiced, 0.5)),
    pitchLowHz: round(quantile(voiced, 0.1)),
    pitchHighHz: round(quantile(voiced, 0.9)),
    burstS: round(quantile(lengths, 0.5), 2),
    pauseS: pauses.length ? round(quantile(pauses, 0.5), 2) : undefined,
    regularity: beats.length >= 2 ? round(Math.max(0, Math.min(1, 1 - cv)), 2) : undefined,
    loudnessDb: round(loud, 1),
    buildUp: (rise >= 3 ? "building" : rise <= -3 ? "fading" : "steady") as BuildUp,
    soundShare: round(soundShare, 2),
  };
  return { ...d, signs: signsOf(d, bursts.length, frames.length * frameStep) };
};

/**
 * The cue signs a description fits (cues/vocabulary.ts): a steady beat of bursts is the rhythmic
 * cry; a high pitch (most of it above 650 Hz) is the shrill cry; short, uneven bursts the choppy
 * one; soft, short sounds a whimper; half a minute and more with hardly a pause the continuous cry.
 * Thresholds are our own reading of the descriptive literature, to be checked against families' use.
 */
const signsOf = (d: Omit<CryDescription, "signs">, bursts: number, seconds: number): Sign[] => {
  const out: Sign[] = [];
  if (d.pitchHz >= 650 && d.pitchLowHz >= 500) out.push("cry_shrill");
  if (seconds >= 30 && d.soundShare >= 0.85) out.push("cry_continuous");
  else if (bursts >= 3 && (d.regularity ?? 0) >= 0.6 && d.burstS >= 0.5) out.push("cry_rhythmic");
  else if (bursts >= 3 && (d.regularity ?? 1) < 0.35 && d.burstS < 0.6) out.push("cry_choppy");
  if (d.loudnessDb < -35 && d.burstS < 0.8 && !out.includes("cry_shrill")) out.push("cry_whimper");
  return out;
};
