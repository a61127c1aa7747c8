/**
 * The cry classifier: a few small neural networks (one hidden layer each, trained from different
 * random starts) over a window's summary, trained here by `npm run train:cry` and shipped as
 * weights in cry-model.json. Their average says how likely a window is to be crying: networks
 * trained alike disagree most on sounds unlike anything they learned from (an animal, a siren),
 * and averaging them tempers what one alone would be sure of. episodes.ts decides when that is a
 * crying episode.
 */
import { silenceDb, type Window } from "./windows.ts";

/** One network: `hidden` tanh units over the normalised features, a logistic output. */
export interface CryNetwork {
  /** hidden × features, row by row. */
  readonly w1: readonly number[];
  readonly b1: readonly number[];
  readonly w2: readonly number[];
  readonly b2: number;
}

export interface CryModel {
  readonly features: readonly string[];
  readonly mean: readonly number[];
  readonly sd: readonly number[];
  readonly networks: readonly CryNetwork[];
  /** Window probability at which a window counts as crying, to start an episode. */
  readonly threshold: number;
  /** The lower probability that keeps an episode going once it has started (episodes.ts). */
  readonly keepThreshold: number;
  /** How it was trained, for the record. */
  readonly trainedOn: string;
}

const networkProbability = (net: CryNetwork, x: Float64Array): number => {
  const n = x.length;
  const hidden = net.b1.length;
  let out = net.b2;
  for (let h = 0; h < hidden; h++) {
    let a = net.b1[h]!;
    for (let i = 0; i < n; i++) a += net.w1[h * n + i]! * x[i]!;
    out += net.w2[h]! * Math.tanh(a);
  }
  return 1 / (1 + Math.exp(-out));
};

export const cryProbabilityOf = (model: CryModel, vector: ArrayLike<number>): number => {
  const x = Float64Array.from(model.features, (_, i) => (vector[i]! - model.mean[i]!) / model.sd[i]!);
  let sum = 0;
  for (const net of model.networks) sum += networkProbability(net, x);
  return sum / model.networks.length;
};

/** A window's chance of crying; a silent window is never crying. */
export const windowCryProbability = (model: CryModel, w: Window): number =>
  w.loudDb < silenceDb ? 0 : cryProbabilityOf(model, w.vector);
