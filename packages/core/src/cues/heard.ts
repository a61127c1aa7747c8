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

/** How much quieter than this baby's usual cry (median loudness of earlier episodes) is "weak". */
export const weakCryDropDb = 12;

/**
 * A weak cry: at least `weakCryDropDb` quieter than the median of this baby's earlier episodes
 * (three or more), and not a whimper that is still building. Loudness in dBFS depends on where
 * the phone lies, so only the baby's own episodes heard the same way are a yardstick; a feeble
 * cry is one of the signs that can go with being unwell, so it brings the illness check.
 */
export const isWeakAgainstUsual = (
  cry: { readonly loudnessDb?: number | undefined; readonly buildUp?: string | undefined },
  earlierLoudnessDb: readonly number[],
): boolean => {
  const known = earlierLoudnessDb.filter((db) => Number.isFinite(db) && db < 0);
  if (known.length < 3 || cry.loudnessDb === undefined || cry.buildUp === "building") return false;
  const usual = [...known].sort((a, b) => a - b)[Math.floor(known.length / 2)]!;
  return cry.loudnessDb <= usual - weakCryDropDb;
};

/** The signs a heard cry offers: its description's, plus "weak" when it was, against this baby's usual. */
export const offeredCrySigns = (
  cry: Entry<"cry">,
  earlier: readonly Entry<"cry">[],
): NonNullable<Entry<"cry">["values"]["signs"]> => {
  const signs = cry.values.signs ?? [];
  if (!cry.values.end || signs.includes("cry_weak")) return signs;
  const before = earlier.filter((e) => e.id !== cry.id && e.at < cry.at && e.values.end && !e.deleted);
  return isWeakAgainstUsual(
    cry.values,
    before.map((e) => e.values.loudnessDb ?? Number.NaN),
  )
    ? [...signs, "cry_weak"]
    : signs;
};
