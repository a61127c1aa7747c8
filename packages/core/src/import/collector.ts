/**
 * Gathers what an importer reads: each record checked against the journal's rules (a row that
 * breaks them becomes a problem, never a silent drop), with an id made from its content.
 */

import type { Json } from "../journal/message.ts";
import { recordIssues } from "../journal/rules.ts";
import type { RecordKind } from "../kinds/index.ts";
import { contentId } from "./ids.ts";
import { type ProblemReason, problemText } from "./problems.ts";
import type { ImportedRecord, ImportOptions, ImportProblem, ImportResult } from "./types.ts";

/** The kinds a timer can run for: the ones an import must never leave running. */
const timedKinds = new Set<RecordKind>(["feed", "sleep", "pump", "play", "moment"]);

/** `start` plus a duration in seconds, when the app gave one. */
export const endAfter = (start: string, seconds: number | undefined): string | undefined =>
  seconds === undefined ? undefined : new Date(Date.parse(start) + seconds * 1000).toISOString();

export class Collector {
  readonly records: ImportedRecord[] = [];
  readonly problems: ImportProblem[] = [];
  readonly #seen = new Map<string, { file: string; row: number }>();

  constructor(
    readonly format: string,
    readonly options: ImportOptions,
    readonly now: number,
  ) {}

  problem(file: string, row: number, reason: ProblemReason): void {
    this.problems.push({
      file,
      row,
      reason: problemText(reason),
      code: reason.code,
      ...(reason.params ? { params: reason.params } : {}),
    });
  }

  /**
   * A record read from a row. `derived` holds what Attune worked out rather than read (an end from a
   * duration column): it is kept but is not part of the record's identity.
   */
  add(
    file: string,
    row: number,
    kind: RecordKind,
    fields: Record<string, Json | undefined>,
    derived: Record<string, Json | undefined> = {},
  ): void {
    const clean: Record<string, Json> = { babyId: this.options.babyId };
    for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== "") clean[k] = v;
    // The same entry twice (a duplicate row, or the file imported again) gets the same id: made
    // from the row as the app wrote it, before anything is worked out below, so that a file
    // imported before those rules existed adds nothing when imported again.
    const { note: _note, ...identity } = clean;
    const id = contentId([this.format, kind, JSON.stringify(Object.entries(identity).sort())]);
    for (const [k, v] of Object.entries(derived)) if (v !== undefined && clean[k] === undefined) clean[k] = v;
    // Only a timer started in Attune runs: what another app kept with a start and no end (every
    // Huckleberry bottle) is a finished entry, lasting as long as the app said or no time at all.
    if (typeof clean.start === "string" && clean.end === undefined && timedKinds.has(kind))
      clean.end = clean.start;
    const issues = recordIssues(kind, clean, this.now);
    if (issues.length) {
      this.problem(file, row, {
        code: "invalidValues",
        params: {
          fields: [...new Set(issues.map((i) => i.field))].join(", "),
          details: issues.map((i) => `${i.field}: ${i.message}`).join("; "),
        },
      });
      return;
    }
    const first = this.#seen.get(id);
    if (first) {
      this.problem(file, row, { code: "duplicate", params: { file: first.file, row: first.row } });
      return;
    }
    this.#seen.set(id, { file, row });
    this.records.push({ id, kind, fields: clean, file, row });
  }

  result(): ImportResult {
    return { records: this.records, problems: this.problems };
  }
}
