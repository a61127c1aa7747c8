/**
 * The family's entries as spreadsheets: one CSV file per kind of entry (feeds.csv, sleeps.csv …),
 * in a zip. Times are written in the baby's time zone with their offset
 * (`2026-11-03T08:20:00-05:00`), so a spreadsheet shows the clock time the family saw and the
 * instant is still exact; quantities are in the unit the column's name says (`volume_ml`,
 * `weight_kg`, `temperature_c`, `left_seconds`); choices are written as Attune stores them (`wet`,
 * `bottle`). The columns are listed in docs/exports.md. Only entries shared with the household go
 * in: nothing private.
 */
import { strToU8, zipSync } from "fflate";
import { DateTime } from "luxon";
import Papa from "papaparse";
import { kinds, type LoggedKind, loggedKinds } from "../kinds/index.ts";
import type { Entry } from "../projections/entries.ts";

export interface CsvBaby {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
}

export interface CsvFile {
  readonly name: string;
  readonly text: string;
}

/** Fields a running timer or an edit keeps for itself, not for a spreadsheet. */
const internal = new Set(["babyId", "runningSide", "sideStart", "lastSide", "tries"]);
const timeFields = new Set(["start", "end", "time"]);

/** `volumeMl` → `volume_ml`: the column names say their unit. */
export const columnName = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export const csvFileName = (kind: LoggedKind): string => `${kind}.csv`;

const cellOf = (value: unknown): string => {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(cellOf).join("; ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
};

/** A moment's tries, in one cell: "rock: settled; feed: no_change". */
const triesOf = (e: Entry): string =>
  Object.entries(e.values)
    .filter(([k]) => k.startsWith("try:"))
    .map(([, v]) => v as { at?: string; response?: string; outcome?: string } | undefined)
    .filter((v): v is { at?: string; response?: string; outcome?: string } => !!v)
    .sort((a, b) => String(a.at).localeCompare(String(b.at)))
    .map((v) => [v.response, v.outcome].filter(Boolean).join(": "))
    .join("; ");

/** One CSV per logged kind that has entries, oldest first. */
export const csvExportFiles = (entries: readonly Entry[], babies: readonly CsvBaby[]): CsvFile[] => {
  const babyOf = new Map(babies.map((b) => [b.id, b]));
  const files: CsvFile[] = [];
  for (const kind of loggedKinds) {
    const rows = entries
      .filter((e) => e.kind === kind && !e.deleted && e.scope === "household")
      .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    if (!rows.length) continue;
    const definition = kinds[kind] as { time: string; form?: readonly { name: string }[] };
    // The form's order first (what a person fills in), then any other field the entries hold.
    const fields: string[] = [];
    const add = (f: string) => {
      if (!fields.includes(f) && !internal.has(f) && !f.startsWith("try:")) fields.push(f);
    };
    add(definition.time);
    if (definition.time === "start") add("end");
    for (const f of definition.form ?? []) add(f.name);
    for (const e of rows) for (const f of Object.keys(e.values).sort()) add(f);
    const withTries = kind === "moment";
    const header = ["id", "baby", ...fields.map(columnName), ...(withTries ? ["tries"] : [])];
    const data = rows.map((e) => {
      const values = e.values as Record<string, unknown>;
      const baby = babyOf.get(String(values.babyId ?? ""));
      const zone = baby?.timeZone ?? "UTC";
      return [
        e.id,
        baby?.name ?? "",
        ...fields.map((f) => {
          const v = values[f];
          return timeFields.has(f) && typeof v === "string"
            ? DateTime.fromISO(v, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ")
            : cellOf(v);
        }),
        ...(withTries ? [triesOf(e)] : []),
      ];
    });
    files.push({
      name: csvFileName(kind),
      text: Papa.unparse({ fields: header, data }, { newline: "\r\n" }),
    });
  }
  return files;
};

/** The files in one zip (deflated), as bytes to download or write. */
export const zipFiles = (files: readonly CsvFile[]): Uint8Array =>
  zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(`\uFEFF${f.text}`)])), { level: 6 });
