/**
 * npm run bench [-- <name> [args]]: runs one benchmark, or all of them. Each prints
 * `RESULT <name> <value> <unit>` lines.
 */
const benchmarks: Record<string, () => Promise<{ main: (args: string[]) => Promise<void> }>> = {
  sync: () => import("./sync.ts"),
  web: () => import("./web.ts"),
  predict: () => import("./predict.ts"),
  import: () => import("./import.ts"),
  export: () => import("./export.ts"),
  "predict-cross": () => import("./predict-cross.ts"),
  report: () => import("./report.ts"),
  reminders: () => import("./reminders.ts"),
  host: () => import("./host.ts"),
};

const [wanted, ...args] = process.argv.slice(2);
if (wanted && !benchmarks[wanted]) {
  console.error(`Unknown benchmark "${wanted}". Known: ${Object.keys(benchmarks).join(", ")}`);
  process.exit(2);
}
// `npm run bench` alone runs the benchmarks that need nothing built first.
const everything = ["sync", "predict", "import"];
for (const [key, load] of Object.entries(benchmarks)) {
  if (!wanted && !everything.includes(key)) continue;
  if (wanted && key !== wanted) continue;
  console.log(`# ${key}`);
  await (await load()).main(args);
}
process.exit(0);

export {};
