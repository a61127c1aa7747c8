/** How the shipped cry model is trained: the one recipe train:cry and every evaluation fold use. */
import type { CryModel } from "@attune/core/listen";
import { type Example, trainMlp } from "./train-mlp.ts";

export const trainCryModel = (examples: readonly Example[], trainedOn: string): CryModel =>
  trainMlp(examples, { trainedOn, hidden: 24, epochs: 30, seed: 1, threshold: 0.9 });
