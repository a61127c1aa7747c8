/**
 * How the predictions do on a log they were not tuned on: leave-one-log-out over the real logs.
 * For each log, the settings (half-life with clock share, for wake windows and for feed gaps) are
 * chosen from a small grid by their mean error ratio on the *other* logs only, then scored on the
 * one left out. The shipped settings were chosen on all the logs, so
 * this is the honest figure for a family whose log we have never seen.
 *
 *   npm run bench -- predict-cross     (needs ../shared/data/exports; about ten minutes)
 */
import {
  feedPredictOptions,
  type PredictOptions,
  sleepPredictOptions,
  typicalFeedIntervalMs,
  typicalWakeWindowMs,
} from "@attune/core";
import { knownLogs, type Log, loadLog, replay } from "./predict.ts";

type What = "sleep" | "feed";

const grids: Record<What, PredictOptions[]> = {
  sleep: [7, 10, 14].flatMap((halfLifeDays) =>
    [0, 0.2, 0.4].map((clockShare) => ({ ...sleepPredictOptions, halfLifeDays, clockShare })),
  ),
  feed: [7, 10, 14].flatMap((halfLifeDays) =>
    [0.3, 0.5, 0.7].map((clockShare) => ({ ...feedPredictOptions, halfLifeDays, clockShare })),
  ),
};

/** Model error over the better baseline's, for one log, one kind of interval and one setting. */
const ratio = (log: Log, what: What, options: PredictOptions): { ratio: number; cover80: number } => {
  const s =
    what === "sleep"
      ? replay(log.wakeWindows, log.birth, typicalWakeWindowMs, options, { later: false })
      : replay(log.feedIntervals, log.birth, typicalFeedIntervalMs, options, { later: false });
  return { ratio: s.model / Math.min(s.ageTable, s.recentMedian), cover80: s.inside80 / s.n };
};

const label = (o: PredictOptions) =>
  Object.entries(o)
    .map(([k, v]) => `${k}=${v}`)
    .join(",");

export const main = async (_args: string[]) => {
  const logs = knownLogs().map(([format, paths]) => loadLog(format, paths));
  if (logs.length < 2) {
    console.log("# leave-one-out needs at least two real logs in ../shared/data/exports");
    return;
  }
  for (const what of ["sleep", "feed"] as const) {
    // scores[setting][log]
    const scores = grids[what].map((options) => logs.map((log) => ratio(log, what, options)));
    for (const [g, row] of scores.entries())
      console.log(
        `# ${what} ${label(grids[what][g]!)}: ${row.map((r, i) => `${logs[i]!.name} ${r.ratio.toFixed(3)}`).join(", ")}`,
      );
    for (const [l, log] of logs.entries()) {
      let best = 0;
      let bestMean = Number.POSITIVE_INFINITY;
      for (const [g, row] of scores.entries()) {
        const others = row.filter((_, i) => i !== l);
        const mean = others.reduce((sum, r) => sum + r.ratio, 0) / others.length;
        if (mean < bestMean) {
          bestMean = mean;
          best = g;
        }
      }
      const held = scores[best]![l]!;
      console.log(`# ${log.name} ${what}: chosen on the other logs: ${label(grids[what][best]!)}`);
      console.log(`RESULT ${log.name}.${what}_heldout_mae_vs_best_baseline ${held.ratio.toFixed(3)} ratio`);
      console.log(`RESULT ${log.name}.${what}_heldout_cover80 ${held.cover80.toFixed(3)} ratio`);
    }
  }
};
