/** A feed: at the breast (timed by side), a bottle (an amount of milk) or solids (a food). */
import { defineKind } from "./define.ts";

export const feedMethods = ["breast", "bottle", "solids"] as const;
export const breastSides = ["left", "right", "both"] as const;
export const milkTypes = ["breast", "formula", "mixed", "donor", "other"] as const;

const breast = { method: ["breast"] } as const;
const bottle = { method: ["bottle"] } as const;
const solids = { method: ["solids"] } as const;

export const feed = defineKind({
  fields: ({ z, common, instant, seconds, shortText }) =>
    z.object({
      ...common,
      method: z.enum(feedMethods),
      start: instant,
      end: instant,
      side: z.enum(breastSides),
      leftSeconds: seconds,
      rightSeconds: seconds,
      lastSide: z.enum(["left", "right"]),
      /** While a breast feed runs: the side in use and when it started (its time is not yet in the totals). */
      runningSide: z.enum(["left", "right"]),
      sideStart: instant,
      volumeMl: z.number().positive().max(1000),
      milk: z.enum(milkTypes),
      food: shortText,
      amount: shortText,
    }),
  time: "start",
  logged: true,
  required: ["babyId", "method", "start"],
  // A bottle or solids noted without an end happened then; only the breast is timed.
  instant: (v) => v.method === "bottle" || v.method === "solids",
  form: [
    { name: "method", input: "choice", options: feedMethods },
    { name: "start", input: "datetime" },
    { name: "end", input: "datetime" },
    { name: "leftSeconds", input: "minutes", when: breast },
    { name: "rightSeconds", input: "minutes", when: breast },
    { name: "volumeMl", input: "volume", when: bottle },
    { name: "milk", input: "choice", options: milkTypes, when: bottle },
    { name: "food", input: "text", when: solids },
    { name: "amount", input: "text", when: solids },
    { name: "note", input: "longText" },
  ],
});
