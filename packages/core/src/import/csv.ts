/**
 * CSV rows keyed by normalised header names, so that `"Right Duration (min)"` and
 * `Right duration (min)` are the same column. Parsing is papaparse's: quoted fields, commas and
 * line breaks inside notes, trailing commas.
 */
import Papa from "papaparse";

export interface CsvRow {
  /** The record's number in the file, the header being 1 (a note with line breaks is one record). */
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

export const normaliseHeader = (name: string): string =>
  name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");

export const parseCsv = (text: string): { headers: string[]; rows: CsvRow[] } => {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [head, ...body] = parsed.data;
  const headers = (head ?? []).map(normaliseHeader);
  const rows = body.map((cells, i) => ({
    row: i + 2,
    cells: Object.fromEntries(headers.map((h, j) => [h, (cells[j] ?? "").trim()]).filter(([h]) => h !== "")),
  }));
  return { headers, rows };
};

/** A header with everything but letters and digits taken out: "Duration(minutes)" → "durationminutes". */
export const squashHeader = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * The first non-empty cell whose column starts, squashed, with one of `prefixes` (in order), with
 * the column's name: apps rename columns between versions ("Duration (min)", "Duration(minutes)",
 * "Amount (oz.)").
 */
export const cellLike = (
  row: CsvRow,
  ...prefixes: string[]
): { readonly column: string; readonly value: string } | undefined => {
  for (const prefix of prefixes)
    for (const [column, value] of Object.entries(row.cells))
      if (value !== "" && squashHeader(column).startsWith(prefix)) return { column, value };
  return undefined;
};
