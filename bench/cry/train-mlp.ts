/**
 * Trains the cry classifier (classifier.ts): each network one hidden layer of tanh units and a
 * logistic output, by mini-batch Adam on cross-entropy with the classes weighted (equally, or the
 * not-crying windows more: `negativeWeight`) and a little L2, each from its own seeded start, so
 * the same data gives the same weights.
 */
import { type CryModel, type CryNetwork, featureNames } from "@attune/core/listen";
import { rng } from "../needs/simulated-babies.ts";

export interface Example {
  readonly x: Float64Array;
  readonly y: 0 | 1;
}

export interface TrainOptions {
  readonly hidden?: number;
  readonly epochs?: number;
  /** One network per seed, averaged. */
  readonly seeds?: readonly number[];
  readonly l2?: number;
  readonly trainedOn: string;
  readonly threshold?: number;
  /** What keeps an episode going once started; the threshold unless given. */
  readonly keepThreshold?: number;
  /** How much more a not-crying window counts than a crying one (false alarms wake people). */
  readonly negativeWeight?: number;
}

const round = (xs: ArrayLike<number>) => Array.from(xs, (v) => Math.round(v * 1e5) / 1e5);

export const trainMlp = (examples: readonly Example[], o: TrainOptions): CryModel => {
  const n = featureNames.length;
  const mean = new Float64Array(n);
  const sd = new Float64Array(n);
  for (const e of examples) for (let i = 0; i < n; i++) mean[i]! += e.x[i]! / examples.length;
  for (const e of examples) for (let i = 0; i < n; i++) sd[i]! += (e.x[i]! - mean[i]!) ** 2 / examples.length;
  for (let i = 0; i < n; i++) sd[i] = Math.sqrt(sd[i]!) || 1;
  const xs = examples.map((e) => e.x.map((v, i) => (v - mean[i]!) / sd[i]!));
  return {
    features: featureNames,
    mean: round(mean),
    sd: round(sd),
    networks: (o.seeds ?? [1]).map((seed) => trainNetwork(examples, xs, o, seed)),
    threshold: o.threshold ?? 0.5,
    keepThreshold: o.keepThreshold ?? o.threshold ?? 0.5,
    trainedOn: o.trainedOn,
  };
};

const trainNetwork = (
  examples: readonly Example[],
  xs: readonly Float64Array[],
  o: TrainOptions,
  seed: number,
): CryNetwork => {
  const hidden = o.hidden ?? 16;
  const epochs = o.epochs ?? 40;
  const l2 = o.l2 ?? 1e-3;
  const r = rng(seed);
  const n = featureNames.length;
  const pos = examples.filter((e) => e.y === 1).length;
  const negative = o.negativeWeight ?? 1;
  const weightOf = (y: 0 | 1) =>
    y === 1 ? examples.length / (2 * pos) : (negative * examples.length) / (2 * (examples.length - pos));

  const gauss = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const params = {
    w1: Float64Array.from({ length: hidden * n }, () => gauss() / Math.sqrt(n)),
    b1: new Float64Array(hidden),
    w2: Float64Array.from({ length: hidden }, () => gauss() / Math.sqrt(hidden)),
    b2: new Float64Array(1),
  };
  const keys = Object.keys(params) as (keyof typeof params)[];
  const grads = Object.fromEntries(keys.map((k) => [k, new Float64Array(params[k].length)])) as typeof params;
  const m1 = Object.fromEntries(keys.map((k) => [k, new Float64Array(params[k].length)])) as typeof params;
  const m2 = Object.fromEntries(keys.map((k) => [k, new Float64Array(params[k].length)])) as typeof params;
  const lr = 0.01;
  let step = 0;
  const order = examples.map((_, i) => i);
  const h = new Float64Array(hidden);
  const batch = 64;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let start = 0; start < order.length; start += batch) {
      for (const k of keys) grads[k].fill(0);
      const end = Math.min(order.length, start + batch);
      for (let b = start; b < end; b++) {
        const x = xs[order[b]!]!;
        const y = examples[order[b]!]!.y;
        let out = params.b2[0]!;
        for (let u = 0; u < hidden; u++) {
          let a = params.b1[u]!;
          for (let i = 0; i < n; i++) a += params.w1[u * n + i]! * x[i]!;
          h[u] = Math.tanh(a);
          out += params.w2[u]! * h[u]!;
        }
        const p = 1 / (1 + Math.exp(-out));
        const d = (p - y) * weightOf(y);
        grads.b2[0]! += d;
        for (let u = 0; u < hidden; u++) {
          grads.w2[u]! += d * h[u]!;
          const dh = d * params.w2[u]! * (1 - h[u]! ** 2);
          grads.b1[u]! += dh;
          for (let i = 0; i < n; i++) grads.w1[u * n + i]! += dh * x[i]!;
        }
      }
      step++;
      const size = end - start;
      for (const k of keys) {
        const p = params[k];
        const g = grads[k];
        for (let i = 0; i < p.length; i++) {
          const gi = g[i]! / size + (k === "w1" || k === "w2" ? l2 * p[i]! : 0);
          m1[k][i] = 0.9 * m1[k][i]! + 0.1 * gi;
          m2[k][i] = 0.999 * m2[k][i]! + 0.001 * gi * gi;
          const mh = m1[k][i]! / (1 - 0.9 ** step);
          const vh = m2[k][i]! / (1 - 0.999 ** step);
          p[i]! -= (lr * mh) / (Math.sqrt(vh) + 1e-8);
        }
      }
    }
  }
  return { w1: round(params.w1), b1: round(params.b1), w2: round(params.w2), b2: round(params.b2)[0]! };
};
