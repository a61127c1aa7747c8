/**
 * The prediction backtest: imports a real export and replays it in time order. At every waking it
 * predicts the next sleep's start, at every feed the next feed, using only what came before, and
 * compares with two baselines measured in the same run: (a) an age-based table, (b) the median of the
 * same interval over the previous three days within 1.5 h of the same time of day.
 *
 *   npm run bench -- predict --format <fmt> <files...>
 *   npm run bench -- predict            (every log in ../shared/data/exports, when present)
 *
 * The exports hold local wall-clock times; they are read as UTC, which keeps each hour of day as
 * logged. Ages count from the first logged day (most parents start logging at birth).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  feedIntervals,
  feedPredictOptions,
  type ImportFormat,
  type Interval,
  importFiles,
  median,
  type PredictOptions,
  predictInterval,
  sleepPredictOptions,
  typicalFeedIntervalMs,
  typicalWakeWindowMs,
  wakeWindows,
} from "@attune/core";

const dayMs = 86_400_000;
const warmUpDays = 3;
const hourOf = (ms: number) => (ms % dayMs) / 3600_000;

const clockDistance = (a: number, b: number) => {
  const d = Math.abs(a - b) % 24;
  return Math.min(d, 24 - d);
};

export interface Score {
  n: number;
  model: number;
  ageTable: number;
  recentMedian: number;
  inside80: number;
  inside50: number;
  /** Predictions counted from an hour in (as the Now screen shows them when an hour has gone by). */
  laterN: number;
  laterInside80: number;
  laterInside50: number;
  /** 50% windows under five minutes wide, counted from an hour in (a window with no room). */
  laterNarrow: number;
}

/** How long after the start the later predictions are made. */
const laterMs = 60 * 60_000;

export const replay = (
  intervals: readonly Interval[],
  birth: number,
  table: (ageDays: number) => number,
  options: PredictOptions = {},
  { later = true }: { later?: boolean } = {},
): Score => {
  const s: Score = {
    n: 0,
    model: 0,
    ageTable: 0,
    recentMedian: 0,
    inside80: 0,
    inside50: 0,
    laterN: 0,
    laterInside80: 0,
    laterInside50: 0,
    laterNarrow: 0,
  };
  const sorted = [...intervals].sort((a, b) => a.at - b.at);
  for (let i = 0; i < sorted.length; i++) {
    const target = sorted[i]!;
    if (target.at - sorted[0]!.at < warmUpDays * dayMs) continue;
    // Only what had finished by the time of the prediction.
    const past = sorted.slice(0, i).filter((h) => h.at + h.lengthMs <= target.at);
    const ageDays = (target.at - birth) / dayMs;
    const tableMs = table(ageDays);
    const prediction = predictInterval(past, target, { medianMs: tableMs, weight: 2 }, options);
    if (!prediction) continue;
    const recent = past.filter((h) => target.at - h.at <= 3 * dayMs);
    const similar = recent.filter((h) => clockDistance(h.hour, target.hour) <= 1.5);
    const baseline =
      median(similar.map((h) => h.lengthMs)) ?? median(recent.map((h) => h.lengthMs)) ?? tableMs;
    const actual = target.lengthMs;
    s.n++;
    s.model += Math.abs(prediction.centreMs - actual);
    s.ageTable += Math.abs(tableMs - actual);
    s.recentMedian += Math.abs(baseline - actual);
    if (actual >= prediction.window80[0] && actual <= prediction.window80[1]) s.inside80++;
    if (actual >= prediction.window50[0] && actual <= prediction.window50[1]) s.inside50++;
    if (later && actual > laterMs) {
      const later = predictInterval(
        past,
        { ...target, elapsedMs: laterMs },
        { medianMs: tableMs, weight: 2 },
        options,
      );
      if (later) {
        s.laterN++;
        if (actual >= later.window80[0] && actual <= later.window80[1]) s.laterInside80++;
        if (actual >= later.window50[0] && actual <= later.window50[1]) s.laterInside50++;
        if (later.window50[1] - later.window50[0] < 5 * 60_000) s.laterNarrow++;
      }
    }
  }
  return s;
};

const result = (name: string, value: number, unit: string) =>
  console.log(`RESULT ${name} ${unit === "ratio" ? value.toFixed(3) : value.toFixed(1)} ${unit}`);

const report = (log: string, what: "sleep" | "feed", s: Score) => {
  // A log with no such intervals (only feeds, or sleeps with no ends noted) has nothing to score:
  // say so, rather than print the ratios of nothing.
  if (!s.n) {
    console.log(
      `# ${log} ${what}: nothing to predict from (no ${what === "sleep" ? "wake windows" : "feed intervals"} in this log)`,
    );
    return;
  }
  const minutes = (total: number) => total / s.n / 60_000;
  const best = Math.min(minutes(s.ageTable), minutes(s.recentMedian));
  console.log(`# ${log} ${what}: ${s.n} predictions`);
  result(`${log}.${what}_mae_min`, minutes(s.model), "min");
  result(`${log}.${what}_baseline_age_table_mae_min`, minutes(s.ageTable), "min");
  result(`${log}.${what}_baseline_recent_median_mae_min`, minutes(s.recentMedian), "min");
  result(`${log}.${what}_mae_vs_best_baseline`, minutes(s.model) / best, "ratio");
  result(`${log}.${what}_cover80`, s.inside80 / s.n, "ratio");
  result(`${log}.${what}_cover50`, s.inside50 / s.n, "ratio");
  console.log(`# ${log} ${what}: ${s.laterN} predictions counted from an hour in`);
  if (!s.laterN) return;
  result(`${log}.${what}_cover80_after_1h`, s.laterInside80 / s.laterN, "ratio");
  result(`${log}.${what}_cover50_after_1h`, s.laterInside50 / s.laterN, "ratio");
  result(`${log}.${what}_narrow50_after_1h`, s.laterNarrow / s.laterN, "ratio");
};

/** A real log, imported and cut into the intervals the predictions replay. */
export interface Log {
  readonly name: string;
  readonly birth: number;
  readonly wakeWindows: readonly Interval[];
  readonly feedIntervals: readonly Interval[];
}

export const loadLog = (format: ImportFormat, paths: readonly string[]): Log => {
  const files = paths.map((p) => ({ name: basename(p), text: readFileSync(p, "utf8") }));
  const name = basename(paths[0]!).replace(/\.[^.]+$/, "");
  const started = performance.now();
  const imported = importFiles(
    format,
    files,
    { babyId: "0190a1b2-0000-7000-8000-0000000000bb", timeZone: "UTC" },
    Date.now(),
  );
  console.log(
    `# ${name}: ${imported.records.length} records imported in ${Math.round(performance.now() - started)} ms`,
  );
  const span = (r: (typeof imported.records)[number]) => ({
    start: Date.parse(String(r.fields.start ?? r.fields.time)),
    end: typeof r.fields.end === "string" ? Date.parse(r.fields.end) : undefined,
  });
  const sleeps = imported.records.filter((r) => r.kind === "sleep").map(span);
  const amount = (v: unknown) => (typeof v === "number" && v > 0 ? v : undefined);
  const feeds = imported.records
    .filter((r) => r.kind === "feed")
    .map((r) => ({
      ...span(r),
      method: typeof r.fields.method === "string" ? r.fields.method : undefined,
      volumeMl: amount(r.fields.volumeMl),
      breastSeconds: amount((Number(r.fields.leftSeconds) || 0) + (Number(r.fields.rightSeconds) || 0)),
    }));
  return {
    name,
    birth: Math.min(...imported.records.map((r) => span(r).start)),
    wakeWindows: wakeWindows(sleeps, hourOf),
    feedIntervals: feedIntervals(feeds, hourOf),
  };
};

const runLog = (format: ImportFormat, paths: readonly string[]) => {
  const log = loadLog(format, paths);
  report(log.name, "sleep", replay(log.wakeWindows, log.birth, typicalWakeWindowMs, sleepPredictOptions));
  report(log.name, "feed", replay(log.feedIntervals, log.birth, typicalFeedIntervalMs, feedPredictOptions));
};

const exportsDir = fileURLToPath(new URL("../../shared/data/exports", import.meta.url));
const known: [ImportFormat, string][] = [
  ["huckleberry", "huckleberry"],
  ["nighp", "baby-tracker-nighp"],
  ["baby-connect", "baby-connect"],
  ["glow", "glow"],
];

/** Every real log in ../shared/data/exports, as [format, its CSV files]; none when it is absent. */
export const knownLogs = (): [ImportFormat, string[]][] =>
  existsSync(exportsDir)
    ? known
        .filter(([, dir]) => existsSync(join(exportsDir, dir)))
        .map(([format, dir]) => [
          format,
          readdirSync(join(exportsDir, dir))
            .filter((f) => f.endsWith(".csv"))
            .sort()
            .map((f) => join(exportsDir, dir, f)),
        ])
    : [];

export const main = async (args: string[]) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string" } },
  });
  if (values.format) {
    runLog(values.format as ImportFormat, positionals);
    return;
  }
  const logs = knownLogs();
  if (!logs.length) {
    console.log(`# ${exportsDir} is absent: no real logs to replay. Give --format <fmt> <files...>.`);
    return;
  }
  for (const [format, paths] of logs) runLog(format, paths);
};
