/**
 * Reminders: turn them on for this phone (Web Push; on an iPhone, from the home screen), choose
 * which ones for the baby shown and after how long, and quiet hours. The choices are this
 * caregiver's own (a private record); the household's webhook is set by its parents and caregivers.
 */
import { canEditFamilyDetails, feedStarts, type Json } from "@attune/core/light";
import { defaultReminderSettings, remindersRecordId, suggestedFeedHours } from "@attune/core/reminders";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useKindEntries, useRecord } from "../../local/records.ts";
import {
  type PushSupport,
  pushSupport,
  subscribeThisPhone,
  unsubscribeThisPhone,
} from "../../reminders/push-subscription.ts";
import { useHousehold } from "../../session/session.tsx";
import { useToast } from "../../ui/toast.tsx";
import { WebhookSettings } from "./webhook-settings.tsx";

const toggles = ["feedOn", "sleepOn", "diaperOn", "medicineOn", "handoverOn", "weeklyOn"] as const;

export const RemindersCard = () => {
  const { t } = useTranslation();
  const { engine, baby, household, session } = useHousehold();
  const toast = useToast();
  const [support, setSupport] = useState<PushSupport | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const id = baby ? remindersRecordId(session.user.id, baby.id) : "";
  const record = useRecord(id, "reminders");
  const feeds = useKindEntries("feed", { babyOnly: true, days: 21 });
  const [form, setForm] = useState<Record<string, string | boolean> | undefined>();

  useEffect(() => {
    void pushSupport().then(setSupport);
  }, []);
  useEffect(() => {
    if (record === undefined || form) return;
    const v = { ...defaultReminderSettings, ...(record?.values ?? {}) };
    setForm({
      ...Object.fromEntries(toggles.map((k) => [k, v[k]])),
      feedHours: String(v.feedHours),
      diaperHours: String(v.diaperHours),
      quietFrom: v.quietFrom ?? "",
      quietTo: v.quietTo ?? "",
    });
  }, [record, form]);

  if (!baby || household.role === "helper") return null;
  if (!form || !feeds) return null;

  const starts = feedStarts(
    feeds.map((f) => ({ start: Date.parse(f.at), end: f.values.end ? Date.parse(f.values.end) : undefined })),
  );
  const gaps = starts
    .slice(1)
    .map((s, i) => s - starts[i]!)
    .filter((g) => g < 10 * 3600_000)
    .sort((a, b) => a - b);
  const suggestion = gaps.length >= 5 ? suggestedFeedHours(gaps[Math.floor(gaps.length / 2)]) : undefined;

  const turnOn = async () => {
    setProblem(undefined);
    const result = await subscribeThisPhone();
    if (result !== "ok")
      setProblem(t(`reminders.${result === "denied" ? "permissionDenied" : "subscribeFailed"}`));
    setSupport(await pushSupport());
  };
  const turnOff = async () => {
    await unsubscribeThisPhone();
    setSupport(await pushSupport());
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(undefined);
    const hours = (text: unknown) => Number(String(text).replace(",", "."));
    const feedHours = hours(form.feedHours);
    const diaperHours = hours(form.diaperHours);
    if (![feedHours, diaperHours].every((h) => Number.isFinite(h) && h >= 0.5 && h <= 24))
      return setProblem(t("reminders.hoursRange"));
    const quiet = [form.quietFrom, form.quietTo].filter(Boolean);
    if (quiet.length === 1) return setProblem(t("reminders.quietBoth"));
    const fields: Record<string, Json> = {
      ...(record ? {} : { babyId: baby.id }),
      time: new Date().toISOString(),
      ...Object.fromEntries(toggles.map((k) => [k, form[k] === true])),
      feedHours,
      diaperHours,
      ...(quiet.length === 2
        ? { quietFrom: String(form.quietFrom), quietTo: String(form.quietTo) }
        : { quietFrom: null, quietTo: null }),
    };
    await engine.write(engine.writer.set(id, "reminders", "private", fields));
    toast({ text: t("reminders.saved") });
  };

  const hoursInput = (name: "feedHours" | "diaperHours") => (
    <input
      className="hours"
      inputMode="decimal"
      aria-label={t(`reminders.${name}`)}
      value={String(form[name])}
      onChange={(e) => setForm({ ...form, [name]: e.target.value })}
    />
  );

  return (
    <section className="card reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t("reminders.title")}</h2>
      <p className="hint">{t("reminders.intro")}</p>
      {support === "subscribed" ? (
        <p>
          {t("reminders.onHere")}{" "}
          <button type="button" className="link" onClick={() => void turnOff()}>
            {t("reminders.turnOff")}
          </button>
        </p>
      ) : support === "ready" ? (
        <button type="button" className="secondary" onClick={() => void turnOn()}>
          {t("reminders.turnOn")}
        </button>
      ) : support ? (
        <p className="hint">{t(`reminders.support_${support}`)}</p>
      ) : null}
      <form onSubmit={(e) => void save(e)} noValidate>
        <h3>{t("reminders.forBaby", { name: baby.name })}</h3>
        {toggles.map((k) => (
          <label key={k} className="check-line">
            <input
              type="checkbox"
              checked={form[k] === true}
              onChange={(e) => setForm({ ...form, [k]: e.target.checked })}
            />
            <span>
              {k === "feedOn" ? (
                <>
                  {t("reminders.feedOn")} {hoursInput("feedHours")} {t("reminders.hours")}
                </>
              ) : k === "diaperOn" ? (
                <>
                  {t("reminders.diaperOn")} {hoursInput("diaperHours")} {t("reminders.hours")}
                </>
              ) : (
                t(`reminders.${k}`)
              )}
            </span>
          </label>
        ))}
        {suggestion !== undefined && (
          <p className="hint">{t("reminders.suggestion", { name: baby.name, hours: suggestion })}</p>
        )}
        <fieldset className="quiet">
          <legend>{t("reminders.quiet")}</legend>
          <label className="field">
            <span>{t("reminders.quietFrom")}</span>
            <input
              type="time"
              value={String(form.quietFrom)}
              onChange={(e) => setForm({ ...form, quietFrom: e.target.value })}
            />
          </label>
          <label className="field">
            <span>{t("reminders.quietTo")}</span>
            <input
              type="time"
              value={String(form.quietTo)}
              onChange={(e) => setForm({ ...form, quietTo: e.target.value })}
            />
          </label>
        </fieldset>
        <p className="hint">{t("reminders.rotaNote")}</p>
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="primary">
          {t("reminders.save")}
        </button>
      </form>
      {canEditFamilyDetails(household) && <WebhookSettings />}
    </section>
  );
};
