import { describe, expect, it } from "vitest";
import type { RecordKind } from "../kinds/index.ts";
import type { Entry } from "../projections/entries.ts";
import { buildReport, defaultReportSpan, spanDays } from "./report-data.ts";
import { type ReportWords, reportDocument } from "./report-document.ts";

const babyId = "0190a0a0-0000-7000-8000-000000000001";
const otherBaby = "0190a0a0-0000-7000-8000-000000000002";
const zone = "America/New_York";
const hour = 3600_000;
const minute = 60_000;

let n = 0;
const entry = (
  kind: RecordKind,
  values: Record<string, unknown>,
  scope: "household" | "private" = "household",
): Entry =>
  ({
    id: `id-${++n}`,
    kind,
    scope,
    values: { babyId, ...values },
    at: String(values.start ?? values.time),
    deleted: false,
  }) as Entry;

const iso = (ms: number) => new Date(ms).toISOString();

/** Three weeks of a small baby's days in New York: feeds every 3 h, sleeps, diapers, a fever. */
const history = (): Entry[] => {
  const out: Entry[] = [];
  const first = Date.parse("2026-11-01T05:00:00Z"); // local midnight, EDT
  for (let d = 0; d < 21; d++) {
    const day = first + d * 24 * hour + (d >= 1 ? hour : 0); // EST from 2026-11-01 on
    for (let f = 0; f < 8; f++) {
      const start = day + f * 3 * hour + 20 * minute;
      out.push(
        f % 2
          ? entry("feed", { method: "bottle", start: iso(start), volumeMl: 90 + d })
          : entry("feed", {
              method: "breast",
              start: iso(start),
              end: iso(start + 25 * minute),
              leftSeconds: 600,
              rightSeconds: 900,
            }),
      );
      out.push(entry("sleep", { start: iso(start + 40 * minute), end: iso(start + 40 * minute + 2 * hour) }));
      out.push(entry("diaper", { time: iso(start + 30 * minute), contents: f % 3 ? "wet" : "both" }));
    }
  }
  out.push(entry("health", { time: "2026-11-10T15:00:00.000Z", type: "temperature", temperatureC: 38.4 }));
  out.push(entry("health", { time: "2026-11-11T15:00:00.000Z", type: "symptom", symptom: "Dry cough" }));
  out.push(
    entry("medicine", { time: "2026-11-11T16:00:00.000Z", name: "Paracetamol", dose: 2.5, doseUnit: "ml" }),
  );
  out.push(entry("milestone", { time: "2026-11-12T16:00:00.000Z", title: "First smile" }));
  out.push(entry("growth", { time: "2026-11-02T16:00:00.000Z", weightKg: 4.1, lengthCm: 54, headCm: 37 }));
  out.push(entry("growth", { time: "2026-11-16T16:00:00.000Z", weightKg: 4.6, lengthCm: 56 }));
  out.push(entry("checkup", { time: "2026-11-15T16:00:00.000Z", questions: "Is the cough worth a look?" }));
  // What must never reach a report: a caregiver's private check-in, another baby, the household's notes.
  out.push(entry("checkin", { time: "2026-11-12T16:00:00.000Z", note: "SECRET-CHECKIN" }, "private"));
  out.push(
    entry(
      "health",
      { time: "2026-11-12T16:00:00.000Z", type: "symptom", symptom: "SECRET-PRIVATE" },
      "private",
    ),
  );
  out.push(entry("note", { time: "2026-11-12T16:00:00.000Z", text: "SECRET-NOTE" }));
  out.push({
    ...entry("milestone", { time: "2026-11-12T17:00:00.000Z", title: "SECRET-TWIN" }),
    values: { babyId: otherBaby, time: "2026-11-12T17:00:00.000Z", title: "SECRET-TWIN" },
  } as Entry);
  return out;
};

const baby = { id: babyId, name: "Maya", birthDate: "2026-10-01", dueDate: null, sex: "female" as const };
const now = Date.parse("2026-11-25T12:00:00Z");

const words: ReportWords = (key, vars) => `${key}${vars ? JSON.stringify(vars) : ""}`;

describe("the report for the doctor", () => {
  const entries = history();
  const report = buildReport({
    baby,
    timeZone: zone,
    entries,
    from: "2026-11-03",
    to: "2026-11-16",
    now,
    include: { guide: true, reflection: true },
  });

  it("has a row for each day of the span, whose totals are the journal's over the same days", () => {
    expect(report.days.map((d) => d.day)).toEqual(spanDays("2026-11-03", "2026-11-16"));
    const start = Date.parse("2026-11-03T05:00:00Z");
    const end = Date.parse("2026-11-17T05:00:00Z");
    const inSpan = (e: Entry) => Date.parse(e.at) >= start && Date.parse(e.at) < end;
    const live = entries.filter((e) => e.scope === "household" && e.values.babyId === babyId && inSpan(e));
    const bottle = live.reduce(
      (s, e) => s + (e.kind === "feed" && e.values.method === "bottle" ? e.values.volumeMl! : 0),
      0,
    );
    const sum = (f: (d: (typeof report.days)[number]) => number) => report.days.reduce((s, d) => s + f(d), 0);
    expect(sum((d) => d.bottleMl)).toBe(bottle);
    expect(sum((d) => d.feeds)).toBe(live.filter((e) => e.kind === "feed").length);
    expect(sum((d) => d.wet)).toBe(live.filter((e) => e.kind === "diaper").length);
    expect(sum((d) => d.dirty)).toBe(
      live.filter((e) => e.kind === "diaper" && e.values.contents === "both").length,
    );
    expect(sum((d) => d.breastLeftS)).toBe(14 * 4 * 600);
    // Every sleep lies within its day here, so the total sleep is the sleeps' lengths.
    expect(sum((d) => d.sleepMs)).toBe(live.filter((e) => e.kind === "sleep").length * 2 * hour);
  });

  it("lists health notes, medicines and milestones in time order, and marks a fever under three months as urgent", () => {
    expect(report.events.map((e) => e.kind)).toEqual(["temperature", "symptom", "medicine", "milestone"]);
    expect(report.events[0]).toMatchObject({ kind: "temperature", fever: "urgent" });
    expect(report.sources).toEqual(expect.arrayContaining(["niceNg143", "whoGrowth", "nsf2015"]));
    expect(report.questions).toBe("Is the cough worth a look?");
  });

  it("places growth on the WHO chart, with every measurement up to the span's end", () => {
    expect(report.measurements).toHaveLength(2);
    const weight = report.growth!.find((g) => g.measure === "weight")!;
    expect(weight.points).toHaveLength(2);
    expect(weight.points[0]!.percentile).toBeGreaterThan(5);
    expect(weight.points[0]!.percentile).toBeLessThan(95);
  });

  it("never reads a private record, another baby's or the household's notes", () => {
    const text = JSON.stringify(
      reportDocument(report, {
        locale: "en",
        t: words,
        pageSize: "A4",
        units: { volume: "ml", weight: "kg", temperature: "c", hour12: false },
      }),
    );
    expect(text).toContain("Maya");
    expect(text).toContain("Dry cough");
    for (const secret of ["SECRET-CHECKIN", "SECRET-PRIVATE", "SECRET-NOTE", "SECRET-TWIN"])
      expect(text).not.toContain(secret);
  });

  it("leaves the guide and the reflection out unless chosen", () => {
    const plain = buildReport({ baby, timeZone: zone, entries, from: "2026-11-03", to: "2026-11-16", now });
    expect(plain.guide).toBeUndefined();
    expect(plain.reflection).toBeUndefined();
    expect(report.reflection!.length).toBe(2);
  });

  it("lists the crying a listening phone heard, per day, only when one listened", () => {
    expect(report.crying).toEqual([]);
    const heard = [
      entry("cry", {
        start: "2026-11-05T23:00:00.000Z",
        end: "2026-11-05T23:12:00.000Z",
        cryingSeconds: 600,
      }),
      entry("cry", {
        start: "2026-11-06T02:00:00.000Z",
        end: "2026-11-06T02:05:00.000Z",
        cryingSeconds: 240,
      }),
      entry("cry", { start: "2026-11-20T02:00:00.000Z", cryingSeconds: 999 }),
    ];
    const withCrying = buildReport({
      baby,
      timeZone: zone,
      entries: [...entries, ...heard],
      from: "2026-11-03",
      to: "2026-11-16",
      now,
    });
    // 18:00 and 21:00 on the 5th in New York; the third is after the span.
    expect(withCrying.crying).toEqual([{ day: "2026-11-05", minutes: 14, seconds: 840, episodes: 2 }]);
    const text = JSON.stringify(
      reportDocument(withCrying, {
        locale: "en",
        t: words,
        pageSize: "A4",
        units: { volume: "ml", weight: "kg", temperature: "c", hour12: false },
      }),
    );
    expect(text).toContain("report.cryingTitle");
    expect(text).toContain('\\"minutes\\":14');
  });

  it("starts the next report the day after the last one, or four weeks back", () => {
    expect(defaultReportSpan(zone, now)).toEqual({ from: "2026-10-29", to: "2026-11-25" });
    expect(defaultReportSpan(zone, now, "2026-11-10")).toEqual({ from: "2026-11-11", to: "2026-11-25" });
    expect(defaultReportSpan(zone, now, "2026-01-10")).toEqual({ from: "2026-10-29", to: "2026-11-25" });
  });

  it("writes volumes, weights and temperatures in the family's units", () => {
    const text = JSON.stringify(
      reportDocument(report, {
        locale: "en",
        t: words,
        pageSize: "LETTER",
        units: { volume: "oz", weight: "lb", temperature: "f", hour12: true },
      }),
    );
    expect(text).toContain('units.f{\\"value\\":\\"101.1\\"}');
    expect(text).toContain("units.oz");
    expect(text).not.toContain("units.ml");
  });
});
