/** A whole recording through the listener's steps: band-limit, frames, windows (for files and tests). */
import { BandLimiter } from "./band-limit.ts";
import { FrameReader } from "./frames.ts";
import { type Window, WindowReader } from "./windows.ts";

export const windowsOf = (samples: Float32Array, rate: number): Window[] => {
  const out: Window[] = [];
  const limiter = new BandLimiter(rate);
  const frames = new FrameReader();
  const windows = new WindowReader();
  frames.push(limiter.push(samples), (f) => windows.push(f, (w) => out.push(w)));
  return out;
};
