/**
 * The reminders due now for this caregiver, in the app: the same ones the server pushes (core's
 * plannedReminders on this phone's journal), as a banner with the thing to do, and as a
 * notification from the open app where notifications are allowed and this phone gets no pushes.
 * Loaded after the first screen (it brings the date library).
 */
import { babyAge, type Entry, ofKind, rhythm, rotaOf, rotaRecordId } from "@attune/core/light";
import { plannedReminders, type Reminder, remindersRecordId } from "@attune/core/reminders";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatTime } from "../../format.ts";
import { useRecord } from "../../local/records.ts";
import { pushSupport } from "../../reminders/push-subscription.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";

const dismissedKey = "attune-reminders-dismissed";
const readDismissed = (): string[] => {
  try {
    return JSON.parse(localStorage.getItem(dismissedKey) ?? "[]") as string[];
  } catch {
    return [];
  }
};

const latest = <T extends Entry>(xs: readonly T[]) => [...xs].sort((a, b) => a.at.localeCompare(b.at)).at(-1);

const screens = {
  feed: "/?log=feed",
  sleep: "/?log=sleep",
  diaper: "/?log=diaper",
  medicine: "/timeline",
  handover: "/you/rota",
  weekly: "/you",
} as const;

export const ReminderBanner = ({ entries, now }: { entries: readonly Entry[]; now: number }) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { baby, household, session } = useHousehold();
  const me = session.user.id;
  const mine = useRecord(baby ? remindersRecordId(me, baby.id) : "", "reminders");
  const rotaEntry = useRecord(rotaRecordId(household.id), "rota");
  const [dismissed, setDismissed] = useState(readDismissed);
  const [pushed, setPushed] = useState(true);
  useEffect(() => {
    void pushSupport().then((s) => setPushed(s === "subscribed"));
  }, []);

  const due: Reminder[] = [];
  if (baby && household.role !== "helper" && mine !== undefined) {
    const live = entries.filter((e) => !e.deleted && (e.values as { babyId?: string }).babyId === baby.id);
    const feed = latest(live.filter(ofKind("feed")));
    const diaper = latest(live.filter(ofKind("diaper")));
    const sleep = latest(live.filter(ofKind("sleep")));
    const age = babyAge(baby.birthDate, baby.dueDate, now);
    const plan = plannedReminders(
      {
        id: household.id,
        timeZone: baby.timeZone,
        members: household.members.map((m) => ({ userId: m.userId, name: m.name, role: m.role })),
        rota: rotaEntry ? rotaOf(rotaEntry.values) : undefined,
        babies: [
          {
            id: baby.id,
            name: baby.name,
            lastFeed: feed ? { at: Date.parse(feed.at), by: feed.author } : undefined,
            lastDiaper: diaper ? { at: Date.parse(diaper.at), by: diaper.author } : undefined,
            lastSleep: sleep
              ? {
                  start: Date.parse(sleep.at),
                  end: sleep.values.end ? Date.parse(sleep.values.end) : undefined,
                }
              : undefined,
            sleepWindowOpens: rhythm(live, age.correctedDays ?? age.days, baby.timeZone, now).nextSleep
              ?.window50[0],
            medicines: live.filter(ofKind("medicine")).map((m) => ({
              id: m.id,
              name: m.values.name ?? "",
              at: Date.parse(m.at),
              nextAt: m.values.nextAt ? Date.parse(m.values.nextAt) : undefined,
            })),
          },
        ],
        settings: new Map(mine ? [[`${me}:${baby.id}`, mine.values]] : []),
      },
      now,
      0,
    );
    for (const r of plan)
      if (r.userId === me && r.dueAt <= now && r.dueAt > now - 2 * 3600_000 && !dismissed.includes(r.key))
        due.push(r);
  }
  const words = (r: Reminder) => {
    const vars: Record<string, string | number> = { ...r.vars };
    for (const k of ["since", "from"] as const)
      if (typeof r.vars[k] === "number")
        vars[k] = formatTime(new Date(r.vars[k] as number).toISOString(), settings, baby?.timeZone);
    const variant = r.kind === "handover" ? (r.vars.you ? "handoverYou" : "handover") : r.kind;
    return {
      title: t(`reminders.push.${variant}Title`, vars),
      body: t(`reminders.push.${variant}Body`, vars),
    };
  };
  const first = due[0];
  const firstKey = first?.key;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per reminder (its key), not per render
  useEffect(() => {
    // With the app open and no pushes to this phone, a notification from the page itself, once.
    if (!first || pushed || typeof Notification === "undefined" || Notification.permission !== "granted")
      return;
    const shown = `attune-notified-${first.key}`;
    if (sessionStorage.getItem(shown)) return;
    sessionStorage.setItem(shown, "1");
    const w = words(first);
    new Notification(w.title, { body: w.body, tag: first.key });
  }, [firstKey, pushed]);
  if (!first) return null;
  const w = words(first);
  const dismiss = () => {
    const next = [...dismissed, first.key].slice(-50);
    localStorage.setItem(dismissedKey, JSON.stringify(next));
    setDismissed(next);
  };
  return (
    <section className="card reminder-banner" role="status" aria-live="polite">
      <p className="title">{w.title}</p>
      <p className="hint">{w.body}</p>
      <p>
        <Link to={screens[first.kind]} onClick={dismiss}>
          {first.kind === "feed" || first.kind === "sleep" || first.kind === "diaper"
            ? t(`reminders.push.${first.kind}Action`)
            : t("reminders.open")}
        </Link>{" "}
        <button type="button" className="link" onClick={dismiss}>
          {t("reminders.dismiss")}
        </button>
      </p>
    </section>
  );
};
