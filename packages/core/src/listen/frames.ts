/**
 * Frame features at the analysis rate (8 kHz): every 16 ms, over 32 ms, the loudness, spectral
 * shape and MFCCs (meyda) and the pitch (YIN, pitchfinder). Only these numbers go on from here;
 * the samples are dropped as soon as a frame is read.
 *
 * YIN reads the same 256 samples, so it tries periods up to 128 samples: voices down to 62.5 Hz,
 * far below a baby's (about 250–600 Hz). It read 512 before, which cost four times as much and was
 * a third of the listener's time (docs/listening.md).
 */
import Meyda from "meyda";
import { YIN } from "pitchfinder";
import { analysisRate } from "./band-limit.ts";

export const frameSize = 256;
export const hopSize = 128;
/** Seconds per frame step. */
export const frameStep = hopSize / analysisRate;

export interface Frame {
  /** Loudness in dB relative to full scale. */
  readonly db: number;
  readonly zcr: number;
  /** Spectral centroid, spread and roll-off in Hz. */
  readonly centroid: number;
  readonly spread: number;
  readonly rolloff: number;
  readonly flatness: number;
  /** MFCC 1–12 (the 0th, which is mostly loudness, is left out). */
  readonly mfcc: readonly number[];
  /** Fundamental frequency in Hz, or 0 when the frame has no clear pitch. */
  readonly f0: number;
  /** How much the spectrum changed since the last frame (0 = the same, 1 = all new). */
  readonly flux: number;
  /** Share of the energy below 300 Hz. */
  readonly low: number;
}

const features = [
  "amplitudeSpectrum",
  "rms",
  "zcr",
  "spectralCentroid",
  "spectralSpread",
  "spectralRolloff",
  "spectralFlatness",
  "mfcc",
] as const;
const detectPitch = YIN({ sampleRate: analysisRate, threshold: 0.15, probabilityThreshold: 0.5 });
const binHz = analysisRate / frameSize;

const configure = () => {
  Meyda.bufferSize = frameSize;
  Meyda.sampleRate = analysisRate;
  Meyda.numberOfMFCCCoefficients = 13;
  Meyda.melBands = 26;
  Meyda.windowingFunction = "hanning";
};

/** Turns a stream of 8 kHz samples into frames; keeps only the last frame's samples between calls. */
export class FrameReader {
  /** The last 256 samples, oldest first. */
  private readonly span = new Float32Array(frameSize);
  private readonly pending = new Float32Array(hopSize);
  private filled = 0;
  private seen = 0;
  /** The previous frame's amplitude spectrum, for the flux. */
  previous: Float32Array | undefined;

  push(samples: Float32Array, onFrame: (f: Frame) => void): void {
    configure();
    for (let i = 0; i < samples.length; i++) {
      this.pending[this.filled++] = samples[i]!;
      if (this.filled < hopSize) continue;
      this.span.copyWithin(0, hopSize);
      this.span.set(this.pending, frameSize - hopSize);
      this.filled = 0;
      this.seen += hopSize;
      if (this.seen >= frameSize) onFrame(readFrame(this.span, this));
    }
  }
}

const lowBins = Math.round(300 / binHz);

const readFrame = (frame: Float32Array, reader: { previous: Float32Array | undefined }): Frame => {
  const f = Meyda.extract(features as unknown as Parameters<typeof Meyda.extract>[0], frame) ?? {};
  const rms = f.rms ?? 0;
  const db = 20 * Math.log10(Math.max(rms, 1e-6));
  // Silence has no shape: give it neutral values rather than the NaN meyda returns for zeros.
  const quiet = rms < 1e-5;
  const pitch = quiet ? null : detectPitch(frame);
  const spectrum = f.amplitudeSpectrum ?? new Float32Array(frameSize / 2);
  let total = 0;
  let low = 0;
  let change = 0;
  let size = 0;
  const before = reader.previous;
  for (let i = 0; i < spectrum.length; i++) {
    const a = spectrum[i]!;
    total += a * a;
    if (i < lowBins) low += a * a;
    size += a;
    if (before) change += Math.abs(a - before[i]!);
  }
  reader.previous = Float32Array.from(spectrum);
  const flux = before && size > 0 ? change / (size + before.reduce((x, y) => x + y, 0)) : 0;
  return {
    db,
    zcr: f.zcr ?? 0,
    centroid: quiet ? 0 : (f.spectralCentroid ?? 0) * binHz,
    spread: quiet ? 0 : (f.spectralSpread ?? 0) * binHz,
    rolloff: quiet ? 0 : (f.spectralRolloff ?? 0),
    flatness: quiet || !Number.isFinite(f.spectralFlatness) ? 0 : (f.spectralFlatness ?? 0),
    mfcc: quiet ? Array(12).fill(0) : (f.mfcc ?? []).slice(1).map((v) => (Number.isFinite(v) ? v : 0)),
    f0: pitch && pitch > 60 && pitch < 2000 ? pitch : 0,
    flux: quiet ? 0 : flux,
    low: quiet || total === 0 ? 0 : low / total,
  };
};
