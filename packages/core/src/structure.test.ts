/**
 * The structure the team agreed on, checked on every run: no import circles anywhere; core imports
 * nothing of the server or the web app; the journal imports only the kinds and the clock; screens
 * reach the server only through the typed client; entries are read by their kind's types, not by
 * field names in strings.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const packages = join(root, "packages");
const workspace: Record<string, string> = {
  "@attune/core": "core/src/index.ts",
  "@attune/core/light": "core/src/light.ts",
  "@attune/core/cues": "core/src/cues/index.ts",
  "@attune/core/care": "core/src/care/index.ts",
  "@attune/core/growth": "core/src/growth/growth.ts",
  "@attune/server/contract": "server/src/http/contract.ts",
};

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "dist") return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !path.includes("/testing/") ? [path] : [];
  });

const files = ["core", "server", "web"].flatMap((p) => sourceFiles(join(packages, p, "src")));
const text = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));
const name = (f: string) => relative(packages, f);

/** Every file a file imports (type imports too: a circle of types is still a knot to untie). */
const importsOf = (file: string): string[] =>
  [...text.get(file)!.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']/gms)].flatMap((m) => {
    const spec = m[1]!;
    if (spec in workspace) return [join(packages, workspace[spec]!)];
    if (!spec.startsWith(".")) return [];
    return [resolve(dirname(file), spec)];
  });

describe("the structure", () => {
  it("has no import circles", () => {
    const graph = new Map(files.map((f) => [f, importsOf(f).filter((i) => text.has(i))]));
    // Tarjan's strongly connected components: any component of more than one file is a circle.
    let index = 0;
    const indices = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const circles: string[][] = [];
    const visit = (v: string) => {
      indices.set(v, index);
      low.set(v, index++);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!indices.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
      }
      if (low.get(v) === indices.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(name(w));
        } while (w !== v);
        if (component.length > 1) circles.push(component.sort());
      }
    };
    for (const f of files) if (!indices.has(f)) visit(f);
    expect(circles).toEqual([]);
  });

  it("keeps core free of the server and the web app, and the journal free of features", () => {
    const wrong: string[] = [];
    for (const f of files.filter((f) => name(f).startsWith("core/"))) {
      for (const m of text.get(f)!.matchAll(/from\s+["'](@attune\/(?:server|web)[^"']*)["']/g))
        wrong.push(`${name(f)} imports ${m[1]}`);
      if (name(f).startsWith("core/src/journal/"))
        for (const i of importsOf(f)) {
          const target = name(i);
          if (!/^core\/src\/(journal|kinds|clock)\//.test(target)) wrong.push(`${name(f)} imports ${target}`);
        }
    }
    expect(wrong).toEqual([]);
  });

  it("lets screens reach the server only through the typed client", () => {
    const found = files
      .filter((f) => name(f).startsWith("web/src/screens/"))
      .filter((f) => /["'`]\/api\//.test(text.get(f)!))
      .map(name);
    expect(found).toEqual([]);
  });

  it("reads entries by their kind's types, never a field named in a string", () => {
    const found = files
      .filter((f) => /\b(str|num|strs)\((e|entry|[a-z]\w*), "/.test(text.get(f)!))
      .filter((f) => !name(f).startsWith("core/src/import/"))
      .map(name);
    expect(found).toEqual([]);
  });
});
