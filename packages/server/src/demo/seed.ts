/**
 * A demo household that looks lived in: two caregivers, one baby born eight weeks ago, and eight
 * weeks of feeds, sleeps, diapers, growth, a milestone and a few notes, laid out the way a
 * newborn's days go (feeds every two to three hours, night stretches that lengthen with age).
 * The same seed gives the same household.
 */
import { ChangeWriter, type Json, type Message, type RecordKind } from "@attune/core";
import { hashPassword } from "../auth/passwords.ts";
import type { Services } from "../services.ts";
import { insertBaby } from "../store/babies.ts";
import { insertHousehold } from "../store/households.ts";
import { pushMessages } from "../store/journal.ts";
import type { MemberAccess } from "../store/members.ts";
import { addMember, householdsOf } from "../store/members.ts";
import { anyEmailTaken, findUserByEmail, insertUser } from "../store/users.ts";
import { demoMoments } from "./moments.ts";

export const demoAccounts = [
  { email: "ana@example.com", name: "Ana", password: "attune-demo-1", locale: "en" },
  { email: "sam@example.com", name: "Sam", password: "attune-demo-1", locale: "es" },
] as const;

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const mulberry32 = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const localHour = (at: number, timeZone: string) =>
  Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "numeric", hourCycle: "h23" }).format(at));

interface Entry {
  readonly kind: RecordKind;
  readonly by: 0 | 1;
  readonly fields: Record<string, Json>;
}

/** The entries of a baby's first weeks, from birth until `now`. */
export const demoEntries = (
  babyId: string,
  birth: number,
  now: number,
  timeZone: string,
  seed = 7,
): Entry[] => {
  const random = mulberry32(seed);
  const between = (a: number, b: number) => a + (b - a) * random();
  const iso = (t: number) => new Date(Math.round(t / minute) * minute).toISOString();
  const entries: Entry[] = [];
  let t = birth + 6 * hour;
  let side: "left" | "right" = "left";
  let feedCount = 0;
  while (t < now - 20 * minute) {
    const ageDays = (t - birth) / day;
    const h = localHour(t, timeZone);
    const night = h >= 22 || h < 6;
    const by: 0 | 1 = night && random() < 0.5 ? 1 : random() < 0.25 ? 1 : 0;
    feedCount++;
    const bottle = feedCount % 6 === 0 && ageDays > 10;
    const feedLength = Math.min(
      bottle ? between(10, 20) * minute : between(12, 30) * minute,
      now - minute - t,
    );
    if (bottle) {
      entries.push({
        kind: "feed",
        by: 1,
        fields: {
          babyId,
          method: "bottle",
          start: iso(t),
          end: iso(t + feedLength),
          milk: ageDays > 40 && random() < 0.3 ? "formula" : "breast",
          volumeMl: Math.round(between(60, 90) + ageDays * 0.8),
        },
      });
    } else {
      const first = Math.round(feedLength * between(0.5, 0.7));
      const other: "left" | "right" = side === "left" ? "right" : "left";
      const bothSides = random() < 0.7;
      entries.push({
        kind: "feed",
        by,
        fields: {
          babyId,
          method: "breast",
          start: iso(t),
          end: iso(t + feedLength),
          side: bothSides ? "both" : side,
          leftSeconds: Math.round((side === "left" ? first : bothSides ? feedLength - first : 0) / 1000),
          rightSeconds: Math.round((side === "right" ? first : bothSides ? feedLength - first : 0) / 1000),
          lastSide: bothSides ? other : side,
        },
      });
      side = bothSides ? side : other;
    }
    if (random() < 0.75 && t + feedLength + 10 * minute < now) {
      const dirty = random() < (ageDays < 28 ? 0.45 : 0.25);
      entries.push({
        kind: "diaper",
        by,
        fields: {
          babyId,
          time: iso(t + feedLength + between(2, 10) * minute),
          contents: dirty ? (random() < 0.6 ? "both" : "dirty") : "wet",
          ...(dirty ? { colour: ageDays < 4 ? "green" : "yellow" } : {}),
        },
      });
    }
    const awake = night ? between(10, 25) * minute : between(35, 55 + ageDays * 0.6) * minute;
    const sleepStart = t + feedLength + awake;
    const sleepLength = night
      ? between(1.8, 2.8 + Math.min(ageDays, 56) / 28) * hour
      : between(35, 100 + ageDays * 0.4) * minute;
    if (sleepStart >= now) break;
    if (sleepStart + sleepLength > now) {
      // The baby is asleep right now: a running sleep timer, as a family would see it.
      entries.push({
        kind: "sleep",
        by,
        fields: { babyId, start: iso(sleepStart), place: night ? "bassinet" : "cot" },
      });
      break;
    }
    entries.push({
      kind: "sleep",
      by,
      fields: {
        babyId,
        start: iso(sleepStart),
        end: iso(sleepStart + sleepLength),
        place: night ? "bassinet" : random() < 0.3 ? "carrier" : random() < 0.5 ? "arms" : "cot",
        fellAsleep: night ? "feeding" : random() < 0.5 ? "rocking" : "held",
      },
    });
    t = sleepStart + sleepLength + between(3, 12) * minute;
  }
  for (let week = 0; week <= Math.floor((now - birth) / (7 * day)); week++) {
    const at = birth + week * 7 * day + 10 * hour;
    if (at > now) break;
    // Smooth curves near the WHO medians: fast gains in the first months, slowing after.
    const weightKg = week === 0 ? 3.4 : 3.3 + 9 * (1 - Math.exp(-week / 40));
    const lengthCm = 50 + 37 * (1 - Math.exp(-week / 45));
    const headCm = 34.5 + 13 * (1 - Math.exp(-week / 22));
    entries.push({
      kind: "growth",
      by: 0,
      fields: {
        babyId,
        time: iso(at),
        weightKg: Math.round(weightKg * 1000) / 1000,
        lengthCm: Math.round(lengthCm * 10) / 10,
        headCm: Math.round(headCm * 10) / 10,
      },
    });
  }
  const notes: [number, 0 | 1, string][] = [
    [3, 0, "First bath at home. She hated the first minute, then calmed when we talked to her."],
    [19, 1, "Fussy every evening from about 6 to 9. Walking with her in the carrier helps."],
    [33, 0, "Health visitor says weight gain is on track."],
  ];
  for (const [d, by, text] of notes) {
    if (birth + d * day < now)
      entries.push({ kind: "note", by, fields: { babyId, time: iso(birth + d * day + 15 * hour), text } });
  }
  if (birth + 43 * day < now) {
    entries.push({
      kind: "milestone",
      by: 0,
      fields: { babyId, time: iso(birth + 43 * day + 9 * hour), title: "First real smile" },
    });
  }
  if (birth + 36 * day < now) {
    entries.push({
      kind: "health",
      by: 1,
      fields: {
        babyId,
        time: iso(birth + 36 * day + 20 * hour),
        type: "temperature",
        temperatureC: 37.2,
        site: "armpit",
      },
    });
  }
  entries.push(...demoMoments(babyId, birth, now, timeZone, entries, random));
  return entries.sort((a, b) =>
    String(a.fields.start ?? a.fields.time).localeCompare(String(b.fields.start ?? b.fields.time)),
  );
};

/** The demo's e-mail addresses belong to real accounts here: the demo stays out. */
export class DemoConflictError extends Error {}

export interface DemoResult {
  readonly created: boolean;
  readonly householdId: string;
  readonly records: number;
}

export const seedDemo = async (services: Services, timeZone = "Europe/London"): Promise<DemoResult> => {
  const { db } = services;
  const demoUser = await findUserByEmail(db, demoAccounts[0].email);
  const existing = demoUser && (await householdsOf(db, demoUser.id))[0];
  if (existing) return { created: false, householdId: existing.id, records: 0 };
  const taken = await anyEmailTaken(
    db,
    demoAccounts.map((a) => a.email),
  );
  if (taken)
    throw new DemoConflictError(`An account ${taken} exists but is not the demo's; the demo was not added`);
  const now = services.now();
  const createdAt = new Date(now).toISOString();
  const userIds = [services.newId(), services.newId()] as const;
  const householdId = services.newId();
  const babyId = services.newId();
  const birth = now - 56 * day;
  const birthDate = new Date(birth).toISOString().slice(0, 10);
  await db.transaction().execute(async (tx) => {
    for (const [i, account] of demoAccounts.entries()) {
      await insertUser(
        tx,
        {
          id: userIds[i]!,
          email: account.email,
          name: account.name,
          locale: account.locale,
          passwordHash: await hashPassword(account.password),
        },
        createdAt,
      );
    }
    await insertHousehold(tx, { id: householdId, name: "Ana & Sam" }, createdAt);
    for (const [i, userId] of userIds.entries()) {
      await addMember(
        tx,
        { householdId, userId, role: i === 0 ? "owner" : "caregiver", accessUntil: null, windowDays: null },
        createdAt,
      );
    }
    await insertBaby(
      tx,
      householdId,
      { id: babyId, name: "Maya", birthDate, dueDate: null, sex: "female", timeZone },
      createdAt,
    );
  });
  const writers = [
    new ChangeWriter("00000000000de301", () => now),
    new ChangeWriter("00000000000de302", () => now),
  ];
  const batches: Message[][][] = [[], []];
  const entries = demoEntries(babyId, birth, now, timeZone);
  for (const entry of entries) {
    batches[entry.by]!.push(writers[entry.by]!.set(services.newId(), entry.kind, "household", entry.fields));
  }
  for (const [by, records] of batches.entries()) {
    const access: MemberAccess = {
      householdId,
      userId: userIds[by as 0 | 1],
      role: by === 0 ? "owner" : "caregiver",
    };
    const messages = records.flat();
    for (let i = 0; i < messages.length; i += 500) {
      const result = await pushMessages(
        db,
        { access, messages: messages.slice(i, i + 500), now },
        services.dialect,
      );
      if (!result.ok)
        throw new Error(`demo seed refused: ${result.error.message} ${JSON.stringify(result.error.details)}`);
    }
  }
  return { created: true, householdId, records: entries.length };
};
