/**
 * Sounds made from numbers, for tests: a crying-like voice (bursts of a high, wavering, harmonic
 * voice with breaths between), a steady tone, noise and silence. Seeded, so a test hears the same
 * sound every run. None of it is a recording; the real cries stay in ../shared/data.
 */
const seeded = (seed: number) => {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
};

/** Resonances of a small vocal tract (Hz, bandwidth Hz): where a baby's cry is loudest. */
const formants: readonly [number, number][] = [
  [1100, 400],
  [3000, 700],
];
const formantGain = (f: number) =>
  0.25 + formants.reduce((g, [c, bw]) => g + Math.exp(-(((f - c) / bw) ** 2)), 0);

/**
 * `seconds` of crying at `rate`: bursts of 0.9–1.4 s with an arched, wavering pitch around
 * `f0` Hz, breaths of 0.25–0.45 s between, at about -14 dBFS.
 */
export const syntheticCry = (seconds: number, rate = 16000, f0 = 450, seed = 1): Float32Array => {
  const r = seeded(seed);
  const out = new Float32Array(Math.round(seconds * rate));
  let t = 0;
  while (t < out.length) {
    const burst = Math.round((0.9 + r() * 0.5) * rate);
    const base = f0 * (0.92 + r() * 0.16);
    let phase = 0;
    let jitter = 0;
    for (let i = 0; i < burst && t + i < out.length; i++) {
      const s = i / rate;
      const arch = Math.sin((Math.PI * i) / burst);
      jitter = 0.995 * jitter + (r() - 0.5) * 0.004;
      const f = base * (1 + 0.25 * arch + 0.03 * Math.sin(2 * Math.PI * 6 * s) + jitter);
      phase += (2 * Math.PI * f) / rate;
      let v = 0;
      for (let h = 1; h * f < 3900; h++) v += (formantGain(h * f) * Math.sin(h * phase)) / h ** 0.7;
      const env = Math.min(1, s / 0.08) * Math.min(1, (burst - i) / (0.12 * rate));
      out[t + i] = 0.09 * env * v + (r() - 0.5) * 0.004;
    }
    t += burst;
    const breath = Math.round((0.25 + r() * 0.2) * rate);
    for (let i = 0; i < breath && t + i < out.length; i++) out[t + i] = (r() - 0.5) * 0.01;
    t += breath;
  }
  return out;
};

export const syntheticTone = (seconds: number, hz: number, rate = 16000, level = 0.2): Float32Array =>
  Float32Array.from(
    { length: Math.round(seconds * rate) },
    (_, i) => level * Math.sin((2 * Math.PI * hz * i) / rate),
  );

export const syntheticNoise = (seconds: number, rate = 16000, level = 0.05, seed = 2): Float32Array => {
  const r = seeded(seed);
  return Float32Array.from({ length: Math.round(seconds * rate) }, () => (r() * 2 - 1) * level);
};

export const silence = (seconds: number, rate = 16000): Float32Array =>
  new Float32Array(Math.round(seconds * rate));

export const concat = (...parts: Float32Array[]): Float32Array => {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
