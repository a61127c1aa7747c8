/**
 * The language files are complete and the screens use them: every key exists in English and in
 * Spanish, no text is empty, every key the code names exists, and no component writes a
 * user-facing string itself.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import en from "./en.json";
import es from "./es.json";

type Tree = { [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === "string" ? [[`${prefix}${k}`, v]] : Object.entries(flatten(v, `${prefix}${k}.`)),
    ),
  );

const english = flatten(en as Tree);
const spanish = flatten(es as Tree);
/** i18next plural forms: `age.months` is `age.months_one` and `age.months_other`. */
const has = (keys: Record<string, string>, key: string) =>
  key in keys || `${key}_one` in keys || `${key}_other` in keys || `${key}_ordinal_other` in keys;

/**
 * A key's family, without its plural or ordinal form: each language has its own forms (English
 * ordinals have one, two, few and other; Spanish only other), so families are compared, not keys.
 */
const family = (key: string) => key.replace(/(_ordinal)?_(zero|one|two|few|many|other)$/, "");
const families = (keys: Record<string, string>) => new Set(Object.keys(keys).map(family));

const srcRoot = fileURLToPath(new URL("..", import.meta.url));
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(tsx?)$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });

describe("language files", () => {
  it("have the same keys in English and Spanish, none empty", () => {
    const en = families(english);
    const es = families(spanish);
    expect([...es].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !es.has(k))).toEqual([]);
    // Every plural or ordinal family has the form every language falls back to.
    const forms = { ...english, ...spanish };
    const withForms = Object.keys(forms).filter((k) => family(k) !== k);
    expect(
      withForms.filter((k) => {
        const f = family(k);
        const other = k.includes("_ordinal_") ? `${f}_ordinal_other` : `${f}_other`;
        return !(other in english) || !(other in spanish);
      }),
    ).toEqual([]);
    expect(Object.entries({ ...english, ...spanish }).filter(([, v]) => !v.trim())).toEqual([]);
  });

  it("keep the same {{placeholders}} in both languages", () => {
    const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    // Compared form by form where both have the form, else against the family's "other".
    const spanishForm = (k: string) =>
      spanish[k] ?? spanish[`${family(k)}${k.includes("_ordinal_") ? "_ordinal" : ""}_other`] ?? "";
    const differ = Object.keys(english).filter(
      (k) => JSON.stringify(names(english[k]!)) !== JSON.stringify(names(spanishForm(k))),
    );
    expect(differ).toEqual([]);
  });

  it("build no English ordinal by gluing a suffix to a number", () => {
    // "{{value}}th" gives "1th" and "22th"; ordinals come from i18next's ordinal forms instead.
    const glued = Object.entries(english).filter(
      ([k, v]) => /\}\}(st|nd|rd|th)\b/.test(v) && !k.includes("_ordinal_"),
    );
    expect(glued).toEqual([]);
  });

  it("hold every key the code names", () => {
    const missing: string[] = [];
    const namespaces = new Set(Object.keys(en));
    for (const file of sources(srcRoot)) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/["'`]([a-z][A-Za-z]*(?:\.[A-Za-z0-9_]+)+)["'`]/g)) {
        const key = m[1]!;
        if (!namespaces.has(key.split(".")[0]!)) continue;
        if (!has(english, key) || !has(spanish, key)) missing.push(`${file.slice(srcRoot.length)}: ${key}`);
      }
      // Keys built from a prefix: `kinds.${kind}` must have a family in the files.
      for (const m of text.matchAll(/`([a-z][A-Za-z]*(?:\.[A-Za-z0-9_]+)*)[._]\$\{/g)) {
        const prefix = m[1]!;
        if (!namespaces.has(prefix.split(".")[0]!)) continue;
        if (!Object.keys(english).some((k) => k.startsWith(prefix)))
          missing.push(`${file.slice(srcRoot.length)}: ${prefix}…`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("have every option the journal allows", async () => {
    const core = await import("@attune/core");
    const families: [string, readonly string[]][] = [
      ["options.place", core.sleepPlaces],
      ["options.fellAsleep", core.fallAsleepWays],
      ["options.contents", core.diaperContents],
      ["options.colour", core.stoolColours],
      ["options.milk", core.milkTypes],
      ["options.site", core.temperatureSites],
      ["options.doseUnit", core.doseUnits],
      ["kinds", core.recordKindNames],
    ];
    const missing = families.flatMap(([prefix, values]) =>
      values.map((v) => `${prefix}.${v}`).filter((k) => !(k in english) || !(k in spanish)),
    );
    expect(missing).toEqual([]);
  });

  it("have words for every health statement core makes, in both languages", async () => {
    const core = await import("@attune/core");
    const keys = [
      ...core.urgentSigns.map((s) => `help.urgent.${s.id}`),
      ...core.guidanceFor(core.circumstances).map((g) => `help.guidance.${g.id}`),
      ...Array.from({ length: 53 }, (_, w) => core.playIdeas(w * 7))
        .flat()
        .map((p) => `play.idea.${p.id}`),
      ...Array.from({ length: 105 }, (_, w) => core.referenceRanges(w * 7))
        .flat()
        .map((r) => `day.range.${r.metric}`),
      ...Object.keys(core.rhythmFlagSources).map((flag) => `rhythm.${flag}`),
      ...Object.keys(core.stoolAdviceSources).flatMap((a) => [`stool.${a}.title`, `stool.${a}.text`]),
    ];
    const missing = [...new Set(keys)].filter((k) => !(k in english) || !(k in spanish));
    expect(missing).toEqual([]);
  });
});

describe("components", () => {
  it("write no user-facing text themselves", () => {
    const found: string[] = [];
    for (const file of sources(srcRoot).filter((f) => f.endsWith(".tsx"))) {
      const text = readFileSync(file, "utf8");
      // Text between tags, e.g. <p>Hello</p> (a lone symbol such as × is allowed).
      for (const m of text.matchAll(/>\s*([^<>{}\n]*[A-Za-zÀ-ÿ]{2,}[^<>{}\n]*)\s*</g)) {
        const words = m[1]!.trim();
        // Code between a => and a <, not text: it has quotes, brackets or operators.
        if (/["'()=?:;&|]/.test(words)) continue;
        if (words && !/^(English|Español)$/.test(words))
          found.push(`${file.slice(srcRoot.length)}: "${words}"`);
      }
      // Text in attributes people read or hear.
      for (const m of text.matchAll(/\b(aria-label|placeholder|title|alt)="([^"]*[A-Za-z][^"]*)"/g)) {
        found.push(`${file.slice(srcRoot.length)}: ${m[1]}="${m[2]}"`);
      }
    }
    expect(found).toEqual([]);
  });
});
