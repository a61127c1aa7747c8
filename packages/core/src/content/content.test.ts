/**
 * Every health statement Attune makes names at least one source, and every source it names is in
 * the registry with enough for a reader to find it. The type checker stops an unknown id at
 * compile time; this test also catches a statement with no source at all, an id that slipped in
 * through a cast, and a registry entry that no statement uses any more.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { circumstances, guidanceFor, urgentSigns } from "../care/circumstances.ts";
import { bondingIdeas } from "../cues/bonding.ts";
import { illnessSources } from "../cues/illness.ts";
import { playIdeas } from "../cues/play.ts";
import { reflectionSources } from "../cues/reflection.ts";
import { fussySources, helpEarlySources } from "../cues/settling-pattern.ts";
import { feverSources } from "../health/fever.ts";
import { stoolAdviceSources } from "../health/stool.ts";
import { referenceRanges } from "../insights/ranges.ts";
import { rhythmFlagSources } from "../insights/rhythm.ts";
import { sources } from "./sources.ts";

/** Each statement by a name a failing test can show, with the ids it rests on. */
const statements = (): [string, readonly string[]][] => {
  const all: [string, readonly string[]][] = [];
  for (const s of urgentSigns) all.push([`urgent ${s.id}`, [s.source]]);
  for (const g of guidanceFor(circumstances)) all.push([`guidance ${g.id}`, g.sources]);
  for (let day = 0; day <= 730; day += 7) {
    for (const r of referenceRanges(day)) all.push([`range ${r.metric} at day ${day}`, [r.source]]);
    for (const p of playIdeas(day)) all.push([`play ${p.id}`, p.sources]);
  }
  for (const [flag, ids] of Object.entries(rhythmFlagSources)) all.push([`rhythm ${flag}`, ids]);
  for (const [advice, ids] of Object.entries(stoolAdviceSources)) all.push([`stool ${advice}`, ids]);
  all.push(["fever", feverSources]);
  all.push(["report reflection", reflectionSources]);
  all.push(["illness check", illnessSources]);
  for (const idea of bondingIdeas) all.push([`bonding ${idea.id}`, idea.sources]);
  all.push(["fussy whatever you do", fussySources]);
  all.push(["getting help early", helpEarlySources]);
  return all;
};

describe("health content", () => {
  it("gives every statement at least one source, and every source is in the registry", () => {
    const list = statements();
    expect(list.length).toBeGreaterThan(30);
    const bare = list.filter(([, ids]) => ids.length === 0).map(([name]) => name);
    expect(bare).toEqual([]);
    const unknown = list.flatMap(([name, ids]) =>
      ids.filter((id) => !(id in sources)).map((id) => `${name}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it("covers every urgent sign and every circumstance", () => {
    expect(new Set(urgentSigns.map((s) => s.id)).size).toBe(urgentSigns.length);
    expect(guidanceFor(circumstances)).toHaveLength(circumstances.length);
  });

  it("cites each source by who wrote it and what it is called", () => {
    for (const [id, text] of Object.entries(sources)) {
      // "Body or authors (year). Title", or "Body. Title" for a page without a date.
      expect(text, id).toMatch(/^\S.+?(\(\d{4}[^)]*\))?\. \S.{8,}$/);
    }
  });

  it("keeps no source that nothing cites", () => {
    const root = fileURLToPath(new URL("../../..", import.meta.url));
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (name === "node_modules" || name === "dist") return [];
        if (statSync(path).isDirectory()) return files(path);
        return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !path.endsWith("sources.ts")
          ? [path]
          : [];
      });
    const code = [join(root, "core/src"), join(root, "web/src")]
      .flatMap(files)
      .map((f) => readFileSync(f, "utf8"));
    const unused = Object.keys(sources).filter((id) => !code.some((text) => text.includes(`"${id}"`)));
    expect(unused).toEqual([]);
  });
});
