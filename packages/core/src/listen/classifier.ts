/**
 * The cry classifier: a small neural network (one hidden layer) over a window's summary, trained
 * here by `npm run train:cry` and shipped as weights in cry-model.json. It says how likely a window
 * is to be crying; episodes.ts decides when that is a crying episode.
 */
import { silenceDb, type Window } from "./windows.ts";

export interface CryModel {
  readonly features: readonly string[];
  readonly mean: readonly number[];
  readonly sd: readonly number[];
  /** hidden × features, row by row. */
  readonly w1: readonly number[];
  readonly b1: readonly number[];
  readonly w2: readonly number[];
  readonly b2: number;
  /** Window probability at which a window counts as crying. */
  readonly threshold: number;
  /** How it was trained, for the record. */
  readonly trainedOn: string;
}

export const cryProbabilityOf = (model: CryModel, vector: ArrayLike<number>): number => {
  const n = model.features.length;
  const hidden = model.b1.length;
  let out = model.b2;
  for (let h = 0; h < hidden; h++) {
    let a = model.b1[h]!;
    for (let i = 0; i < n; i++) a += model.w1[h * n + i]! * ((vector[i]! - model.mean[i]!) / model.sd[i]!);
    out += model.w2[h]! * Math.tanh(a);
  }
  return 1 / (1 + Math.exp(-out));
};

/** A window's chance of crying; a silent window is never crying. */
export const windowCryProbability = (model: CryModel, w: Window): number =>
  w.loudDb < silenceDb ? 0 : cryProbabilityOf(model, w.vector);
