/** What an importer gives back: records to write, and every row it could not read, with why. */

import type { Json } from "../journal/message.ts";
import type { RecordKind } from "../kinds/index.ts";
import type { ProblemCode, ProblemParams } from "./problems.ts";

export interface SourceFile {
  readonly name: string;
  readonly text: string;
}

export interface ImportedRecord {
  /** Made from the row's content, so importing the same file twice gives the same ids. */
  readonly id: string;
  readonly kind: RecordKind;
  readonly fields: Record<string, Json>;
  readonly file: string;
  readonly row: number;
}

export interface ImportProblem {
  readonly file: string;
  /** The row number in the file, the header being row 1. */
  readonly row: number;
  /** In English, for the command line. */
  readonly reason: string;
  /** The same, as a code and its values, for the app to say in the reader's language. */
  readonly code: ProblemCode;
  readonly params?: ProblemParams;
}

export interface ImportOptions {
  readonly babyId: string;
  /** The household's time zone: exports write local wall-clock times. */
  readonly timeZone: string;
}

export interface ImportResult {
  readonly records: ImportedRecord[];
  readonly problems: ImportProblem[];
}
