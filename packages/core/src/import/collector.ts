/**
 * Gathers what an importer reads: each record checked against the journal's rules (a row that
 * breaks them becomes a problem, never a silent drop), with an id made from its content.
 */

import type { RecordKind } from "../journal/kinds.ts";
import type { Json } from "../journal/message.ts";
import { recordIssues } from "../journal/rules.ts";
import { contentId } from "./ids.ts";
import { type ProblemReason, problemText } from "./problems.ts";
import type { ImportedRecord, ImportOptions, ImportProblem, ImportResult } from "./types.ts";

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

  add(file: string, row: number, kind: RecordKind, fields: Record<string, Json | undefined>): void {
    const clean: Record<string, Json> = { babyId: this.options.babyId };
    for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== "") clean[k] = v;
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
    // The same entry twice (a duplicate row, or the file imported again) gets the same id.
    const { note: _note, ...identity } = clean;
    const id = contentId([this.format, kind, JSON.stringify(Object.entries(identity).sort())]);
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
