/** The model `npm run train:cry` trained and the repository ships; nothing is downloaded at run time. */
import type { CryModel } from "./classifier.ts";
import model from "./cry-model.json" with { type: "json" };

export const shippedCryModel: CryModel = model;
