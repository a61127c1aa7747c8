import { describe, expect, it } from "vitest";
import { columnValues, csvPreview, importMappedFiles, importSummary } from "../import-files.ts";
import type { ColumnMapping } from "./mapped.ts";

const baby = "0190a1b2-0000-7000-8000-0000000000bb";
const options = { babyId: baby, timeZone: "Europe/Madrid" };
const now = Date.parse("2026-11-28T12:00:00Z");

// Day-first dates with the time in its own column, a type column, durations written three ways,
// ounces, pounds, a note with a comma and a line break, a duplicate row, a bad date, an unknown type.
const csv = [
  "Date,Time,Type,Length,Amount,Side,Diaper,Weight,Notes",
  "13/03/2026,07:10,Bottle,,4 oz,,,,",
  '13/03/2026,09:00,Nap,1h20m,,,,,"slept in the pram, outside\nthen woke happy"',
  "13/03/2026,11:30,Breastfeed,25,,L+R,,,",
  "13/03/2026,12:00,Nappy,,,,Wet and poo,,",
  "13/03/2026,12:00,Nappy,,,,Wet and poo,,",
  "14/03/2026,10:00,Weigh-in,,,,,11.2,",
  "31/02/2026,10:00,Nap,00:45,,,,,",
  "14/03/2026,13:00,Bath,,,,,,",
  "14/03/2026,14:00,Nappy,,,,,,",
].join("\n");

const mapping: ColumnMapping = {
  kind: {
    column: "Type",
    values: { Bottle: "feed", Breastfeed: "feed", Nap: "sleep", Nappy: "diaper", "Weigh-in": "growth" },
  },
  start: "Date",
  time: "Time",
  duration: "Length",
  dateOrder: "auto",
  amount: "Amount",
  amountUnit: "ml",
  side: "Side",
  contents: "Diaper",
  weight: "Weight",
  weightUnit: "lb",
  note: "Notes",
};

describe("an import with columns mapped by hand", () => {
  it("reads each kind, reports every row it cannot read, and keeps a duplicate once", () => {
    const result = importMappedFiles([{ name: "other.csv", text: csv }], mapping, options, now);
    const summary = importSummary(result);
    expect(summary.records).toEqual({ feed: 2, sleep: 1, diaper: 2, growth: 1 });
    const [bottle, nap, breast, diaper, growth] = result.records;
    expect(bottle!.fields).toMatchObject({
      method: "bottle",
      volumeMl: 118.3,
      start: "2026-03-13T06:10:00.000Z",
    });
    expect(nap!.fields).toMatchObject({
      start: "2026-03-13T08:00:00.000Z",
      end: "2026-03-13T09:20:00.000Z",
      note: "slept in the pram, outside\nthen woke happy",
    });
    expect(breast!.fields).toMatchObject({ method: "breast", side: "both", end: "2026-03-13T10:55:00.000Z" });
    expect(diaper!.fields).toMatchObject({ contents: "both" });
    expect(growth!.fields).toMatchObject({ weightKg: 5.08 });
    expect(result.problems.map((p) => [p.row, p.reason])).toEqual([
      [6, "the same entry as other.csv row 5; kept once"],
      [8, expect.stringContaining("not a real date")],
      [9, '"Bath" in Type is not mapped to a kind of entry'],
    ]);
    // A diaper whose contents were not noted is kept as a diaper changed.
    expect(result.records.at(-1)!.fields).toMatchObject({ time: "2026-03-14T13:00:00.000Z" });
    expect(result.records.at(-1)!.fields.contents).toBeUndefined();
  });

  it("gives the same ids the second time, so importing again adds nothing", () => {
    const a = importMappedFiles([{ name: "other.csv", text: csv }], mapping, options, now);
    const b = importMappedFiles([{ name: "other.csv", text: csv }], mapping, options, now);
    expect(b.records.map((r) => r.id)).toEqual(a.records.map((r) => r.id));
  });

  it("says which mapped column the file lacks, and writes nothing from it", () => {
    const result = importMappedFiles(
      [{ name: "other.csv", text: csv }],
      { ...mapping, kind: { fixed: "sleep" }, start: "Started" },
      options,
      now,
    );
    expect(result.records).toEqual([]);
    expect(result.problems).toEqual([
      {
        file: "other.csv",
        row: 1,
        reason: 'the file has no column "Started"',
        code: "missingColumns",
        params: { columns: '"Started"' },
      },
    ]);
  });

  it("shows the headers, the first rows and a column's values for the mapping form", () => {
    const preview = csvPreview(csv, 2);
    expect(preview.headers).toEqual([
      "date",
      "time",
      "type",
      "length",
      "amount",
      "side",
      "diaper",
      "weight",
      "notes",
    ]);
    expect(preview.rows[0]).toMatchObject({ date: "13/03/2026", type: "Bottle" });
    expect(columnValues(csv, "Type")).toEqual(["Bottle", "Nap", "Breastfeed", "Nappy", "Weigh-in", "Bath"]);
  });
});
