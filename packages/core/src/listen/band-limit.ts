/**
 * Brings any sample rate to the listener's analysis rate, 8 kHz, through a low-pass filter at
 * 3.6 kHz. Everything the listener hears is band-limited the same way, so a recording's bandwidth
 * (a phone upload at 8 kHz, a studio clip at 44.1 kHz) cannot tell it what is a cry.
 */
export const analysisRate = 8000;
const cutoffHz = 3600;
const taps = 63;

const kernels = new Map<number, Float32Array>();
/** A windowed-sinc low-pass (Blackman window) for input at `rate`. */
const kernelFor = (rate: number): Float32Array => {
  const cached = kernels.get(rate);
  if (cached) return cached;
  const k = new Float32Array(taps);
  const fc = cutoffHz / rate;
  const mid = (taps - 1) / 2;
  let sum = 0;
  for (let i = 0; i < taps; i++) {
    const x = i - mid;
    const sinc = x === 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * x) / (Math.PI * x);
    const w =
      0.42 - 0.5 * Math.cos((2 * Math.PI * i) / (taps - 1)) + 0.08 * Math.cos((4 * Math.PI * i) / (taps - 1));
    sum += k[i] = sinc * w;
  }
  for (let i = 0; i < taps; i++) k[i]! /= sum;
  kernels.set(rate, k);
  return k;
};

/**
 * A streaming converter: feed it blocks at `rate`, get blocks at 8 kHz. It keeps the filter's
 * history between blocks, so a phone's 128-sample audio blocks give the same result as a whole file.
 */
export class BandLimiter {
  private readonly kernel: Float32Array;
  private readonly step: number;
  private history: Float32Array;
  /** Position of the next output sample, in input samples from the start of `history`. */
  private next = 0;

  constructor(readonly rate: number) {
    if (!(rate >= analysisRate))
      throw new Error(`audio at ${rate} Hz is below the listener's ${analysisRate} Hz`);
    this.kernel = rate === analysisRate ? new Float32Array([1]) : kernelFor(rate);
    this.step = rate / analysisRate;
    this.history = new Float32Array(this.kernel.length - 1);
  }

  push(block: Float32Array): Float32Array {
    const k = this.kernel;
    const buf = new Float32Array(this.history.length + block.length);
    buf.set(this.history);
    buf.set(block, this.history.length);
    const out: number[] = [];
    // Output sample at input position p (fractional): filter around floor(p) and ceil(p), then interpolate.
    const last = buf.length - k.length;
    while (this.next <= last - 1 || (this.step === 1 && this.next <= last)) {
      const i0 = Math.floor(this.next);
      const frac = this.next - i0;
      let a = 0;
      for (let j = 0; j < k.length; j++) a += k[j]! * buf[i0 + j]!;
      let v = a;
      if (frac > 0) {
        let b = 0;
        for (let j = 0; j < k.length; j++) b += k[j]! * buf[i0 + 1 + j]!;
        v = a + (b - a) * frac;
      }
      out.push(v);
      this.next += this.step;
    }
    const keepFrom = Math.floor(this.next);
    this.history = buf.slice(keepFrom);
    this.next -= keepFrom;
    return Float32Array.from(out);
  }
}

export const bandLimit = (samples: Float32Array, rate: number): Float32Array =>
  new BandLimiter(rate).push(samples);
