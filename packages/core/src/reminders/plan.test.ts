import { describe, expect, it } from "vitest";
import {
  afterQuiet,
  plannedReminders,
  type ReminderHousehold,
  resolution,
  suggestedFeedHours,
} from "./plan.ts";

const zone = "Europe/Madrid";
const hour = 3600_000;
const ana = "0190a0a0-0000-7000-8000-0000000000a1";
const sam = "0190a0a0-0000-7000-8000-0000000000a2";
const gran = "0190a0a0-0000-7000-8000-0000000000a3";
const babyId = "0190a0a0-0000-7000-8000-0000000000b1";

// 2026-11-30 is a Monday; Madrid is UTC+1 in winter.
const at = (local: string) => Date.parse(`${local}+01:00`);

const household = (
  over: Partial<ReminderHousehold> = {},
  lastFeed = at("2026-11-30T20:00:00"),
): ReminderHousehold => ({
  id: "h",
  timeZone: zone,
  members: [
    { userId: ana, name: "Ana", role: "owner" },
    { userId: sam, name: "Sam", role: "caregiver" },
    { userId: gran, name: "Gran", role: "helper" },
  ],
  babies: [{ id: babyId, name: "Maya", lastFeed: { at: lastFeed, by: ana }, medicines: [] }],
  settings: new Map(),
  ...over,
});

const due = (h: ReminderHousehold, now: number) => plannedReminders(h, now).filter((r) => r.dueAt <= now);

describe("reminders", () => {
  it("reminds the caregivers (not a helper) of a feed not logged for N hours, by default", () => {
    const h = household({}, at("2026-11-30T14:00:00"));
    expect(due(h, at("2026-11-30T16:59:00"))).toEqual([]);
    const now = due(h, at("2026-11-30T17:00:00"));
    expect(now.map((r) => [r.kind, r.userId])).toEqual([
      ["feed", ana],
      ["feed", sam],
    ]);
    expect(now[0]!.key).toBe(`feed:${babyId}:${at("2026-11-30T14:00:00")}`);
  });

  it("at night sends the baby's reminders only to whoever is on duty; the other sleeps", () => {
    // Alternate nights from Monday 30 November: Sam has Monday's night, Ana Tuesday's.
    const rota = {
      pattern: "alternate" as const,
      people: [sam, ana],
      startDate: "2026-11-30",
      swaps: [],
      rests: [],
    };
    const h = household({ rota }, at("2026-11-30T23:00:00"));
    const monday = due(h, at("2026-12-01T02:30:00"));
    expect(monday.map((r) => r.userId)).toEqual([sam]);
    const tuesday = household({ rota }, at("2026-12-01T23:30:00"));
    expect(due(tuesday, at("2026-12-02T03:00:00")).map((r) => r.userId)).toEqual([ana]);
    // By day both are reminded again.
    const day = household({ rota }, at("2026-12-01T08:00:00"));
    expect(due(day, at("2026-12-01T11:00:00")).map((r) => r.userId)).toEqual([ana, sam]);
  });

  it("holds a reminder due in someone's quiet hours until they end, for that person only", () => {
    const h = household(
      { settings: new Map([[`${ana}:${babyId}`, { quietFrom: "22:00", quietTo: "06:30" }]]) },
      at("2026-11-30T21:00:00"),
    );
    const plan = plannedReminders(h, at("2026-12-01T00:00:00"));
    expect(plan.find((r) => r.userId === sam)!.dueAt).toBe(at("2026-12-01T00:00:00"));
    expect(plan.find((r) => r.userId === ana)!.dueAt).toBe(at("2026-12-01T06:30:00"));
    expect(
      afterQuiet(
        at("2026-12-01T12:00:00"),
        { ...plan[0]!, quietFrom: "22:00", quietTo: "06:30" } as never,
        zone,
      ),
    ).toBe(at("2026-12-01T12:00:00"));
  });

  it("withdraws a reminder when the feed is logged, and says who answered one already sent", () => {
    const before = household({}, at("2026-11-30T14:00:00"));
    const sent = due(before, at("2026-11-30T17:05:00"))[0]!;
    const after = household(
      {
        babies: [
          { id: babyId, name: "Maya", lastFeed: { at: at("2026-11-30T17:10:00"), by: sam }, medicines: [] },
        ],
      },
      at("2026-11-30T17:10:00"),
    );
    expect(due(after, at("2026-11-30T17:20:00"))).toEqual([]);
    expect(resolution(after, sent.key, at("2026-11-30T17:20:00"))).toEqual({
      kind: "feed",
      at: at("2026-11-30T17:10:00"),
      by: "Sam",
    });
    expect(resolution(before, sent.key, at("2026-11-30T17:20:00"))).toBeUndefined();
  });

  it("leaves out what a caregiver turned off, and sends the opt-in ones only to those who asked", () => {
    const h = household(
      {
        settings: new Map([
          [`${sam}:${babyId}`, { feedOn: false }],
          [`${ana}:${babyId}`, { medicineOn: true, feedHours: 4 }],
        ]),
        babies: [
          {
            id: babyId,
            name: "Maya",
            lastFeed: { at: at("2026-11-30T08:00:00"), by: ana },
            medicines: [
              {
                id: "m1",
                name: "Paracetamol",
                at: at("2026-11-30T08:00:00"),
                nextAt: at("2026-11-30T14:00:00"),
              },
            ],
          },
        ],
      },
      at("2026-11-30T08:00:00"),
    );
    const now = due(h, at("2026-11-30T14:00:00"));
    expect(now.map((r) => `${r.kind}:${r.userId === ana ? "Ana" : "Sam"}`).sort()).toEqual([
      "feed:Ana",
      "medicine:Ana",
    ]);
    expect(now.find((r) => r.kind === "feed")!.dueAt).toBe(at("2026-11-30T12:00:00"));
  });

  it("tells those who asked who is on tonight, and offers the weekly check-in on Sunday evening", () => {
    const rota = {
      pattern: "alternate" as const,
      people: [sam, ana],
      startDate: "2026-11-30",
      swaps: [],
      rests: [],
    };
    const h = household({
      rota,
      settings: new Map([
        [`${ana}:${babyId}`, { handoverOn: true, weeklyOn: true, feedOn: false, sleepOn: false }],
        [`${sam}:${babyId}`, { feedOn: false, sleepOn: false }],
      ]),
    });
    const handover = due(h, at("2026-11-30T21:30:00"));
    expect(handover).toEqual([
      expect.objectContaining({
        kind: "handover",
        userId: ana,
        key: "handover:2026-11-30",
        vars: expect.objectContaining({ name: "Sam", you: 0 }),
      }),
    ]);
    const sunday = plannedReminders(h, at("2026-12-06T18:00:00")).find((r) => r.kind === "weekly");
    expect(sunday).toMatchObject({ userId: ana, key: "weekly:2026-12-06", dueAt: at("2026-12-06T19:00:00") });
  });

  it("suggests a feed reminder from the baby's own usual gap", () => {
    expect(suggestedFeedHours(2.6 * hour)).toBe(3.5);
    expect(suggestedFeedHours(undefined)).toBe(3);
  });
});
