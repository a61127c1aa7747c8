/**
 * Play and connection: start a play session, note what you do together and how the baby joins in,
 * and see a gentle "time to wind down" as soon as the baby shows it has had enough or has been
 * awake about as long as it usually manages. Ideas suited to the baby's age, with their sources.
 */

import { engagementSigns, enoughSigns, playActivities, playIdeas, windDownReason } from "@attune/core/cues";
import { babyAge, type Entry, type Json, momentContextAt, ofKind } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { v7 as uuidv7 } from "uuid";
import { formatDuration } from "../../format.ts";
import { useNow } from "../../local/live.ts";
import { useHousehold } from "../../session/session.tsx";
import { Sources } from "../../ui/sources.tsx";
import { useToast } from "../../ui/toast.tsx";
import { useRecentEntries } from "../now/use-entries.ts";

export const PlayScreen = () => {
  const { t } = useTranslation();
  const { engine, baby } = useHousehold();
  const toast = useToast();
  const now = useNow(5000);
  const entries = useRecentEntries(21 * 24);
  if (!baby) return <p className="empty">{t("now.noBaby")}</p>;
  if (!entries) return <p className="loading">{t("common.loading")}</p>;
  const name = baby.name;
  const age = babyAge(baby.birthDate, baby.dueDate, now);
  const ageDays = age.correctedDays ?? age.days;
  const running = entries
    .filter(ofKind("play"))
    .filter((e) => !e.values.end && now - Date.parse(e.at) < 4 * 3600_000)
    .sort((a, b) => b.at.localeCompare(a.at))[0];
  const set = (id: string, fields: Record<string, Json>) =>
    engine.write(engine.writer.set(id, "play", "household", fields));
  const start = () =>
    void set(uuidv7(), {
      babyId: baby.id,
      start: new Date().toISOString(),
      activities: [],
      engagement: [],
      enough: [],
    });
  const context = momentContextAt(entries, now, ageDays, baby.timeZone);
  /** The play record's lists of words: what was done, how the baby joined in, the signs of enough. */
  type ListField = "activities" | "engagement" | "enough";
  const listOf = (e: Entry<"play">, field: ListField): readonly string[] => e.values[field] ?? [];
  const toggle = (e: Entry<"play">, field: ListField, value: string) => {
    const current = listOf(e, field);
    void set(e.id, {
      [field]: current.includes(value) ? current.filter((x) => x !== value) : [...current, value],
    });
  };
  const chips = (
    e: Entry<"play">,
    field: ListField,
    values: readonly string[],
    label: (v: string) => string,
  ) =>
    values.map((v) => {
      const on = listOf(e, field).includes(v);
      return (
        <button
          key={v}
          type="button"
          className={on ? "chip active" : "chip"}
          aria-pressed={on}
          onClick={() => toggle(e, field, v)}
        >
          {label(v)}
        </button>
      );
    });
  const reason = running
    ? windDownReason(running.values.enough ?? [], context.sinceWakeMin, context.typicalWakeMin)
    : undefined;

  return (
    <div className="play">
      <h1>{t("play.title", { name })}</h1>
      <p className="hint">{t("play.babiesLead", { name })}</p>
      {running ? (
        <section className="card" aria-labelledby="play-running">
          <h2 id="play-running">
            {t("play.running", { length: formatDuration(now - Date.parse(running.at), t) })}
          </h2>
          <fieldset className="chip-group">
            <legend>{t("play.activities")}</legend>
            {chips(running, "activities", playActivities, (v) => t(`play.activity.${v}`))}
          </fieldset>
          <fieldset className="chip-group">
            <legend>{t("play.engagement", { name })}</legend>
            {chips(running, "engagement", engagementSigns, (v) => t(`play.engagementSign.${v}`))}
          </fieldset>
          <fieldset className="chip-group">
            <legend>{t("play.enough")}</legend>
            {chips(running, "enough", enoughSigns, (v) => t(`play.enoughSign.${v}`))}
          </fieldset>
          {/* Right under the signs of enough, where the tap that brings it was: never off screen. */}
          {reason && (
            <p className="notice" role="status">
              {t(`play.windDown.${reason}`, { name })}
            </p>
          )}
          <button
            type="button"
            className="primary"
            onClick={() =>
              void set(running.id, { end: new Date().toISOString() }).then(() =>
                toast({ text: t("play.saved") }),
              )
            }
          >
            {t("play.end")}
          </button>
        </section>
      ) : (
        <button type="button" className="big primary" onClick={start}>
          {t("play.start")}
        </button>
      )}
      <section className="card" aria-labelledby="play-ideas">
        <h2 id="play-ideas">{t("play.ideasTitle", { name })}</h2>
        <ul className="ideas">
          {playIdeas(ageDays).map((idea) => (
            <li key={idea.id}>
              {t(`play.idea.${idea.id}`, { name })} <Sources ids={idea.sources} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
};
