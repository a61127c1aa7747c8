/**
 * The words apps write for a diaper's contents, a stool's colour and a breast side, in the languages
 * families use them in. Each importer adds the exact values its app writes (its own table), so a
 * Baby Tracker export made in Spanish ("Variado") reads like one made in English ("Mixed"). A value
 * none of them knows is said in the preview, and the row is kept without it.
 */

export type DiaperContents = "wet" | "dirty" | "both" | "dry";

export type ValueTable<T extends string> = Readonly<Record<T, readonly string[]>>;

/** Words for the contents, matched whole after lower-casing and trimming. */
const contentsWords: ValueTable<DiaperContents> = {
  wet: [
    "wet",
    "pee",
    "urine",
    "mojado",
    "mojada",
    "pipí",
    "pipi",
    "pis",
    "orina",
    "húmedo",
    "nass",
    "mouillé",
    "xixi",
  ],
  dirty: [
    "dirty",
    "poo",
    "poop",
    "bm",
    "stool",
    "soiled",
    "sucio",
    "sucia",
    "caca",
    "heces",
    "popó",
    "deposición",
    "voll",
    "selles",
    "cocô",
  ],
  both: [
    "both",
    "mixed",
    "wet and dirty",
    "pee and poo",
    "ambos",
    "ambas",
    "mixto",
    "variado",
    "mezclado",
    "pipí y caca",
    "beides",
    "les deux",
  ],
  dry: ["dry", "clean", "seco", "seca", "limpio", "limpia", "trocken", "sec"],
};

const normal = (text: string) => text.trim().toLowerCase().normalize("NFC");

interface Matcher {
  readonly exact: ReadonlyMap<string, DiaperContents>;
  readonly words: Readonly<Record<DiaperContents, RegExp>>;
}

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A table's words, compiled once: exact values, and each kind's words as whole words in a longer text. */
const compile = (own: Partial<ValueTable<DiaperContents>>): Matcher => {
  const exact = new Map<string, DiaperContents>();
  for (const table of [contentsWords, own])
    for (const [kind, words] of Object.entries(table) as [DiaperContents, readonly string[]][])
      for (const w of words ?? []) if (!exact.has(normal(w)) || table === own) exact.set(normal(w), kind);
  const kinds: DiaperContents[] = ["wet", "dirty", "both", "dry"];
  const words = Object.fromEntries(
    kinds.map((kind) => {
      const all = [...(own[kind] ?? []), ...contentsWords[kind]].map((w) => escapeRegExp(normal(w)));
      return [kind, new RegExp(`(^|[^\\p{L}])(${all.join("|")})($|[^\\p{L}])`, "u")];
    }),
  ) as Record<DiaperContents, RegExp>;
  return { exact, words };
};

const matchers = new WeakMap<object, Matcher>();
const noTable = {};

/**
 * The contents named by `text`, by the importer's own table first, then the shared words; for a
 * longer text (Huckleberry's "Poo:large", "pee:medium poo:small") by the words it contains.
 */
export const diaperContentsIn = (
  text: string | undefined,
  own: Partial<ValueTable<DiaperContents>> = noTable,
): DiaperContents | undefined => {
  const t = normal(text ?? "");
  if (!t) return undefined;
  let matcher = matchers.get(own);
  if (!matcher) {
    matcher = compile(own);
    matchers.set(own, matcher);
  }
  const exact = matcher.exact.get(t);
  if (exact) return exact;
  if (matcher.words.both.test(t)) return "both";
  const wet = matcher.words.wet.test(t);
  const dirty = matcher.words.dirty.test(t);
  if (wet && dirty) return "both";
  if (dirty) return "dirty";
  if (wet) return "wet";
  return matcher.words.dry.test(t) ? "dry" : undefined;
};

const colourWords: Readonly<Record<string, readonly string[]>> = {
  yellow: ["yellow", "mustard", "amarillo", "amarilla", "mostaza", "gelb", "jaune"],
  green: ["green", "verde", "grün", "vert"],
  brown: ["brown", "marrón", "marron", "café", "braun"],
  black: ["black", "negro", "negra", "schwarz", "noir"],
  red: ["red", "rojo", "roja", "rot", "rouge"],
  white: ["white", "pale", "grey", "gray", "blanco", "blanca", "pálido", "gris", "weiß", "blanc"],
};

/** A stool colour named anywhere in a cell ("yellow", "Green, seedy", "amarillo"), as the journal spells it. */
export const colourIn = (text: string | undefined): string | undefined => {
  const t = normal(text ?? "");
  if (!t) return undefined;
  return Object.entries(colourWords).find(([, words]) => words.some((w) => t.includes(w)))?.[0];
};
