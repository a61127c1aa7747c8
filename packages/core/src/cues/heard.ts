/**
 * What a heard cry adds to a cue moment: its description (listen/describe.ts, kept on the cry
 * entry) as a few coarse features the need helper can count for this baby: the pitch band, the
 * rhythm, the bursts' length and how it built up. They start as weak evidence (need-helper.ts)
 * and count for more only as far as they have foretold this baby's needs; research does not
 * support reading a cry's cause from its sound across babies (Lockhart-Bouron et al., 2023).
 */
import type { Entry } from "../projections/entries.ts";
import type { Moment } from "./moments.ts";

export interface HeardCry {
  readonly pitchHz?: number | undefined;
  readonly regularity?: number | undefined;
  readonly burstS?: number | undefined;
  readonly buildUp?: "building" | "steady" | "fading" | undefined;
}

export const heardFeatures = (cry: HeardCry): string[] => {
  const out: string[] = [];
  if (cry.pitchHz)
    out.push(cry.pitchHz >= 550 ? "pitch:high" : cry.pitchHz >= 400 ? "pitch:mid" : "pitch:low");
  if (cry.regularity !== undefined) out.push(cry.regularity >= 0.6 ? "rhythm:even" : "rhythm:uneven");
  if (cry.burstS) out.push(cry.burstS >= 0.9 ? "bursts:long" : "bursts:short");
  if (cry.buildUp) out.push(`build:${cry.buildUp}`);
  return out;
};

/** The moments, each begun from a heard cry given that cry's features. */
export const withHeard = (moments: readonly Moment[], cries: readonly Entry<"cry">[]): Moment[] => {
  const byId = new Map(cries.filter((c) => !c.deleted && c.values.end).map((c) => [c.id, c.values]));
  return moments.map((m) => {
    const cry = m.cryId ? byId.get(m.cryId) : undefined;
    return cry ? { ...m, heard: heardFeatures(cry) } : m;
  });
};

/** Higher, lower or like this baby's usual pitch (±10 % of the median of its earlier episodes). */
export const pitchAgainstUsual = (
  pitchHz: number,
  earlier: readonly number[],
): "higher" | "lower" | "usual" | undefined => {
  const known = earlier.filter((p) => p > 0);
  if (known.length < 3 || pitchHz <= 0) return undefined;
  const usual = [...known].sort((a, b) => a - b)[Math.floor(known.length / 2)]!;
  return pitchHz > usual * 1.1 ? "higher" : pitchHz < usual * 0.9 ? "lower" : "usual";
};
