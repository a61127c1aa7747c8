/** Small statistics shared by the insights, the need helper and the benchmarks. */

/** The middle value (the mean of the two middle ones for an even count); undefined when empty. */
export const median = (xs: readonly number[]): number | undefined => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
