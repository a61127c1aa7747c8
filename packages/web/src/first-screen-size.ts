/**
 * What a phone downloads before the first screen shows, measured on the built app: the entry
 * script, the modules the page preloads with it, and the first screen's texts in one language,
 * each gzipped. The web bench prints it (`web_initial_js_gz_kb`) and a test holds it to the budget.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const builtApp = fileURLToPath(new URL("../dist", import.meta.url));

/** The budget for the first screen, gzipped (issue 19). */
export const firstScreenBudgetKb = 130;

export interface FirstScreenSize {
  readonly files: readonly { name: string; gzBytes: number }[];
  readonly kb: number;
}

export const firstScreenSize = (dist = builtApp, language = "en"): FirstScreenSize => {
  if (!existsSync(join(dist, "index.html")))
    throw new Error(`${dist} holds no built app: run "npm run build -w @attune/web" first`);
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const names = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const texts = readdirSync(join(dist, "assets")).find((f) => f.startsWith(`${language}-first-`));
  if (!texts) throw new Error(`the build has no first-screen texts for "${language}"`);
  names.push(texts);
  const files = names.map((name) => ({
    name,
    gzBytes: gzipSync(readFileSync(join(dist, "assets", name))).length,
  }));
  return { files, kb: files.reduce((sum, f) => sum + f.gzBytes, 0) / 1024 };
};
