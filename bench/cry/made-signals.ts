/**
 * Sounds made here to teach the cry listener what the dev set's few animal and street recordings
 * cannot: what a siren, a car horn, church bells, birdsong, a barking dog and a mewing cat are
 * like, in many versions. They were the dev set's false alarms (a siren in 9 of 32 of its siren
 * clips and their pitched copies). Each is built from what the sound is made of, by additive
 * synthesis below 3.8 kHz (the listener hears nothing above 3.6 kHz):
 *
 * - a siren: a square- or horn-like tone gliding as a wail (a sweep every 3–6 s), a yelp (3–5 a
 *   second), a hi-lo (two notes in turn) or a whoop (rising sweeps), passing by (Doppler, louder then
 *   softer) over traffic;
 * - a car horn: two reedy notes a major third apart, in one to four blasts, over traffic;
 * - church bells: a bell's inharmonic partials (hum, prime, minor third, fifth, nominal, …) dying
 *   away, struck in turn by two or three bells;
 * - birdsong: short whistles sliding fast between 1.5 and 3.6 kHz, single or in trills;
 * - a dog: barks (a rough voice falling in pitch for a tenth to a quarter of a second) and whines;
 * - a cat: meows (a voice rising and falling between 450 and 1,000 Hz, through an "ee-ow" shift of
 *   formants);
 * - a baby who is not crying: laughing (runs of short breathy "ha"s falling in pitch, an in-breath
 *   between runs), cooing (soft vowels gliding up and down between 250 and 500 Hz) and babbling
 *   ("ba-ba-ba", "da-da": a stop and a short vowel, again and again), in a small child's formants.
 *
 * Nothing here is a recording; the same seed makes the same sounds.
 */
const rate = 16000;
const top = 3800;

/** A tone whose frequency (Hz) and loudness follow functions of time, with harmonics by weight. */
const tone = (
  seconds: number,
  hz: (t: number) => number,
  amp: (t: number) => number,
  harmonic: (h: number) => number,
): Float32Array => {
  const out = new Float32Array(Math.round(seconds * rate));
  const weights = Array.from({ length: 40 }, (_, i) => harmonic(i + 1));
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / rate;
    const f = hz(t);
    phase += (2 * Math.PI * f) / rate;
    const a = amp(t);
    if (a <= 0) continue;
    let v = 0;
    for (let h = 1; h <= 40 && f * h < top; h++) v += weights[h - 1]! * Math.sin(h * phase);
    out[i] = a * v;
  }
  return out;
};

const square = (h: number) => (h % 2 ? 1 / h : 0);
const saw = (h: number) => 1 / h;
/** A horn speaker's tone: odd and even harmonics, the middle ones strongest. */
const hornLike = (h: number) => (h <= 2 ? 0.6 : 1) / h ** 0.8;

const noise = (r: () => number, n: number, smooth: number): Float32Array => {
  const out = new Float32Array(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    y = smooth * y + (1 - smooth) * (r() * 2 - 1);
    out[i] = y;
  }
  return out;
};

/** A two-pole resonator (a formant) at `hz` with bandwidth `bw`, run over x. */
const resonate = (x: Float32Array, hz: (t: number) => number, bw: number): Float32Array => {
  const out = new Float32Array(x.length);
  const r = Math.exp((-Math.PI * bw) / rate);
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const c = 2 * r * Math.cos((2 * Math.PI * hz(i / rate)) / rate);
    const y = (1 - r) * x[i]! + c * y1 - r * r * y2;
    y2 = y1;
    y1 = y;
    out[i] = y;
  }
  return out;
};

const add = (into: Float32Array, x: Float32Array, at: number, gain = 1) => {
  const start = Math.round(at * rate);
  for (let i = 0; i < x.length && start + i < into.length; i++) into[start + i]! += gain * x[i]!;
  return into;
};

const rms = (x: Float32Array) => Math.sqrt(x.reduce((s, v) => s + v * v, 0) / Math.max(1, x.length)) || 1e-9;

/** Traffic or a street under a sound, `snrDb` below it. */
const street = (r: () => number, x: Float32Array, snrDb: number) => {
  const rumble = noise(r, x.length, 0.97);
  const g = rms(x) / rms(rumble) / 10 ** (snrDb / 20);
  return x.map((v, i) => v + g * rumble[i]!);
};

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export type SignalKind = "siren" | "horn" | "bells" | "birds" | "dog" | "cat" | "laugh" | "coo" | "babble";

export const siren = (r: () => number, seconds: number): Float32Array => {
  const style = pick(r, ["wail", "yelp", "hilo", "whoop"] as const);
  const lo = 450 + r() * 300;
  const hi = lo * (1.8 + r() * 0.8);
  const period = style === "wail" ? 3 + r() * 3 : style === "yelp" ? 0.2 + r() * 0.13 : 0.8 + r() * 0.6;
  // Passing by: the pitch a few percent higher while it comes, lower as it goes, loudest in between.
  const passAt = r() * seconds;
  const shift = r() < 0.5 ? 0 : 0.02 + r() * 0.04;
  const doppler = (t: number) => 1 + shift * Math.tanh((passAt - t) / 1.5);
  const sweep = (t: number) => {
    const u = (t / period) % 1;
    if (style === "hilo") return u < 0.5 ? lo * 1.33 : lo;
    if (style === "whoop") return lo + (hi - lo) * u ** 0.7;
    // wail and yelp: up, then down
    return lo + (hi - lo) * (u < 0.5 ? 2 * u : 2 - 2 * u);
  };
  const loud = (t: number) => (shift ? 0.4 + 0.6 / (1 + ((t - passAt) / 2) ** 2) : 1);
  const timbre = pick(r, [square, saw, hornLike]);
  return street(
    r,
    tone(seconds, (t) => sweep(t) * doppler(t), loud, timbre),
    5 + r() * 20,
  );
};

export const horn = (r: () => number, seconds: number): Float32Array => {
  const f = 340 + r() * 160;
  const out = new Float32Array(Math.round(seconds * rate));
  let t = 0.2 + r() * 1.5;
  const blasts = 1 + Math.floor(r() * 4);
  for (let b = 0; b < blasts && t < seconds; b++) {
    const len = 0.2 + r() * 1.3;
    const env = (s: number) => Math.min(1, s / 0.02, (len - s) / 0.03);
    for (const ratio of [1, 1.26])
      add(
        out,
        tone(len, () => f * ratio, env, hornLike),
        t,
        0.5,
      );
    t += len + 0.1 + r() * 0.6;
  }
  return street(r, out, 5 + r() * 20);
};

/** A bell's partials against its nominal (strike) note, with their share of the sound and how soon they die. */
const bellPartials: readonly [ratio: number, amp: number, decayS: number][] = [
  [0.5, 0.5, 4],
  [1, 0.6, 2.5],
  [1.19, 0.5, 2],
  [1.5, 0.3, 1.5],
  [2, 1, 1.8],
  [2.5, 0.3, 1],
  [3, 0.25, 0.8],
  [4.2, 0.2, 0.5],
];

export const bells = (r: () => number, seconds: number): Float32Array => {
  const out = new Float32Array(Math.round(seconds * rate));
  const notes = Array.from({ length: 2 + Math.floor(r() * 2) }, () => 250 + r() * 600);
  const every = 0.5 + r() * 1.2;
  let k = 0;
  for (let t = r() * 0.5; t < seconds; t += every * (0.9 + r() * 0.2), k++) {
    const f = notes[k % notes.length]!;
    const ring = Math.min(4, seconds - t);
    for (const [ratio, amp, decay] of bellPartials)
      if (f * ratio < top)
        add(
          out,
          tone(
            ring,
            () => f * ratio,
            (s) => amp * Math.exp(-s / decay) * Math.min(1, s / 0.003),
            (h) => (h === 1 ? 1 : 0),
          ),
          t,
          0.3,
        );
  }
  const air = noise(r, out.length, 0.5);
  const g = rms(out) / rms(air) / 10 ** ((20 + r() * 15) / 20);
  return out.map((v, i) => v + g * air[i]!);
};

export const birds = (r: () => number, seconds: number): Float32Array => {
  const out = new Float32Array(Math.round(seconds * rate));
  let t = r() * 0.5;
  while (t < seconds) {
    const trill = r() < 0.5;
    const notes = trill ? 4 + Math.floor(r() * 10) : 1 + Math.floor(r() * 3);
    const from = 1500 + r() * 2000;
    const to = 1500 + r() * 2000;
    const len = trill ? 0.03 + r() * 0.05 : 0.08 + r() * 0.25;
    for (let n = 0; n < notes; n++) {
      const env = (s: number) => Math.sin((Math.PI * s) / len) ** 2;
      add(
        out,
        tone(
          len,
          (s) => from + (to - from) * (s / len),
          env,
          (h) => (h === 1 ? 1 : 0.1),
        ),
        t,
        0.3,
      );
      t += len + (trill ? 0.02 : 0.05 + r() * 0.2);
    }
    t += 0.2 + r() * 1.5;
  }
  const air = noise(r, out.length, 0.3);
  const g = rms(out) / rms(air) / 10 ** ((10 + r() * 20) / 20);
  return out.map((v, i) => v + g * air[i]!);
};

/** A voice: a harmonic source and a breath, through two formants. */
const animalVoice = (
  r: () => number,
  len: number,
  hz: (s: number) => number,
  env: (s: number) => number,
  formants: [(s: number) => number, (s: number) => number],
  breath: number,
) => {
  const source = tone(len, hz, env, saw);
  const rough = noise(r, source.length, 0.2);
  for (let i = 0; i < source.length; i++) source[i]! += breath * env(i / rate) * rough[i]!;
  const a = resonate(source, formants[0], 150);
  const b = resonate(source, formants[1], 250);
  return a.map((v, i) => v + 0.6 * b[i]!);
};

export const dog = (r: () => number, seconds: number): Float32Array => {
  const out = new Float32Array(Math.round(seconds * rate));
  const size = 0.7 + r() * 0.8;
  let t = r() * 0.6;
  while (t < seconds) {
    if (r() < 0.2) {
      // a whine: long, high and smooth
      const len = 0.5 + r() * 1;
      const f = (700 + r() * 500) / size;
      add(
        out,
        animalVoice(
          r,
          len,
          (s) => f * (1 + 0.1 * Math.sin(s * 6)),
          (s) => Math.min(1, s / 0.05, (len - s) / 0.1),
          [() => 1100, () => 2400],
          0.05,
        ),
        t,
      );
      t += len + 0.3 + r();
      continue;
    }
    const len = 0.1 + r() * 0.15;
    const f0 = (550 + r() * 350) / size;
    add(
      out,
      animalVoice(
        r,
        len,
        (s) => f0 * (1 - 0.4 * (s / len)),
        (s) => Math.min(1, s / 0.008) * Math.exp(-s / (len / 2)),
        [() => 700 / size + 200, () => 1500 / size + 300],
        0.6,
      ),
      t,
    );
    t += len + (r() < 0.6 ? 0.12 + r() * 0.25 : 0.6 + r() * 1.2);
  }
  return street(r, out, 15 + r() * 20);
};

export const cat = (r: () => number, seconds: number): Float32Array => {
  const out = new Float32Array(Math.round(seconds * rate));
  let t = r() * 0.8;
  while (t < seconds) {
    const len = 0.4 + r() * 0.9;
    const f = 450 + r() * 300;
    const rise = 1.2 + r() * 0.4;
    add(
      out,
      animalVoice(
        r,
        len,
        (s) => f * (1 + (rise - 1) * Math.sin((Math.PI * s) / len)),
        (s) => Math.min(1, s / 0.06, (len - s) / 0.12),
        // "ee" to "ow": the second formant falls from high to low
        [(s) => 800 + 300 * Math.sin((Math.PI * s) / len), (s) => 2600 - 1500 * (s / len)],
        0.1,
      ),
      t,
    );
    t += len + 0.5 + r() * 2;
  }
  const air = noise(r, out.length, 0.9);
  const g = rms(out) / rms(air) / 10 ** ((20 + r() * 15) / 20);
  return out.map((v, i) => v + g * air[i]!);
};

/** A small child's vowels: first and second formants (Hz), higher than an adult's. */
const childVowels: readonly [number, number][] = [
  [1000, 1900], // "ah"
  [600, 3000], // "ee"
  [700, 1500], // "oo"
  [850, 2600], // "eh"
];

/** A quiet nursery under a sound. */
const room = (r: () => number, x: Float32Array, snrDb: number) => {
  const air = noise(r, x.length, 0.9);
  const g = rms(x) / rms(air) / 10 ** (snrDb / 20);
  return x.map((v, i) => v + g * air[i]!);
};

export const laugh = (r: () => number, seconds: number): Float32Array => {
  const out = new Float32Array(Math.round(seconds * rate));
  let t = r() * 0.5;
  while (t < seconds) {
    const has = 3 + Math.floor(r() * 6);
    let f = 420 + r() * 200;
    const [f1, f2] = pick(r, childVowels);
    for (let k = 0; k < has && t < seconds; k++) {
      const len = 0.07 + r() * 0.09;
      const env = (s: number) => Math.min(1, s / 0.015) * Math.exp(-s / (len * 0.7));
      const from = f;
      add(
        out,
        animalVoice(r, len, (s) => from * (1 - 0.1 * (s / len)), env, [() => f1, () => f2], 0.5),
        t,
      );
      f *= 0.94 + r() * 0.04;
      t += len + 0.06 + r() * 0.1;
    }
    // the in-breath
    const breath = 0.15 + r() * 0.2;
    add(
      out,
      resonate(noise(r, Math.round(breath * rate), 0.2), () => 1800, 900),
      t,
      0.08,
    );
    t += breath + 0.2 + r() * 1.2;
  }
  return room(r, out, 25 + r() * 10);
};

export const coo = (r: () => number, seconds: number): Float32Array => {
  const out = new Float32Array(Math.round(seconds * rate));
  let t = r() * 0.8;
  while (t < seconds) {
    const len = 0.3 + r() * 0.8;
    const f = 250 + r() * 200;
    const arch = 1.1 + r() * 0.3;
    const [f1, f2] = pick(r, childVowels);
    const [g1, g2] = pick(r, childVowels);
    add(
      out,
      animalVoice(
        r,
        len,
        (s) => f * (1 + (arch - 1) * Math.sin((Math.PI * s) / len)),
        (s) => Math.sin((Math.PI * s) / len) ** 1.5,
        [(s) => f1 + (g1 - f1) * (s / len), (s) => f2 + (g2 - f2) * (s / len)],
        0.15,
      ),
      t,
      0.5,
    );
    t += len + 0.4 + r() * 1.6;
  }
  return room(r, out, 25 + r() * 10);
};

export const babble = (r: () => number, seconds: number): Float32Array => {
  const out = new Float32Array(Math.round(seconds * rate));
  let t = r() * 0.5;
  while (t < seconds) {
    const syllables = 2 + Math.floor(r() * 5);
    const f = 280 + r() * 160;
    const [f1, f2] = pick(r, childVowels);
    const stop = pick(r, [500, 1500, 2500]); // "b", "d", "g": where the burst of the stop is
    for (let k = 0; k < syllables && t < seconds; k++) {
      add(
        out,
        resonate(noise(r, Math.round(0.012 * rate), 0), () => stop, 600),
        t,
        0.3,
      );
      const len = 0.12 + r() * 0.15;
      const from = f * (0.95 + r() * 0.1);
      add(
        out,
        animalVoice(
          r,
          len,
          (s) => from * (1 - 0.05 * (s / len)),
          (s) => Math.min(1, s / 0.02, (len - s) / 0.04),
          // the formants move from the stop into the vowel
          [(s) => f1 * Math.min(1, 0.6 + s / 0.1), (s) => f2 + (stop - f2) * Math.max(0, 1 - s / 0.05)],
          0.1,
        ),
        t + 0.015,
        0.6,
      );
      t += 0.015 + len + 0.04 + r() * 0.12;
    }
    t += 0.4 + r() * 1.5;
  }
  return room(r, out, 25 + r() * 10);
};

export const madeSignals: Record<SignalKind, (r: () => number, seconds: number) => Float32Array> = {
  siren,
  horn,
  bells,
  birds,
  dog,
  cat,
  laugh,
  coo,
  babble,
};
