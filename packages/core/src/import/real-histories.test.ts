/**
 * What real histories bring, on fixtures written for these tests with the quirks seen in the wild:
 * rows with a start and no end (every Huckleberry bottle), a Baby Tracker version that renamed its
 * columns and wrote `1/14/26, 12:56`, zero-minute sleeps, Hatch's sectioned text export, medicine,
 * pumping, baths and temperatures, diaper words in Spanish, Napper-style bed time / night waking /
 * woke up rows. No imported feed or sleep is ever left running, and nothing is dropped in silence.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordIssues } from "../journal/rules.ts";
import { detectFormat, importFiles, importSummary } from "./import-files.ts";

const baby = "0190a1b2-0000-7000-8000-0000000000bb";
const now = Date.parse("2026-11-28T12:00:00Z");
const utc = { babyId: baby, timeZone: "UTC" };
const running = (records: { kind: string; fields: Record<string, unknown> }[]) =>
  records.filter((r) => typeof r.fields.start === "string" && r.fields.end === undefined);

describe("Huckleberry, as families export it", () => {
  const text = `"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes"
"Feed","2026-11-20 09:05",,,"Formula","Bottle","120ml",
"Feed","2026-11-20 12:00",,"00:15","Breast milk","Bottle","90ml",
"Meds","2026-11-20 18:41",,,"1.5ml","Tylenol",,
"Pump","2026-11-21 03:00",,,"100ml",,"120ml",
"Bath","2026-11-21 18:00",,,,,,
"Diaper","2026-11-21 08:01",,,,,,
"Diaper","2026-11-21 09:01",,,,,"Pis",
"Diaper","2026-11-21 10:01",,,,,"Sparkly",
"Bed time","2026-11-21 19:30",,,,,,
"Night waking","2026-11-22 02:10","2026-11-22 02:40","00:30",,,,
"Woke up","2026-11-22 06:45",,,,,,
`;
  const result = importFiles("huckleberry", [{ name: "events.csv", text }], utc, now);

  it("keeps a bottle with no end as one given then, or lasting its Duration: never a timer", () => {
    const bottles = result.records.filter((r) => r.fields.method === "bottle").map((r) => r.fields);
    expect(bottles).toEqual([
      expect.objectContaining({
        start: "2026-11-20T09:05:00.000Z",
        end: "2026-11-20T09:05:00.000Z",
        volumeMl: 120,
      }),
      expect.objectContaining({ start: "2026-11-20T12:00:00.000Z", end: "2026-11-20T12:15:00.000Z" }),
    ]);
    expect(running(result.records)).toEqual([]);
  });

  it("brings medicine, pumping and baths as kinds of their own, and every diaper", () => {
    expect(importSummary(result).records).toMatchObject({ medicine: 1, pump: 1, bath: 1, diaper: 3 });
    expect(result.records.find((r) => r.kind === "medicine")!.fields).toMatchObject({
      name: "Tylenol",
      dose: 1.5,
      doseUnit: "ml",
    });
    expect(result.records.find((r) => r.kind === "pump")!.fields).toMatchObject({
      leftMl: 100,
      rightMl: 120,
      volumeMl: 220,
      side: "both",
    });
    const diapers = result.records.filter((r) => r.kind === "diaper").map((r) => r.fields.contents);
    expect(diapers).toEqual([undefined, "wet", undefined]);
    expect(result.problems.map((p) => `${p.row}:${p.code}`)).toContain("9:valueNotUnderstood");
  });

  it("turns bed time, a night waking and the morning into the night's two sleeps", () => {
    const sleeps = result.records
      .filter((r) => r.kind === "sleep")
      .map((r) => [r.fields.start, r.fields.end]);
    expect(sleeps).toEqual([
      ["2026-11-21T19:30:00.000Z", "2026-11-22T02:10:00.000Z"],
      ["2026-11-22T02:40:00.000Z", "2026-11-22T06:45:00.000Z"],
    ]);
  });
});

describe("an export made in Spanish", () => {
  it("reads Huckleberry's and Baby Connect's kinds of entry in Spanish", () => {
    const huck = `"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes"
"Sueño","2026-11-20 13:00","2026-11-20 14:10","01:10",,,,
"Alimentación","2026-11-20 15:00",,,"Fórmula","Biberón","120ml",
"Pañal","2026-11-20 15:30",,,,,"Caca",
`;
    const a = importFiles("huckleberry", [{ name: "events.csv", text: huck }], utc, now);
    expect(a.problems).toEqual([]);
    expect(importSummary(a).records).toEqual({ sleep: 1, feed: 1, diaper: 1 });
    expect(a.records.find((r) => r.kind === "feed")!.fields).toMatchObject({
      method: "bottle",
      milk: "formula",
    });
    expect(a.records.find((r) => r.kind === "diaper")!.fields.contents).toBe("dirty");
    const bc = `Date and Time,End Time,Duration (min),Activity,Quantity,Extra data,Text,Notes,Caregiver
12/12/20 7:47 PM,12/13/20 7:20 AM,693,Sueño,,,Eva durmió,,A
12/12/20 7:05 PM,12/12/20 7:36 PM,30,Biberón,8.2,Formula,Eva bebió 8.2 oz,,U
`;
    const b = importFiles("baby-connect", [{ name: "eva.csv", text: bc }], utc, now);
    expect(b.problems).toEqual([]);
    expect(importSummary(b).records).toEqual({ sleep: 1, feed: 1 });
  });
});

describe("Baby Tracker, in its newer export", () => {
  const sleep = `Baby,Time,Duration(minutes),Note
Baby,"1/14/26, 12:56",0
Baby,"1/13/26, 19:54",660
Baby,"1/13/26, 12:09",101,
`;
  const pump = `Time,Start Side,Left duration (min),Right duration (min),Total Duration (min),Left amount (oz.),Right amount (oz.),Total amount (oz.),Note
"6/20/25, 11:03",,12,12,24,1,1,2
"4/22/25, 15:12",Left,7,,7,0.5,,0.5
`;
  const diaper = `Baby,Time,Status,Note
Baby,"1/13/26, 15:58",Variado,
Baby,"1/10/26, 15:00",Sucio,
`;
  const files = [
    { name: "sleep.csv", text: sleep },
    { name: "pump.csv", text: pump },
    { name: "diaper.csv", text: diaper },
  ];
  const result = importFiles("nighp", files, utc, now);

  it("reads the renamed duration column, 24-hour times after a comma, and a sleep of no minutes", () => {
    expect(result.problems).toEqual([]);
    const sleeps = result.records.filter((r) => r.kind === "sleep").map((r) => r.fields);
    expect(sleeps).toEqual([
      expect.objectContaining({ start: "2026-01-14T12:56:00.000Z", end: "2026-01-14T12:56:00.000Z" }),
      expect.objectContaining({ start: "2026-01-13T19:54:00.000Z", end: "2026-01-14T06:54:00.000Z" }),
      expect.objectContaining({ start: "2026-01-13T12:09:00.000Z", end: "2026-01-13T13:50:00.000Z" }),
    ]);
  });

  it("reads pumping in ounces and Spanish diaper words", () => {
    expect(result.records.find((r) => r.kind === "pump")!.fields).toMatchObject({
      volumeMl: 59.1,
      side: "both",
      end: "2025-06-20T11:27:00.000Z",
    });
    expect(result.records.filter((r) => r.kind === "diaper").map((r) => r.fields.contents)).toEqual([
      "both",
      "dirty",
    ]);
  });
});

describe("Hatch's sectioned text export", () => {
  const text = `Hatch Baby export for Maya
=== BEGIN Feedings ===
Baby Name,Start Time,End Time,Activity,Amount,Percentile,Duration,Info,Notes
Maya,08/09/2020 9:30 AM,,Bottle Feeding,0.30oz,,,Formula,
Maya,08/09/2020 11:30 AM,,Breastfeeding,,,20,Left,"sleepy, then fine"
=== END Feedings ===

=== BEGIN Diapers ===
Baby Name,Start Time,End Time,Activity,Amount,Percentile,Duration,Info,Notes
Maya,08/09/2020 10:00 AM,,Wet,,,,,
Maya,08/09/2020 1:00 PM,,Dirty,,,,Yellow,
=== END Diapers ===
=== BEGIN Sleeps ===
Baby Name,Start Time,End Time,Activity,Amount,Percentile,Duration,Info,Notes
Maya,08/09/2020 1:30 PM,08/09/2020 3:00 PM,Nap,,,,,
=== END Sleeps ===
=== BEGIN Weights ===
Baby Name,Start Time,End Time,Activity,Amount,Percentile,Duration,Info,Notes
Maya,08/10/2020 10:00 AM,,Weight,8 lb 4 oz,40,,,
=== END Weights ===
=== BEGIN Lengths ===
Baby Name,Start Time,End Time,Activity,Amount,Percentile,Duration,Info,Notes
Maya,08/10/2020 10:00 AM,,Length,21.5 in,55,,,
=== END Lengths ===
`;
  it("is told apart by its sections, and every section is read", () => {
    expect(detectFormat([{ name: "hatch.txt", text }])).toBe("hatch");
    const result = importFiles("hatch", [{ name: "hatch.txt", text }], utc, now);
    expect(result.problems).toEqual([]);
    expect(importSummary(result).records).toEqual({ feed: 2, diaper: 2, sleep: 1, growth: 2 });
    const [bottle, breast] = result.records.filter((r) => r.kind === "feed").map((r) => r.fields);
    expect(bottle).toMatchObject({
      method: "bottle",
      volumeMl: 8.9,
      milk: "formula",
      end: "2020-08-09T09:30:00.000Z",
    });
    expect(breast).toMatchObject({ method: "breast", side: "left", end: "2020-08-09T11:50:00.000Z" });
    const growth = result.records.filter((r) => r.kind === "growth").map((r) => r.fields);
    expect(growth).toEqual([
      expect.objectContaining({ weightKg: 3.742 }),
      expect.objectContaining({ lengthCm: 54.6 }),
    ]);
  });
});

describe("telling the app from the files", () => {
  it("knows each app's header", () => {
    const header = (text: string, name = "x.csv") => detectFormat([{ name, text }]);
    expect(
      header('"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes"\n'),
    ).toBe("huckleberry");
    expect(header("Date and Time,End Time,Duration (min),Activity,Quantity\n")).toBe("baby-connect");
    expect(header("Baby,Time,Duration(minutes),Note\n", "sleep.csv")).toBe("nighp");
    expect(header("Begin time,End time\n")).toBe("glow");
    expect(header("id,child_id,child_first_name,child_last_name,start,end\n")).toBe("babybuddy");
    expect(header("When,What\n")).toBeUndefined();
  });
});

describe("any history", () => {
  const kinds = ["Feed", "Sleep", "Diaper", "Pump", "Tummy time", "Meds", "Bath"] as const;
  const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace("T", " ");
  const row = fc
    .record({
      type: fc.constantFrom(...kinds),
      at: fc.integer({ min: Date.parse("2025-01-01T00:00:00Z"), max: Date.parse("2026-11-27T00:00:00Z") }),
      minutes: fc.option(fc.integer({ min: 0, max: 20 * 60 }), { nil: undefined }),
      withEnd: fc.boolean(),
      location: fc.constantFrom("Bottle", "Breast", "Solids", ""),
      amount: fc.constantFrom("120ml", "", "4oz", "x"),
    })
    .map((r) => {
      const end = r.withEnd && r.minutes !== undefined ? stamp(r.at + r.minutes * 60_000) : "";
      const duration =
        r.minutes === undefined
          ? ""
          : `${String(Math.floor(r.minutes / 60)).padStart(2, "0")}:${String(r.minutes % 60).padStart(2, "0")}`;
      return `"${r.type}","${stamp(r.at)}","${end}","${duration}","${r.amount}","${r.location}","${r.amount}",`;
    });

  it("in any order, with missing ends, zero durations, duplicates and overlaps, leaves nothing running and breaks no rule", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const text = `"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes"\n${[...rows, ...rows.slice(0, 3)].join("\n")}\n`;
        const result = importFiles("huckleberry", [{ name: "events.csv", text }], utc, now);
        expect(running(result.records)).toEqual([]);
        for (const r of result.records) expect(recordIssues(r.kind, r.fields, now)).toEqual([]);
        // Every row is either a record or a problem said: none disappears.
        const said = new Set(result.problems.map((p) => p.row));
        const kept = new Set(result.records.map((r) => r.row));
        const total = rows.length + Math.min(3, rows.length);
        for (let i = 2; i <= total + 1; i++) expect(said.has(i) || kept.has(i)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
