/**
 * Record ids made from a row's content (a 128-bit FNV-1a hash shaped as a UUID, version 8), so that
 * importing the same file twice, or a file with duplicate rows, writes each record once.
 */
const fnv1a64 = (text: string, seed: bigint): bigint => {
  let hash = 0xcbf29ce484222325n ^ seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash;
};

export const contentId = (parts: readonly (string | number | undefined)[]): string => {
  const text = parts.map((p) => String(p ?? "")).join("\u001f");
  const hex = (
    fnv1a64(text, 0n).toString(16).padStart(16, "0") +
    fnv1a64(text, 0x9e3779b97f4a7c15n).toString(16).padStart(16, "0")
  ).split("");
  hex[12] = "8"; // version 8: custom
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16); // RFC 4122 variant
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};
