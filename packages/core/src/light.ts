/**
 * The parts of core that need no validation library: clock, merge, projections, units, health
 * thresholds. The web app's first screen imports these only; the forms load the rest when opened.
 */
export * from "./care/rota.ts";
export * from "./clock/hlc.ts";
export * from "./content/sources.ts";
export * from "./cues/context.ts";
export * from "./health/fever.ts";
export * from "./health/stool.ts";
export * from "./households/baby.ts";
export * from "./households/membership.ts";
export { contentId } from "./import/ids.ts";
export * from "./insights/intervals.ts";
export * from "./insights/predict.ts";
export * from "./insights/ranges.ts";
export * from "./insights/rhythm.ts";
export * from "./insights/typical.ts";
export * from "./journal/merge.ts";
export type { Json, Message } from "./journal/message.ts";
export * from "./journal/overlaps.ts";
export * from "./journal/record-shape.ts";
export * from "./journal/writer.ts";
export type { FormField, InputType, RecordIssue } from "./kinds/define.ts";
export * from "./kinds/index.ts";
export * from "./kinds/options.ts";
export * from "./projections/age.ts";
export * from "./projections/breast-timer.ts";
export * from "./projections/days.ts";
export * from "./projections/entries.ts";
export * from "./projections/now-status.ts";
export * from "./result.ts";
export * from "./stats.ts";
export * from "./units/units.ts";
