import { describe, expect, it } from "vitest";
import { recordIssues } from "../journal/rules.ts";
import { type CheckIn, careSuggestions, checkInWeeks } from "./check-ins.ts";
import { dueDateFromWeeksEarly, guidanceFor, urgentSigns } from "./circumstances.ts";
import { countryOfLocale, crisisLinesFor } from "./crisis-lines.ts";
import { addDays, daysBetween, nightOf, nightsShared, onDuty, type Rota } from "./rota.ts";
import { instruments, needsSafetyScreen, scoreSelfCheck } from "./self-checks.ts";

/** Answers that add up to `total` for an instrument of `items` items, without touching item 9. */
const answersFor = (total: number, items: number): number[] => {
  const a = Array.from({ length: items }, () => 0);
  let left = total;
  for (let i = 0; i < items && left > 0; i++) {
    if (items === 9 && i === 8) continue;
    a[i] = Math.min(3, left);
    left -= a[i]!;
  }
  if (left > 0) a[8] = left; // only when the other eight items cannot hold the total
  return a;
};

describe("PHQ-9", () => {
  const expected = (t: number) =>
    t >= 20 ? "severe" : t >= 15 ? "moderatelySevere" : t >= 10 ? "moderate" : t >= 5 ? "mild" : "minimal";

  it("scores every total from 0 to 27 into the published band", () => {
    for (let total = 0; total <= 27; total++) {
      const r = scoreSelfCheck("phq9", answersFor(total, 9))!;
      expect(r.total).toBe(total);
      expect(r.max).toBe(27);
      expect(r.band).toBe(expected(total));
      expect(r.seeDoctor).toBe(total >= 10);
    }
  });

  it("opens the safety screen on any answer above 0 to item 9, whatever the total", () => {
    for (const answer of [1, 2, 3]) {
      const answers = [0, 0, 0, 0, 0, 0, 0, 0, answer];
      expect(needsSafetyScreen("phq9", answers)).toBe(true);
      expect(scoreSelfCheck("phq9", answers)).toMatchObject({ total: answer, band: "minimal", safety: true });
    }
    // As soon as the answer is given, before the rest are.
    expect(
      needsSafetyScreen("phq9", [
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        1,
      ]),
    ).toBe(true);
    expect(scoreSelfCheck("phq9", [3, 3, 3, 3, 3, 3, 3, 3, 0])).toMatchObject({ total: 24, safety: false });
  });

  it("refuses incomplete or impossible answers", () => {
    expect(scoreSelfCheck("phq9", [0, 0, 0])).toBeUndefined();
    expect(scoreSelfCheck("phq9", [0, 0, 0, 0, 0, 0, 0, 0, undefined])).toBeUndefined();
    expect(scoreSelfCheck("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 4])).toBeUndefined();
    expect(scoreSelfCheck("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 1.5])).toBeUndefined();
  });
});

describe("GAD-7", () => {
  it("scores every total from 0 to 21 into the published band, with no safety item", () => {
    for (let total = 0; total <= 21; total++) {
      const r = scoreSelfCheck("gad7", answersFor(total, 7))!;
      expect(r.total).toBe(total);
      expect(r.band).toBe(
        total >= 15 ? "severe" : total >= 10 ? "moderate" : total >= 5 ? "mild" : "minimal",
      );
      expect(r.safety).toBe(false);
    }
    expect(instruments.gad7.items).toBe(7);
  });

  it("is checked by the journal's rules for its number of answers", () => {
    const now = Date.parse("2026-11-28T12:00:00Z");
    const base = { time: "2026-11-28T11:00:00.000Z", instrument: "gad7" };
    expect(recordIssues("selfscreen", { ...base, answers: [0, 1, 2, 3, 0, 1, 2] }, now)).toEqual([]);
    expect(recordIssues("selfscreen", { ...base, answers: [0, 1] }, now).map((i) => i.field)).toEqual([
      "answers",
    ]);
    expect(recordIssues("selfscreen", { ...base, answers: [0, 1, 2, 3, 0, 1, 5] }, now)[0]?.field).toBe(
      "answers",
    );
  });
});

describe("crisis lines", () => {
  it("finds the country's emergency number and crisis line from the locale", () => {
    expect(countryOfLocale("es-ES")).toBe("ES");
    expect(countryOfLocale("en")).toBeUndefined();
    expect(crisisLinesFor("ES")).toMatchObject({ emergency: "112", crisis: { phone: "024" } });
    expect(crisisLinesFor("us")?.crisis?.phone).toBe("988");
    expect(crisisLinesFor("ZZ")).toBeUndefined();
  });
});

describe("the night-duty rota", () => {
  const ana = "0190a1b2-0000-7000-8000-00000000000a";
  const sam = "0190a1b2-0000-7000-8000-00000000000b";
  const rota: Rota = {
    pattern: "twoOnTwoOff",
    people: [ana, sam],
    startDate: "2026-10-20",
    swaps: [],
    rests: [],
  };

  it("goes two on, two off from the start date, with swaps for single nights", () => {
    const who = Array.from({ length: 8 }, (_, i) => onDuty(rota, addDays("2026-10-20", i)));
    expect(who).toEqual([ana, ana, sam, sam, ana, ana, sam, sam]);
    expect(onDuty(rota, "2026-10-19")).toBeUndefined();
    const swapped = { ...rota, swaps: [{ date: "2026-10-20", userId: sam }] };
    expect(onDuty(swapped, "2026-10-20")).toBe(sam);
    expect(onDuty({ ...rota, pattern: "alternate" }, "2026-10-21")).toBe(sam);
  });

  it("keeps its rhythm across the daylight-saving change (London, 25 October 2026)", () => {
    // The night of Saturday 24 October is 25 hours long; the pattern must not slip.
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
    const tz = "Europe/London";
    // 23:30 on the 24th (BST) and 03:30 on the 25th (GMT, after the change) are the same night.
    expect(nightOf(Date.parse("2026-10-24T22:30:00Z"), tz)).toBe("2026-10-24");
    expect(nightOf(Date.parse("2026-10-25T03:30:00Z"), tz)).toBe("2026-10-24");
    expect(nightOf(Date.parse("2026-10-25T19:00:00Z"), tz)).toBe("2026-10-25");
    // Every evening at 21:00 local for a fortnight across the change: the pattern holds.
    const evenings = Array.from({ length: 14 }, (_, i) => {
      const date = addDays("2026-10-20", i);
      const offsetHours = date < "2026-10-25" ? 1 : 0; // BST before the change, GMT after
      return onDuty(
        rota,
        nightOf(Date.parse(`${date}T${String(21 - offsetHours).padStart(2, "0")}:00:00Z`), tz),
      );
    });
    expect(evenings).toEqual([ana, ana, sam, sam, ana, ana, sam, sam, ana, ana, sam, sam, ana, ana]);
    // And in spring (29 March 2026), nights stay whole.
    expect(nightOf(Date.parse("2026-03-29T01:30:00Z"), tz)).toBe("2026-03-28");
  });

  it("counts how the nights were shared", () => {
    const counts = nightsShared(
      { ...rota, swaps: [{ date: "2026-10-22", userId: ana }] },
      "2026-10-20",
      "2026-10-27",
    );
    expect(counts.get(ana)).toBe(5);
    expect(counts.get(sam)).toBe(3);
  });
});

describe("check-ins", () => {
  const now = Date.parse("2026-11-28T20:00:00Z");
  const day = (d: number, c: Partial<CheckIn>): CheckIn => ({
    at: new Date(now - d * 86_400_000).toISOString(),
    ...c,
  });

  it("suggests trading nights after short sleep and a hand during fussy hours when stressed", () => {
    const list = [
      day(2, { sleepHours: 4, stress: 4, mood: 3, hadHelp: true, ownTime: true }),
      day(1, { sleepHours: 4.5, stress: 4, mood: 3, hadHelp: true, ownTime: true }),
      day(0, { sleepHours: 5, stress: 3, mood: 3, hadHelp: true, ownTime: true }),
    ];
    expect(careSuggestions(list, now)).toEqual(["tradeNights", "holdFussyHours"]);
  });

  it("suggests time away and help when there has been none, and a self-check after many low days", () => {
    const low = [4, 3, 2, 1, 0].map((d) =>
      day(d, { sleepHours: 7, stress: 2, mood: 2, hadHelp: false, ownTime: false }),
    );
    expect(careSuggestions(low, now)).toEqual(["selfCheck", "hourAway", "askHelp"]);
    expect(careSuggestions([day(10, { sleepHours: 2 })], now)).toEqual([]);
  });

  it("averages by week in the caregiver's time zone", () => {
    const weeks = checkInWeeks(
      [day(0, { sleepHours: 6, mood: 4 }), day(1, { sleepHours: 4 }), day(9, { stress: 5 })],
      2,
      "UTC",
      "2026-11-28",
    );
    expect(weeks[1]).toMatchObject({ weekStart: "2026-11-22", count: 2, sleepHours: 5, mood: 4 });
    expect(weeks[0]).toMatchObject({ weekStart: "2026-11-15", count: 1, stress: 5 });
  });
});

describe("circumstances", () => {
  it("turns the intake into guidance with places to seek help, and urgent signs come with sources", () => {
    const g = guidanceFor(["depression", "born_early", "not_a_flag"]);
    expect(g.map((x) => x.id)).toEqual(["bornEarly", "depression"]);
    expect(g[1]!.places).toContain("perinatalMentalHealth");
    expect(urgentSigns.every((s) => s.source.length > 0)).toBe(true);
    expect(dueDateFromWeeksEarly("2026-10-01", 8)).toBe("2026-11-26");
  });
});

describe("rest in the rota", () => {
  it("reads the rest given and says whose each day is", async () => {
    const { restsOn, rotaOf } = await import("./rota.ts");
    const rota = rotaOf({
      pattern: "alternate",
      people: ["a", "b"],
      startDate: "2026-11-01",
      swaps: [],
      rests: [
        { date: "2026-11-30", userId: "b", kind: "sleepIn" },
        { date: "2026-12-01", userId: "a", kind: "hourAway" },
        { date: "2026-12-01", userId: "a", kind: "nap" },
      ],
    })!;
    expect(restsOn(rota, "2026-11-30")).toEqual([{ date: "2026-11-30", userId: "b", kind: "sleepIn" }]);
    expect(restsOn(rota, "2026-12-01").map((r) => r.kind)).toEqual(["hourAway"]);
    expect(rotaOf({ pattern: "alternate", people: ["a", "b"], startDate: "2026-11-01" })!.rests).toEqual([]);
  });
});
