export * from "./clock/hlc.ts";
export * from "./health/fever.ts";
export * from "./households/roles.ts";
export * from "./import/import-files.ts";
export type {
  ImportedRecord,
  ImportOptions,
  ImportProblem,
  ImportResult,
  SourceFile,
} from "./import/types.ts";
export * from "./insights/day-chart.ts";
export * from "./insights/day-summary.ts";
export * from "./insights/predict.ts";
export * from "./insights/ranges.ts";
export * from "./insights/rhythm.ts";
export * from "./journal/fields.ts";
export * from "./journal/kinds.ts";
export * from "./journal/merge.ts";
export * from "./journal/message.ts";
export * from "./journal/overlaps.ts";
export * from "./journal/rules.ts";
export * from "./journal/writer.ts";
export * from "./projections/age.ts";
export * from "./projections/breast-timer.ts";
export * from "./projections/days.ts";
export * from "./projections/entries.ts";
export * from "./projections/now-status.ts";
export * from "./result.ts";
export * from "./units/units.ts";
