/** Folds by group (an app install, a voice), so no baby is both trained on and scored. */
import type { Clip } from "./dataset.ts";

export const foldsOf = (clips: readonly Clip[], k: number): Clip[][] => {
  const groups = [...new Set(clips.map((c) => c.group))].sort();
  // A fixed shuffle of the group names (a hash), so folds mix the classes but stay the same run to run.
  const hash = (s: string) => {
    let h = 2166136261;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
    return h;
  };
  const foldOf = new Map(groups.sort((a, b) => hash(a) - hash(b)).map((g, i) => [g, i % k]));
  const folds: Clip[][] = Array.from({ length: k }, () => []);
  for (const c of clips) folds[foldOf.get(c.group)!]!.push(c);
  return folds;
};
