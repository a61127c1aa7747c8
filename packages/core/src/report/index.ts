/** The report for the baby's doctor: its figures (report-data.ts) and its pages (report-document.ts). */

export * from "./card-document.ts";
export * from "./report-data.ts";
export * from "./report-document.ts";
