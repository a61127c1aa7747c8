/**
 * Overlapping entries (two sleeps at once, a feed logged twice by two caregivers) are kept and
 * flagged so that a person can look at them, never refused.
 */

export interface TimedEntry {
  readonly id: string;
  readonly kind: string;
  readonly babyId?: string | undefined;
  readonly start: string;
  readonly end?: string | undefined;
}

/** The kinds a baby can only be doing one of at a time; moments and play may overlap freely. */
const exclusiveKinds = new Set(["feed", "sleep"]);

/** Ids of the feeds and sleeps that overlap another of the same kind for the same baby. */
export const overlappingIds = (entries: readonly TimedEntry[], now: number): Set<string> => {
  const flagged = new Set<string>();
  const groups = new Map<string, { id: string; from: number; to: number }[]>();
  for (const e of entries) {
    if (!exclusiveKinds.has(e.kind)) continue;
    const from = Date.parse(e.start);
    const to = e.end ? Date.parse(e.end) : Math.max(now, from);
    const key = `${e.kind}|${e.babyId ?? ""}`;
    const group = groups.get(key) ?? [];
    group.push({ id: e.id, from, to });
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => a.from - b.from);
    let reach: { id: string; to: number } | undefined;
    for (const span of group) {
      if (reach && span.from < reach.to) {
        flagged.add(span.id);
        flagged.add(reach.id);
      }
      if (!reach || span.to > reach.to) reach = { id: span.id, to: span.to };
    }
  }
  return flagged;
};
