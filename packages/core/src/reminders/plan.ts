/**
 * Which reminders are due, to whom, and when — worked out from a household's journal as it is now.
 * The server's scheduler sends them (push, webhook) and the app shows the same ones in a banner.
 *
 * - A reminder is named by what makes it true (`feed:<baby>:<last feed's time>`): when a feed is
 *   logged the name changes, so a reminder not yet sent is withdrawn by itself, and one already
 *   sent is answered by "done" (`resolution`).
 * - Each kind is opt-in per caregiver and baby; the first two (a feed not logged for a while, the
 *   next sleep window opening) are on unless turned off. Helpers get none.
 * - At night (22:00–07:00 in the household's zone), a household with a rota sends the baby's
 *   reminders only to whoever is on duty that night: the one off duty is left to sleep.
 * - A reminder due in a caregiver's quiet hours waits until they end (if it is still true then).
 * - Attune gives no dosing advice: a medicine reminder is the time the caregiver set themselves.
 */
import { DateTime } from "luxon";
import { onDuty, type Rota } from "../care/rota.ts";
import type { Role } from "../households/membership.ts";
import { contentId } from "../import/ids.ts";
import { dayKey, localHour } from "../projections/days.ts";

export const reminderKinds = ["feed", "sleep", "diaper", "medicine", "handover", "weekly"] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export interface ReminderSettings {
  readonly feedOn: boolean;
  readonly feedHours: number;
  readonly sleepOn: boolean;
  readonly diaperOn: boolean;
  readonly diaperHours: number;
  readonly medicineOn: boolean;
  readonly handoverOn: boolean;
  readonly weeklyOn: boolean;
  readonly quietFrom?: string | undefined;
  readonly quietTo?: string | undefined;
}

export const defaultReminderSettings: ReminderSettings = {
  feedOn: true,
  feedHours: 3,
  sleepOn: true,
  diaperOn: false,
  diaperHours: 4,
  medicineOn: false,
  handoverOn: false,
  weeklyOn: false,
};

/** One caregiver's reminder settings for one baby: a private record whose id comes from both. */
export const remindersRecordId = (userId: string, babyId: string): string =>
  contentId(["reminders", userId, babyId]);

/** Night, for the rota: from 22:00 to 07:00 local time. The handover notice goes at 21:30. */
export const night = { from: 22, to: 7, handoverNoticeMinutes: 30 } as const;
/** The weekly check-in: Sunday at 19:00 local time. */
export const weeklyAt = { weekday: 7, hour: 19 } as const;

export interface ReminderBaby {
  readonly id: string;
  readonly name: string;
  readonly lastFeed?: { readonly at: number; readonly by?: string | undefined } | undefined;
  readonly lastDiaper?: { readonly at: number; readonly by?: string | undefined } | undefined;
  readonly lastSleep?:
    | { readonly start: number; readonly end?: number | undefined; readonly by?: string | undefined }
    | undefined;
  /** When the next sleep window likely opens (the prediction's 50 % window), while awake. */
  readonly sleepWindowOpens?: number | undefined;
  /** Medicines given with a "not before" time for the next dose, and who gave the latest of each name. */
  readonly medicines: readonly {
    readonly id: string;
    readonly name: string;
    readonly at: number;
    readonly nextAt?: number | undefined;
    readonly by?: string | undefined;
  }[];
}

export interface ReminderHousehold {
  readonly id: string;
  readonly timeZone: string;
  readonly members: readonly { readonly userId: string; readonly name: string; readonly role: Role }[];
  readonly rota?: Rota | undefined;
  readonly babies: readonly ReminderBaby[];
  /** Each caregiver's own settings for each baby, by `${userId}:${babyId}`; missing ones are the defaults. */
  readonly settings: ReadonlyMap<string, Partial<ReminderSettings>>;
}

export interface Reminder {
  /** What makes it true; the same name is never sent twice to the same person. */
  readonly key: string;
  readonly kind: ReminderKind;
  readonly babyId?: string | undefined;
  readonly userId: string;
  /** When it is due (ms), after any quiet hours. */
  readonly dueAt: number;
  /** For its words: the baby's name, since when, who is on duty, the medicine. */
  readonly vars: Readonly<Record<string, string | number>>;
}

const hour = 3600_000;
const minute = 60_000;

export const settingsFor = (h: ReminderHousehold, userId: string, babyId: string): ReminderSettings => ({
  ...defaultReminderSettings,
  ...Object.fromEntries(
    Object.entries(h.settings.get(`${userId}:${babyId}`) ?? {}).filter(([, v]) => v !== undefined),
  ),
});

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const localMinutes = (at: number, zone: string) => {
  const t = DateTime.fromMillis(at, { zone });
  return t.hour * 60 + t.minute;
};

/** The end of the quiet hours `at` falls in, or `at` itself when it is not in them. */
export const afterQuiet = (at: number, s: ReminderSettings, zone: string): number => {
  if (!s.quietFrom || !s.quietTo || s.quietFrom === s.quietTo) return at;
  const from = minutesOf(s.quietFrom);
  const to = minutesOf(s.quietTo);
  const now = localMinutes(at, zone);
  const inside = from < to ? now >= from && now < to : now >= from || now < to;
  if (!inside) return at;
  const wait = (to - now + 24 * 60) % (24 * 60);
  // Whole minutes: the end lands on the quiet hours' last minute boundary (a DST change may shift it by an hour).
  return at - (at % minute) + wait * minute;
};

const isNight = (at: number, zone: string) => {
  const h = localHour(at, zone);
  return h >= night.from || h < night.to;
};

/** The night (its date) an instant at night belongs to: before noon, the previous evening's. */
const nightDate = (at: number, zone: string) => dayKey(at - (localHour(at, zone) < 12 ? 12 * hour : 0), zone);

/**
 * Who gets a baby reminder due at `dueAt`: the caregivers who want it, and at night with a rota
 * only the one on duty.
 */
const recipients = (
  h: ReminderHousehold,
  dueAt: number,
  wants: (s: ReminderSettings) => boolean,
  babyId: string,
): string[] => {
  const carers = h.members
    .filter((m) => m.role !== "helper")
    .filter((m) => wants(settingsFor(h, m.userId, babyId)));
  if (h.rota && isNight(dueAt, h.timeZone)) {
    const duty = onDuty(h.rota, nightDate(dueAt, h.timeZone));
    if (duty) return carers.filter((m) => m.userId === duty).map((m) => m.userId);
  }
  return carers.map((m) => m.userId);
};

/** The next time local clock `hour:minute` comes at or after `from`. */
const nextLocal = (from: number, zone: string, hourOfDay: number, minuteOfHour: number): number => {
  const start = DateTime.fromMillis(from, { zone });
  let t = start.set({ hour: hourOfDay, minute: minuteOfHour, second: 0, millisecond: 0 });
  if (t < start) t = t.plus({ days: 1 }).set({ hour: hourOfDay, minute: minuteOfHour });
  return t.toMillis();
};

const isoWeekday = (at: number, zone: string) => DateTime.fromMillis(at, { zone }).weekday;

/**
 * Every reminder the household has coming or due, as of `now`: those due up to `now + horizonMs`,
 * with quiet hours applied per person. The caller sends those with `dueAt <= now` it has not sent.
 */
export const plannedReminders = (h: ReminderHousehold, now: number, horizonMs = 24 * hour): Reminder[] => {
  const out: Reminder[] = [];
  const zone = h.timeZone;
  const add = (r: Omit<Reminder, "dueAt">, due: number, babyId?: string) => {
    const s = babyId ? settingsFor(h, r.userId, babyId) : settingsFor(h, r.userId, h.babies[0]?.id ?? "");
    const dueAt = afterQuiet(due, s, zone);
    if (dueAt <= now + horizonMs) out.push({ ...r, dueAt });
  };
  for (const baby of h.babies) {
    const b = { babyId: baby.id };
    const asleep = baby.lastSleep && baby.lastSleep.end === undefined;
    if (baby.lastFeed) {
      // Each caregiver's own N hours: the same feed may remind one after 3 h and another after 4.
      for (const m of h.members) {
        const s = settingsFor(h, m.userId, baby.id);
        if (!s.feedOn) continue;
        const due = baby.lastFeed.at + s.feedHours * hour;
        if (!recipients(h, due, (x) => x.feedOn, baby.id).includes(m.userId)) continue;
        add(
          {
            key: `feed:${baby.id}:${baby.lastFeed.at}`,
            kind: "feed",
            userId: m.userId,
            ...b,
            vars: { baby: baby.name, since: baby.lastFeed.at },
          },
          due,
          baby.id,
        );
      }
    }
    if (baby.lastDiaper) {
      for (const m of h.members) {
        const s = settingsFor(h, m.userId, baby.id);
        if (!s.diaperOn) continue;
        const due = baby.lastDiaper.at + s.diaperHours * hour;
        if (!recipients(h, due, (x) => x.diaperOn, baby.id).includes(m.userId)) continue;
        add(
          {
            key: `diaper:${baby.id}:${baby.lastDiaper.at}`,
            kind: "diaper",
            userId: m.userId,
            ...b,
            vars: { baby: baby.name, since: baby.lastDiaper.at },
          },
          due,
          baby.id,
        );
      }
    }
    if (!asleep && baby.sleepWindowOpens !== undefined && baby.lastSleep?.end !== undefined) {
      const due = baby.sleepWindowOpens;
      for (const userId of recipients(h, due, (x) => x.sleepOn, baby.id)) {
        add(
          {
            key: `sleep:${baby.id}:${baby.lastSleep.end}`,
            kind: "sleep",
            userId,
            ...b,
            vars: { baby: baby.name, since: baby.lastSleep.end },
          },
          due,
          baby.id,
        );
      }
    }
    for (const med of baby.medicines) {
      if (med.nextAt === undefined || med.nextAt < now - 24 * hour) continue;
      const given = baby.medicines.some((m) => m.name === med.name && m.at > med.at);
      if (given) continue;
      for (const userId of recipients(h, med.nextAt, (x) => x.medicineOn, baby.id)) {
        add(
          {
            key: `medicine:${baby.id}:${med.id}`,
            kind: "medicine",
            userId,
            ...b,
            vars: { baby: baby.name, medicine: med.name, since: med.at },
          },
          med.nextAt,
          baby.id,
        );
      }
    }
  }
  const first = h.babies[0]?.id;
  if (h.rota && first) {
    // Tonight's handover notice (or tomorrow's, once tonight's is past).
    for (const offset of [0, 24 * hour]) {
      const start = nextLocal(now - night.handoverNoticeMinutes * minute + offset, zone, night.from, 0);
      const due = start - night.handoverNoticeMinutes * minute;
      const date = dayKey(start, zone);
      const duty = onDuty(h.rota, date);
      const dutyName = h.members.find((m) => m.userId === duty)?.name;
      if (!duty || !dutyName) continue;
      for (const m of h.members) {
        if (m.role === "helper" || !settingsFor(h, m.userId, first).handoverOn) continue;
        add(
          {
            key: `handover:${date}`,
            kind: "handover",
            userId: m.userId,
            vars: { name: dutyName, you: m.userId === duty ? 1 : 0, from: start },
          },
          due,
        );
      }
    }
  }
  if (first) {
    let due = nextLocal(now - hour, zone, weeklyAt.hour, 0);
    while (isoWeekday(due, zone) !== weeklyAt.weekday) due = nextLocal(due + hour, zone, weeklyAt.hour, 0);
    for (const m of h.members) {
      if (m.role === "helper" || !settingsFor(h, m.userId, first).weeklyOn) continue;
      add({ key: `weekly:${dayKey(due, zone)}`, kind: "weekly", userId: m.userId, vars: {} }, due);
    }
  }
  return out.sort((a, b) => a.dueAt - b.dueAt);
};

/**
 * Whether a reminder already sent has been answered since, and how: who logged what, when. Used to
 * replace the notification with "Done — Ana logged a feed at 3:10". Undefined while still true.
 */
export const resolution = (
  h: ReminderHousehold,
  key: string,
  now: number,
): { readonly kind: ReminderKind; readonly at: number; readonly by?: string | undefined } | undefined => {
  const [kind, babyId, mark] = key.split(":");
  const baby = h.babies.find((b) => b.id === babyId);
  const name = (userId?: string) => h.members.find((m) => m.userId === userId)?.name;
  if (!baby) return undefined;
  const since = Number(mark);
  if (kind === "feed" && baby.lastFeed && baby.lastFeed.at > since)
    return { kind, at: baby.lastFeed.at, by: name(baby.lastFeed.by) };
  if (kind === "diaper" && baby.lastDiaper && baby.lastDiaper.at > since)
    return { kind, at: baby.lastDiaper.at, by: name(baby.lastDiaper.by) };
  if (kind === "sleep" && baby.lastSleep && baby.lastSleep.start >= since)
    return { kind, at: baby.lastSleep.start, by: name(baby.lastSleep.by) };
  if (kind === "medicine") {
    const med = baby.medicines.find((m) => m.id === mark);
    const later = med && baby.medicines.find((m) => m.name === med.name && m.at > med.at && m.at <= now);
    if (later) return { kind, at: later.at, by: name(later.by) };
  }
  return undefined;
};

/** A feed interval to suggest for the feed reminder: this baby's usual gap and a little, in half hours. */
export const suggestedFeedHours = (typicalGapMs: number | undefined): number =>
  typicalGapMs ? Math.min(8, Math.max(1.5, Math.ceil(((typicalGapMs * 1.25) / hour) * 2) / 2)) : 3;
