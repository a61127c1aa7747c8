import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { ColumnMapping } from "../import/formats/mapped.ts";
import { importMappedFiles } from "../import/import-files.ts";
import type { RecordKind } from "../kinds/index.ts";
import type { Entry } from "../projections/entries.ts";
import { csvExportFiles, zipFiles } from "./csv-export.ts";

const babyId = "0190a0a0-0000-7000-8000-000000000001";
const zone = "Europe/Madrid";
let n = 0;
const entry = (
  kind: RecordKind,
  values: Record<string, unknown>,
  scope: "household" | "private" = "household",
) =>
  ({
    id: `0190a0a0-0000-7000-8000-${String(++n).padStart(12, "0")}`,
    kind,
    scope,
    values: { babyId, ...values },
    at: String(values.start ?? values.time),
    deleted: false,
  }) as Entry;

// Around the autumn change in Madrid: 02:00–03:00 local happens twice on 2026-10-25.
const entries: Entry[] = [
  entry("feed", {
    method: "bottle",
    start: "2026-10-25T00:30:00.000Z",
    volumeMl: 120,
    note: 'Took it, "slowly", with a pause',
  }),
  entry("feed", {
    method: "breast",
    start: "2026-10-25T01:30:00.000Z",
    end: "2026-10-25T01:55:00.000Z",
    side: "left",
  }),
  entry("feed", {
    method: "breast",
    start: "2026-10-26T08:00:00.000Z",
    end: "2026-10-26T08:20:00.000Z",
    side: "both",
  }),
  entry("sleep", {
    start: "2026-10-24T20:15:00.000Z",
    end: "2026-10-25T04:40:00.000Z",
    note: "Línea 1\nlínea 2",
  }),
  entry("diaper", { time: "2026-10-25T02:10:00.000Z", contents: "both" }),
  entry("diaper", { time: "2026-10-25T09:00:00.000Z", contents: "wet" }),
  entry("growth", { time: "2026-10-27T10:00:00.000Z", weightKg: 4.215, lengthCm: 55.5, headCm: 38.1 }),
  entry("note", { time: "2026-10-27T11:00:00.000Z", text: "Primera sonrisa, ¡por fin!" }),
  entry("checkin", { time: "2026-10-27T11:00:00.000Z", note: "PRIVATE" }, "private"),
];

const babies = [{ id: babyId, name: "Maya", timeZone: zone }];

const read = (zip: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));

const base = { start: "start", dateOrder: "ymd" as const, note: "note" };
const mappings: Record<string, ColumnMapping> = {
  "feed.csv": {
    ...base,
    kind: { fixed: "feed" },
    end: "end",
    amount: "volume_ml",
    amountUnit: "ml",
    side: "side",
  },
  "sleep.csv": { ...base, kind: { fixed: "sleep" }, end: "end" },
  "diaper.csv": { ...base, start: "time", kind: { fixed: "diaper" }, contents: "contents" },
  "growth.csv": {
    ...base,
    start: "time",
    kind: { fixed: "growth" },
    weight: "weight_kg",
    weightUnit: "kg",
    length: "length_cm",
    lengthUnit: "cm",
    head: "head_cm",
  },
  "note.csv": { ...base, start: "time", kind: { fixed: "note" }, note: "text" },
};

/**
 * What an entry is, for comparing: its kind, times and values, without ids or the baby. An import
 * ends an instant (a bottle) at its start, which is the same entry as one with no end.
 */
const essence = (kind: string, v: Record<string, unknown>) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries({ kind, ...v })
        .filter(([k, x]) => x !== undefined && k !== "babyId" && !(k === "end" && x === v.start))
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  );

describe("the CSV export", () => {
  const files = read(zipFiles(csvExportFiles(entries, babies)));

  it("writes one file per kind, with local times and their offset, and nothing private", () => {
    expect(Object.keys(files).sort()).toEqual([
      "diaper.csv",
      "feed.csv",
      "growth.csv",
      "note.csv",
      "sleep.csv",
    ]);
    const feeds = files["feed.csv"]!.replace(/^\uFEFF/, "").split("\r\n");
    expect(feeds[0]).toBe(
      "id,baby,start,end,method,left_seconds,right_seconds,volume_ml,milk,food,amount,note,side",
    );
    // 00:30Z is 02:30 summer time; 01:30Z is 02:30 again, winter time: the offset tells them apart.
    expect(feeds[1]).toContain("2026-10-25T02:30:00+02:00");
    expect(feeds[2]).toContain("2026-10-25T02:30:00+01:00");
    expect(files["growth.csv"]).toContain("weight_kg");
    expect(Object.values(files).join("")).not.toContain("PRIVATE");
  });

  it("comes back as the same entries through the column mapper", () => {
    const before = entries
      .filter((e) => e.scope === "household")
      .map((e) => essence(e.kind, e.values as Record<string, unknown>))
      .sort();
    const after: string[] = [];
    for (const [name, text] of Object.entries(files)) {
      const result = importMappedFiles(
        [{ name, text }],
        mappings[name]!,
        { babyId, timeZone: zone },
        Date.parse("2026-11-30T00:00:00Z"),
      );
      expect(result.problems).toEqual([]);
      for (const r of result.records) after.push(essence(r.kind, r.fields));
    }
    expect(after.sort()).toEqual(before);
  });
});
