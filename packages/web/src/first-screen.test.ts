/**
 * The first screen loads without the heavy parts: everything `main.tsx` imports statically (not the
 * screens loaded on first use with `import()`, not `import type`) must stay clear of the validation
 * library, the CSV parser, the date library, the password meter and core's full entry. A kind
 * module that imported zod at run time, or a Now-screen file that imported `@attune/core` instead
 * of `@attune/core/light`, fails here before it slows a parent's phone.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtApp, firstScreenBudgetKb, firstScreenSize } from "./first-screen-size.ts";
import { firstScreenNamespaces, textsPart } from "./i18n/first-screen-texts.ts";

const webSrc = fileURLToPath(new URL(".", import.meta.url));
const packages = resolve(webSrc, "../..");
const workspace: Record<string, string> = {
  "@attune/core/light": join(packages, "core/src/light.ts"),
  "@attune/core/cues": join(packages, "core/src/cues/index.ts"),
  "@attune/core/care": join(packages, "core/src/care/index.ts"),
  "@attune/core/growth": join(packages, "core/src/growth/growth.ts"),
  "@attune/core": join(packages, "core/src/index.ts"),
};
const heavy = ["zod", "papaparse", "luxon", "@zxcvbn-ts/core", "dexie-export-import"];
const heavyFiles = [workspace["@attune/core"]!, join(packages, "core/src/kinds/schemas.ts")];

/**
 * The modules a file imports at run time. Only `import type` and `export type` are left out: with
 * `verbatimModuleSyntax`, `import { type A } from "x"` still loads "x" (as `import {} from "x"`).
 */
const runtimeImports = (text: string): string[] => {
  const found: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?[^;]*?\s*from\s+["']([^"']+)["']/gms;
  for (const m of text.matchAll(statement)) if (!m[2]) found.push(m[3]!);
  for (const m of text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) found.push(m[1]!);
  return found;
};

const resolveImport = (from: string, spec: string): string | undefined => {
  if (spec in workspace) return workspace[spec];
  if (!spec.startsWith(".")) return undefined;
  const path = resolve(dirname(from), spec);
  return existsSync(path) ? path : undefined;
};

/** Every package and file reached from `entry` by run-time imports. */
const reach = (entry: string) => {
  const files = new Set<string>();
  const modules = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file) || !/\.tsx?$/.test(file)) return;
    files.add(file);
    for (const spec of runtimeImports(readFileSync(file, "utf8"))) {
      const path = resolveImport(file, spec);
      if (path) visit(path);
      else if (!spec.startsWith(".")) modules.add(spec);
    }
  };
  visit(entry);
  return { files, modules };
};

describe("the first screen", () => {
  const { files, modules } = reach(join(webSrc, "main.tsx"));

  it("reaches the Now screen and core's light entry", () => {
    expect(files.has(join(webSrc, "screens/now/now-screen.tsx"))).toBe(true);
    expect(files.has(workspace["@attune/core/light"]!)).toBe(true);
    expect(files.has(join(packages, "core/src/kinds/feed.ts"))).toBe(true);
  });

  it("imports nothing heavy", () => {
    expect([...modules].filter((m) => heavy.some((h) => m === h || m.startsWith(`${h}/`)))).toEqual([]);
    expect(heavyFiles.filter((f) => files.has(f))).toEqual([]);
  });

  it("would notice a heavy import", () => {
    expect(runtimeImports('import { z } from "zod";')).toEqual(["zod"]);
    expect(runtimeImports('import type { z } from "zod";')).toEqual([]);
    expect(runtimeImports('import { type A, b } from "x";')).toEqual(["x"]);
    expect(runtimeImports('import { type A } from "x";')).toEqual(["x"]);
  });
});

const namespaces = new Set(Object.keys(JSON.parse(readFileSync(join(webSrc, "i18n/en.json"), "utf8"))));
/** The text namespaces a file names: `"now.title"`, or a key built from a prefix, `now.${x}`. */
const namespacesIn = (text: string): string[] =>
  [
    ...[...text.matchAll(/["'`]([a-z][A-Za-z]*)\.[A-Za-z0-9_]+/g)].map((m) => m[1]!),
    ...[...text.matchAll(/`([a-z][A-Za-z]*)[._]\$\{/g)].map((m) => m[1]!),
  ].filter((ns) => namespaces.has(ns));

describe("the first screen's texts", () => {
  const { files } = reach(join(webSrc, "main.tsx"));
  it("hold every namespace the first screen names", () => {
    const named = new Set([...files].flatMap((f) => namespacesIn(readFileSync(f, "utf8"))));
    expect(named.has("now")).toBe(true);
    expect([...named].filter((ns) => !firstScreenNamespaces.includes(ns))).toEqual([]);
  });

  it("name only namespaces that exist, and split the texts in two without losing any", () => {
    expect(firstScreenNamespaces.filter((ns) => !namespaces.has(ns))).toEqual([]);
    const en = JSON.parse(readFileSync(join(webSrc, "i18n/en.json"), "utf8"));
    const first = textsPart(en, "first");
    const rest = textsPart(en, "rest");
    expect(Object.keys(first).length).toBe(firstScreenNamespaces.length);
    expect({ ...first, ...rest }).toEqual(en);
  });

  it("would notice a namespace named in code", () => {
    expect(namespacesIn('t("now.title")')).toEqual(["now"]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: code as text, on purpose
    expect(namespacesIn("t(`kinds.${kind}`)")).toEqual(["kinds"]);
    expect(namespacesIn('t("not.a.namespace")')).toEqual([]);
  });
});

describe("the first screen's size", () => {
  for (const language of ["en", "es"]) {
    it(`stays within ${firstScreenBudgetKb} kB gzipped in ${language}`, () => {
      const size = firstScreenSize(builtApp, language);
      const biggest = [...size.files].sort((a, b) => b.gzBytes - a.gzBytes).slice(0, 5);
      expect(
        size.kb,
        `the first screen grew to ${size.kb.toFixed(1)} kB; its biggest files: ${biggest.map((f) => `${f.name} ${(f.gzBytes / 1024).toFixed(1)}`).join(", ")}`,
      ).toBeLessThanOrEqual(firstScreenBudgetKb);
      expect(size.files.some((f) => f.name.startsWith(`${language}-first-`))).toBe(true);
    });
  }
});
