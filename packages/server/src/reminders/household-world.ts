/**
 * What the reminder scheduler reads of one household, as core's planner takes it: the members
 * (with their language), the babies with their latest feed, diaper and sleep, the medicines given
 * with a "not before" time, when the next sleep window likely opens, the rota, and each
 * caregiver's reminder settings.
 */
import { babyAge, type Entry, entryOf, rhythm, rotaOf } from "@attune/core";
import type { ReminderHousehold, ReminderSettings } from "@attune/core/reminders";
import type { Services } from "../services.ts";
import { listBabies } from "../store/babies.ts";
import { latestOfKind, membersForReminders, recordsForReminders } from "../store/reminders.ts";

const day = 24 * 3600_000;

export interface HouseholdForReminders {
  readonly world: ReminderHousehold;
  /** Each member's language, for the words of their reminders. */
  readonly locales: ReadonlyMap<string, string>;
}

export const loadHouseholdForReminders = async (
  services: Pick<Services, "db">,
  householdId: string,
  now: number,
): Promise<HouseholdForReminders> => {
  const { db } = services;
  const members = await membersForReminders(db, householdId);
  const babies = await listBabies(db, householdId);
  const entries = (states: string[]) => states.map((s) => entryOf(JSON.parse(s)));
  const own = entries(await recordsForReminders(db, householdId, ["reminders", "rota"]));
  const settings = new Map<string, Partial<ReminderSettings>>();
  for (const e of own) {
    if (e.kind === "reminders" && e.author && e.values.babyId)
      settings.set(`${e.author}:${e.values.babyId}`, e.values);
  }
  const rotaEntry = own.find((e) => e.kind === "rota" && e.scope === "household");
  const rota = rotaEntry ? rotaOf(rotaEntry.values) : undefined;
  const worldBabies = [];
  for (const b of babies) {
    const latest = async (kind: string) => entries(await latestOfKind(db, householdId, kind, b.id))[0];
    const feed = await latest("feed");
    const diaper = await latest("diaper");
    const sleep = await latest("sleep");
    const medicines = entries(
      await recordsForReminders(db, householdId, ["medicine"], new Date(now - 2 * day).toISOString()),
    ).filter(
      (e): e is Entry<"medicine"> => e.kind === "medicine" && e.values.babyId === b.id && !!e.values.name,
    );
    let sleepWindowOpens: number | undefined;
    if (sleep?.kind === "sleep" && sleep.values.end) {
      const recent = entries(
        await recordsForReminders(db, householdId, ["feed", "sleep"], new Date(now - 21 * day).toISOString()),
      ).filter((e) => (e.values as { babyId?: string }).babyId === b.id);
      const age = babyAge(b.birthDate, b.dueDate, now);
      sleepWindowOpens = rhythm(recent, age.correctedDays ?? age.days, b.timeZone, now).nextSleep
        ?.window50[0];
    }
    worldBabies.push({
      id: b.id,
      name: b.name,
      lastFeed: feed ? { at: Date.parse(feed.at), by: feed.author } : undefined,
      lastDiaper: diaper ? { at: Date.parse(diaper.at), by: diaper.author } : undefined,
      lastSleep:
        sleep?.kind === "sleep"
          ? {
              start: Date.parse(sleep.at),
              end: sleep.values.end ? Date.parse(sleep.values.end) : undefined,
              by: sleep.author,
            }
          : undefined,
      sleepWindowOpens,
      medicines: medicines.map((m) => ({
        id: m.id,
        name: m.values.name!,
        at: Date.parse(m.at),
        nextAt: m.values.nextAt ? Date.parse(m.values.nextAt) : undefined,
        by: m.author,
      })),
    });
  }
  const world: ReminderHousehold = {
    id: householdId,
    timeZone: babies[0]?.timeZone ?? "UTC",
    members: members
      .filter((m) => !m.access_until || Date.parse(m.access_until) > now)
      .map((m) => ({ userId: m.id, name: m.name, role: m.role as "owner" | "caregiver" | "helper" })),
    rota,
    babies: worldBabies,
    settings,
  };
  return { world, locales: new Map(members.map((m) => [m.id, m.locale])) };
};
