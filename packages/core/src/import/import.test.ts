/**
 * The importers on small fixtures written for these tests, with the quirks real exports have:
 * M/D/YY and D/M/YY dates, lowercase am/pm, `22:50 PM`, `01h08m` and `43m28s`, trailing commas,
 * quoted and unquoted headers, headers that differ in case, notes with commas and line breaks,
 * sleeps across midnight, duplicate rows. No row disappears without a problem saying why.
 */
import { describe, expect, it } from "vitest";
import { parseDuration, parseVolumeMl } from "./cell-values.ts";
import { contentId } from "./ids.ts";
import { importFiles, importSummary } from "./import-files.ts";
import { detectOrder, parseLocalDateTime } from "./time.ts";

const baby = "0190a1b2-0000-7000-8000-0000000000bb";
const now = Date.parse("2026-11-28T12:00:00Z");
const options = { babyId: baby, timeZone: "Europe/Madrid" };

describe("reading times and durations", () => {
  it("reads day-first and month-first dates, lowercase am/pm and a stray PM on a 24-hour time", () => {
    expect(detectOrder(["13/9/23 3:38 am", "3/9/23 6:03 pm"], "mdy")).toBe("dmy");
    expect(detectOrder(["12/13/20 7:20 AM"], "dmy")).toBe("mdy");
    expect(detectOrder(["3/9/23 6:03 pm"], "dmy")).toBe("dmy");
    expect(parseLocalDateTime("13/9/23 3:38 am", "dmy", "UTC")).toEqual({
      ok: true,
      iso: "2023-09-13T03:38:00.000Z",
    });
    expect(parseLocalDateTime("12/12/20 7:47 PM", "mdy", "UTC")).toEqual({
      ok: true,
      iso: "2020-12-12T19:47:00.000Z",
    });
    expect(parseLocalDateTime("12/12/20 12:05 am", "mdy", "UTC")).toEqual({
      ok: true,
      iso: "2020-12-12T00:05:00.000Z",
    });
    expect(parseLocalDateTime("5/21/2020 22:50 PM", "mdy", "UTC")).toEqual({
      ok: true,
      iso: "2020-05-21T22:50:00.000Z",
    });
    expect(parseLocalDateTime("2025-03-13 19:32", "ymd", "UTC")).toEqual({
      ok: true,
      iso: "2025-03-13T19:32:00.000Z",
    });
    expect(parseLocalDateTime("31/2/23 1:00 am", "dmy", "UTC").ok).toBe(false);
  });

  it("reads wall-clock times in the household's zone across a daylight-saving change", () => {
    expect(parseLocalDateTime("2026-03-28 23:30", "ymd", "Europe/Madrid")).toEqual({
      ok: true,
      iso: "2026-03-28T22:30:00.000Z",
    });
    expect(parseLocalDateTime("2026-03-29 23:30", "ymd", "Europe/Madrid")).toEqual({
      ok: true,
      iso: "2026-03-29T21:30:00.000Z",
    });
  });

  it("reads durations and amounts as exports write them", () => {
    expect(parseDuration("01h08m")).toBe(68 * 60);
    expect(parseDuration("43m28s")).toBe(43 * 60 + 28);
    expect(parseDuration("11:24")).toBe(11 * 3600 + 24 * 60);
    expect(parseDuration("19")).toBe(19 * 60);
    expect(parseVolumeMl("140ml")).toBe(140);
    expect(parseVolumeMl("4oz")).toBe(118.3);
    expect(parseVolumeMl("8.2", "oz")).toBe(242.5);
  });

  it("makes the same id from the same content", () => {
    expect(contentId(["a", 1])).toBe(contentId(["a", 1]));
    expect(contentId(["a", 1])).not.toBe(contentId(["a", 2]));
    expect(contentId(["a"])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

const huckleberry = `"Type","Start","End","Duration","Start Condition","Start Location","End Condition","Notes"
"Sleep","2025-03-13 19:32","2025-03-14 06:57","11:24",,,,
"Feed","2025-02-20 05:08",,,"Formula","Bottle","140ml",
"Feed","2024-07-16 03:51","2024-07-16 04:05","00:14","00:07R","Breast","00:06L","sleepy, then wide awake"
"Diaper","2024-06-05 00:27",,,"yellow",,"Both, pee:large poo:small","a note
over two lines"
"Growth","2025-08-09 15:28",,,"11.8kg","2.67ft.in",,
"Tummy time","2024-05-31 16:02","2024-05-31 16:04","00:02",,,,
"Sleep","2025-03-13 19:32","2025-03-14 06:57","11:24",,,,
"Sleep","not a date",,,,,,
`;

describe("Huckleberry", () => {
  it("reads each kind, keeps what it can of a row, and says why for the rest", () => {
    const result = importFiles("huckleberry", [{ name: "events.csv", text: huckleberry }], options, now);
    const summary = importSummary(result);
    expect(summary.records).toEqual({ sleep: 1, feed: 2, diaper: 1, growth: 1, play: 1 });
    const breast = result.records.find((r) => r.fields.method === "breast")!;
    expect(breast.fields).toMatchObject({
      leftSeconds: 360,
      rightSeconds: 420,
      note: "sleepy, then wide awake",
    });
    expect(result.records.find((r) => r.kind === "diaper")!.fields).toMatchObject({
      contents: "both",
      colour: "yellow",
      note: "a note\nover two lines",
    });
    expect(result.records.find((r) => r.kind === "sleep")!.fields).toMatchObject({
      start: "2025-03-13T18:32:00.000Z",
      end: "2025-03-14T05:57:00.000Z",
    });
    // Feet and inches as Huckleberry writes them: 2 ft 6.7 in.
    expect(result.records.find((r) => r.kind === "growth")!.fields).toMatchObject({
      weightKg: 11.8,
      lengthCm: 78,
    });
    expect(result.problems.map((p) => `${p.row}: ${p.reason.slice(0, 40)}`)).toEqual([
      "8: the same entry as events.csv row 2; kept",
      '9: "not a date" is not a date and time',
    ]);
  });

  it("gives the same records when the file is imported again", () => {
    const once = importFiles("huckleberry", [{ name: "events.csv", text: huckleberry }], options, now);
    const twice = importFiles("huckleberry", [{ name: "events.csv", text: huckleberry }], options, now);
    expect(twice.records.map((r) => r.id)).toEqual(once.records.map((r) => r.id));
  });
});

describe("Baby Tracker (Nighp)", () => {
  const nursing = `Baby,Time,Start side,Left duration (min),Right duration (min),Total (min),Note
"Ember","13/9/23 5:38 pm","Right",,"19","19","ns"
"Ember","3/9/23 6:05 pm","Left","11","4","15","",
`;
  const nursingOtherCase = `Baby,Time,Start side,Left duration (min),Right Duration (min),Total (min),Note
"Ember","14/9/23 5:38 am","Right",,"12","12",""
`;
  const diaper = `Baby,Time,Status,Note
"Ember","3/9/23 6:03 pm","Mixed",""
"Ember","13/9/23 8:23 pm","Wet",""
"Ember","13/9/23 8:24 pm","Sparkly",""
`;
  const sleep = `Baby,Time,Duration (min),Note
"Ember","13/9/23 11:38 pm","112",""
`;
  const pump = `Time,Start side,Left duration (min),Right Duration (min),Total duration (min),Left Amount (ml),Right Amount (ml),Total amount (ml),Note
"9/8/23 2:01 PM","","7",,"7",,,,""
`;
  it("reads day-first dates, either header spelling, trailing commas, sleeps across midnight", () => {
    const files = [
      { name: "Ember_nursing.csv", text: nursing },
      { name: "Ember2_nursing.csv", text: nursingOtherCase },
      { name: "Ember_diaper.csv", text: diaper },
      { name: "Ember_sleep.csv", text: sleep },
      { name: "Ember_pump.csv", text: pump },
    ];
    const result = importFiles("nighp", files, { ...options, timeZone: "UTC" }, now);
    expect(importSummary(result).records).toEqual({ feed: 3, diaper: 3, sleep: 1, pump: 1 });
    const feeds = result.records.filter((r) => r.kind === "feed").map((r) => r.fields);
    expect(feeds[0]).toMatchObject({
      start: "2023-09-13T17:38:00.000Z",
      rightSeconds: 1140,
      end: "2023-09-13T17:57:00.000Z",
    });
    expect(feeds[1]).toMatchObject({ leftSeconds: 660, rightSeconds: 240, side: "both" });
    expect(feeds[2]).toMatchObject({ rightSeconds: 720 });
    expect(result.records.find((r) => r.kind === "sleep")!.fields).toMatchObject({
      start: "2023-09-13T23:38:00.000Z",
      end: "2023-09-14T01:30:00.000Z",
    });
    // A status it does not know is said, and the diaper is kept without it.
    expect(result.problems.map((p) => `${p.file}:${p.row}:${p.code}`)).toEqual([
      "Ember_diaper.csv:4:valueNotUnderstood",
    ]);
    expect(result.records.find((r) => r.row === 4 && r.kind === "diaper")!.fields.contents).toBeUndefined();
    expect(result.records.find((r) => r.kind === "pump")!.fields).toMatchObject({
      start: "2023-08-09T14:01:00.000Z",
      end: "2023-08-09T14:08:00.000Z",
      side: "left",
    });
  });
});

describe("Baby Connect", () => {
  const text = `Date and Time,End Time,Duration (min),Activity,Quantity,Extra data,Text,Notes,Caregiver
12/12/20 7:47 PM,12/13/20 7:20 AM,693,Sleep,,,Eva slept in her crib (11h33m),,A
12/12/20 7:05 PM,12/12/20 7:36 PM,30,Bottle,8.2,Formula,Eva drank 8.2 oz of formula (30m),,U
5/7/20 3:42 AM,5/7/20 3:59 AM,17,Nursing,,,"Eva nursed (10m left, 7m right)","fussy, then fine",A
9/25/20 7:58 AM,,,Weight,20,lbs,Eva's weight: 20 lbs,,A
10/1/20 1:31 PM,,,Doctor Visit,,,Eva saw the doctor,,A
`;
  it("reads amounts and sides from the text, month-first dates, a sleep across midnight", () => {
    const result = importFiles(
      "baby-connect",
      [{ name: "eva.csv", text }],
      { ...options, timeZone: "UTC" },
      now,
    );
    expect(importSummary(result).records).toEqual({ sleep: 1, feed: 2, growth: 1, note: 1 });
    const [sleep, bottle, nursing, weight, visit] = result.records;
    expect(sleep!.fields).toMatchObject({
      start: "2020-12-12T19:47:00.000Z",
      end: "2020-12-13T07:20:00.000Z",
    });
    expect(bottle!.fields).toMatchObject({ volumeMl: 242.5, milk: "formula" });
    expect(nursing!.fields).toMatchObject({ leftSeconds: 600, rightSeconds: 420, note: "fussy, then fine" });
    expect(weight!.fields.weightKg).toBeCloseTo(9.072, 3);
    // A doctor's visit has no kind of its own: it is kept as a note in the parent's words, and said.
    expect(visit!.fields).toMatchObject({ text: "Doctor Visit — Eva saw the doctor" });
    expect(result.problems).toEqual([
      {
        file: "eva.csv",
        row: 6,
        reason: 'Attune has no kind of entry for "Doctor Visit"; the row was kept as a note',
        code: "keptAsNote",
        params: { value: "Doctor Visit" },
      },
    ]);
  });
});

describe("Glow", () => {
  it("tells its files apart by their columns", () => {
    const files = [
      { name: "x_sleep.csv", text: "Begin time,End time\n05/21/2020 8:44:00 PM,05/22/2020 8:00:00 AM\n" },
      {
        name: "x_diaper.csv",
        text: "Diaper time,In the diaper,Color,Texture\n05/21/2020 12:34:50 PM,pee and poo,yellow,Solid\n05/21/2020 8:05:19 AM,pee,,\n05/21/2020 9:05:19 AM,,,\n",
      },
      {
        name: "x_feed_bottle.csv",
        text: "Time of feeding,Milk type,Amount(ml),Amount(oz)\n01/24/2020 12:50:18 PM,Breast milk,80.0,2.7051\n",
      },
      {
        name: "x_feed_solid.csv",
        text: "Time of feeding,Ingredients,Amount,Unit type,Baby's reaction\n01/27/2020 7:30:14 PM,Oatmeal,115,g,Like it!\n",
      },
      {
        name: "x_growth.csv",
        text: "Date,Weight(kg),Weight(lb),Height(cm),Height(in),Head Circ.(cm),Head Circ.(in)\n2020/01/21,10.0,22.046,80.01,31.4999,46.0,18.1102\n",
      },
    ];
    const result = importFiles("glow", files, { ...options, timeZone: "UTC" }, now);
    expect(importSummary(result).records).toEqual({ sleep: 1, diaper: 3, feed: 2, growth: 1 });
    expect(result.records.find((r) => r.kind === "growth")!.fields).toMatchObject({
      weightKg: 10,
      lengthCm: 80.01,
      headCm: 46,
    });
    expect(result.records.find((r) => r.fields.method === "solids")!.fields).toMatchObject({
      food: "Oatmeal",
      amount: "115 g",
    });
    // A diaper whose contents were left empty is still a diaper changed: kept, not refused.
    expect(result.problems).toEqual([]);
    expect(result.records.filter((r) => r.kind === "diaper" && r.fields.contents === undefined)).toHaveLength(
      1,
    );
  });
});

describe("Hatch", () => {
  it("reads the sectioned text export with the right row numbers", () => {
    const text = [
      "=== BEGIN Feedings ===",
      "Baby Name,Start Time,End Time,Activity,Amount,Percentile,Duration,Info,Notes",
      "Leo,05/21/2020 22:50 PM,05/21/2020 23:05 PM,Bottle Feeding,120 ml,,15,,",
      "Leo,05/22/2020 3:10 AM,05/22/2020 3:30 AM,Breastfeeding,,,20,,",
      "=== END Feedings ===",
      "=== BEGIN Diapers ===",
      "Baby Name,Start Time,End Time,Activity,Amount,Percentile,Duration,Info,Notes",
      "Leo,05/22/2020 4:00 AM,,Wet,,,,,",
      "Leo,05/22/2020 sometime,,Dirty,,,,,",
      "=== END Diapers ===",
      "=== BEGIN Weights ===",
      "Baby Name,Start Time,End Time,Activity,Amount,Percentile,Duration,Info,Notes",
      "Leo,05/22/2020 9:00 AM,,Weight,4.2 kg,50,,,",
      "=== END Weights ===",
    ].join("\n");
    const result = importFiles("hatch", [{ name: "hatch.txt", text }], { ...options, timeZone: "UTC" }, now);
    expect(importSummary(result).records).toEqual({ feed: 2, diaper: 1, growth: 1 });
    expect(result.records[0]!.fields).toMatchObject({
      method: "bottle",
      volumeMl: 120,
      start: "2020-05-21T22:50:00.000Z",
    });
    expect(result.problems.map((p) => p.row)).toEqual([9]);
  });
});

describe("Baby Buddy", () => {
  it("reads feedings, sleeps and diaper changes by their columns", () => {
    const prefix = "id,child_id,child_first_name,child_last_name,";
    const files = [
      {
        name: "feeding.csv",
        text: `${prefix}start,end,type,method,amount,notes,tags\n1,1,Ada,B,2026-11-01 08:00:00,2026-11-01 08:20:00,formula,bottle,90,,\n2,1,Ada,B,2026-11-01 11:00:00,2026-11-01 11:15:00,breast milk,left breast,,"ok, good",\n`,
      },
      {
        name: "sleep.csv",
        text: `${prefix}start,end,nap,notes,tags\n1,1,Ada,B,2026-11-01 23:00:00,2026-11-02 03:00:00,0,,\n`,
      },
      {
        name: "diaperchange.csv",
        text: `${prefix}time,wet,solid,color,amount,notes,tags\n1,1,Ada,B,2026-11-01 09:00:00,1,1,yellow,,,\n2,1,Ada,B,2026-11-01 10:00:00,1,0,,,,\n`,
      },
    ];
    const result = importFiles("babybuddy", files, { ...options, timeZone: "UTC" }, now);
    expect(importSummary(result).records).toEqual({ feed: 2, sleep: 1, diaper: 2 });
    expect(result.records[0]!.fields).toMatchObject({ method: "bottle", volumeMl: 90, milk: "formula" });
    expect(result.records[1]!.fields).toMatchObject({ method: "breast", side: "left", note: "ok, good" });
    expect(result.records.filter((r) => r.kind === "diaper").map((r) => r.fields.contents)).toEqual([
      "both",
      "wet",
    ]);
    expect(result.problems).toEqual([]);
  });
});
