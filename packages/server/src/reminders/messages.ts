/**
 * A reminder in its recipient's language, as the notification shows it: a title, a line, the screen
 * a tap opens, and a tag, so that "done" replaces the reminder it answers on the phone.
 */
import type { Reminder, ReminderKind } from "@attune/core/reminders";
import { type ReportLocale, wordsFor } from "../i18n/words.ts";

export interface PushMessage {
  readonly title: string;
  readonly body: string;
  readonly tag: string;
  readonly url: string;
  readonly actions: readonly { readonly action: string; readonly title: string }[];
}

const screens: Record<ReminderKind, string> = {
  feed: "/?log=feed",
  sleep: "/?log=sleep",
  diaper: "/?log=diaper",
  medicine: "/timeline",
  handover: "/you/rota",
  weekly: "/you",
};

export const localeOf = (locale: string | null | undefined): ReportLocale => (locale === "es" ? "es" : "en");

const clock = (at: number, locale: ReportLocale, zone: string) =>
  new Intl.DateTimeFormat(locale === "es" ? "es-ES" : "en-GB", {
    timeZone: zone,
    hour: "numeric",
    minute: "2-digit",
  }).format(at);

export const tagOf = (r: Pick<Reminder, "kind" | "babyId" | "key">): string =>
  r.babyId ? `${r.kind}:${r.babyId}` : r.key;

export const reminderMessage = async (
  r: Reminder,
  locale: ReportLocale,
  zone: string,
): Promise<PushMessage> => {
  const t = await wordsFor(locale);
  const vars: Record<string, string | number> = { ...r.vars };
  for (const k of ["since", "from"] as const)
    if (typeof r.vars[k] === "number") vars[k] = clock(r.vars[k] as number, locale, zone);
  const variant = r.kind === "handover" ? (r.vars.you ? "handoverYou" : "handover") : r.kind;
  return {
    title: t(`reminders.push.${variant}Title`, vars),
    body: t(`reminders.push.${variant}Body`, vars),
    tag: tagOf(r),
    url: screens[r.kind],
    actions: ["feed", "sleep", "diaper"].includes(r.kind)
      ? [{ action: "log", title: t(`reminders.push.${r.kind}Action`) }]
      : [],
  };
};

export const doneMessage = async (
  r: Pick<Reminder, "kind" | "babyId" | "key">,
  done: { at: number; by?: string | undefined },
  locale: ReportLocale,
  zone: string,
): Promise<PushMessage> => {
  const t = await wordsFor(locale);
  const at = clock(done.at, locale, zone);
  return {
    title: done.by
      ? t(`reminders.push.doneBy_${r.kind}`, { by: done.by, at })
      : t(`reminders.push.done_${r.kind}`, { at }),
    body: t("reminders.push.doneBody"),
    tag: tagOf(r),
    url: "/",
    actions: [],
  };
};
