/** Everything in core: the zod-free part (light.ts) and the schemas, rules, importers and insights that need more. */
export * from "./care/index.ts";
export * from "./cues/index.ts";
export * from "./cues/reflection.ts";
export * from "./growth/growth.ts";
export * from "./households/roles.ts";
export * from "./import/import-files.ts";
export type {
  ImportedRecord,
  ImportOptions,
  ImportProblem,
  ImportResult,
  SourceFile,
} from "./import/types.ts";
export * from "./insights/crying.ts";
export * from "./insights/day-chart.ts";
export * from "./insights/day-summary.ts";
export * from "./journal/message.ts";
export * from "./journal/rules.ts";
export { calendarDate, instant, longText, seconds, shortText, uuid } from "./kinds/kit.ts";
export * from "./kinds/schemas.ts";
export * from "./light.ts";
