/**
 * The household's night-duty rota: a pattern over two caregivers from a first night and the next
 * two weeks with one-tap swaps. No tallies of who did how many nights: nothing here keeps score.
 */
import {
  addDays,
  canEditFamilyDetails,
  type Json,
  nightOf,
  onDuty,
  type RotaPattern,
  rotaOf,
  rotaPatternNames,
  rotaRecordId,
  takesNights,
} from "@attune/core/light";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatShortDay } from "../../format.ts";
import { useRecord } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { useToast } from "../../ui/toast.tsx";

export const useRota = () => {
  const { household } = useHousehold();
  const id = rotaRecordId(household.id);
  const entry = useRecord(id, "rota");
  return { id, entry, rota: entry ? rotaOf(entry.values) : undefined };
};

export const RotaScreen = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const toast = useToast();
  const { engine, household, baby, memberName } = useHousehold();
  const { id, entry, rota } = useRota();
  const timeZone = baby?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const tonight = nightOf(Date.now(), timeZone);
  const carers = household.members.filter(takesNights);
  const canEdit = canEditFamilyDetails(household);
  const [pattern, setPattern] = useState<RotaPattern | null>(null);
  const [first, setFirst] = useState<string | null>(null);
  const [second, setSecond] = useState<string | null>(null);
  const [start, setStart] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Every baby's nights count: a night with twins is one night.
  if (entry === undefined) return <p className="loading">{t("common.loading")}</p>;

  const values = {
    pattern: pattern ?? rota?.pattern ?? "alternate",
    first: first ?? rota?.people[0] ?? carers[0]?.userId ?? "",
    second: second ?? rota?.people[1] ?? carers[1]?.userId ?? "",
    start: start ?? rota?.startDate ?? tonight,
  };
  const save = (fields: Record<string, Json>) =>
    engine.write(
      engine.writer.set(id, "rota", "household", {
        ...(entry ? {} : { time: new Date().toISOString(), swaps: [] }),
        ...fields,
      }),
    );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!values.first || !values.second || values.first === values.second) {
      setError(t("rota.needTwo"));
      return;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.start)) {
      setError(t("rota.badDate"));
      return;
    }
    setError(null);
    await save({ pattern: values.pattern, people: [values.first, values.second], startDate: values.start });
    toast({ text: t("rota.saved") });
  };
  const giveRest = (rest: { date: string; userId: string; kind: string }) =>
    void save({ rests: [...(rota?.rests ?? []).filter((r) => r.date >= tonight), rest] as unknown as Json });
  const takeBack = (i: number) =>
    void save({ rests: (rota?.rests ?? []).filter((_, j) => j !== i) as unknown as Json });
  const swap = (date: string, to: string) =>
    void save({
      swaps: [...(rota?.swaps ?? []).filter((s) => s.date !== date), { date, userId: to }] as Json,
    });
  const name = (userId: string | undefined) => memberName(userId) ?? "?";
  const carerSelect = (label: string, value: string, onChange: (v: string) => void) => (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {carers.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="rota">
      <h1>{t("rota.title")}</h1>
      <p className="hint">{t("rota.intro")}</p>
      {canEdit ? (
        <form className="card" onSubmit={(e) => void submit(e)} noValidate>
          <label className="field">
            <span>{t("rota.pattern")}</span>
            <select value={values.pattern} onChange={(e) => setPattern(e.target.value as RotaPattern)}>
              {rotaPatternNames.map((p) => (
                <option key={p} value={p}>
                  {t(`rota.patterns.${p}`)}
                </option>
              ))}
            </select>
          </label>
          {carerSelect(t("rota.first"), values.first, setFirst)}
          {carerSelect(t("rota.second"), values.second, setSecond)}
          <label className="field">
            <span>{t("rota.startDate")}</span>
            <input type="date" value={values.start} onChange={(e) => setStart(e.target.value)} />
          </label>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="primary">
            {t("rota.save")}
          </button>
        </form>
      ) : (
        <p className="hint">{t("rota.helperNote")}</p>
      )}
      {rota ? (
        <section className="card" aria-labelledby="nights-title">
          <h2 id="nights-title">{t("rota.nextNights")}</h2>
          <ul className="nights">
            {Array.from({ length: 14 }, (_, i) => addDays(tonight, i)).map((date) => {
              const who = onDuty(rota, date);
              const other = rota.people.find((p) => p !== who);
              const swapped = rota.swaps.some((s) => s.date === date);
              return (
                <li key={date}>
                  <span>
                    {formatShortDay(date, settings)}
                    {date === tonight ? ` (${t("rota.tonight")})` : ""}: <strong>{name(who)}</strong>
                    {swapped ? ` · ${t("rota.swapped")}` : ""}
                  </span>
                  {canEdit && other && (
                    <button type="button" className="link" onClick={() => swap(date, other)}>
                      {t("rota.swap", { date: formatShortDay(date, settings), name: name(other) })}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : (
        <p className="empty">{t("rota.noRota")}</p>
      )}
      {rota && (
        <RestCard
          people={rota.people}
          rests={rota.rests}
          today={tonight}
          name={name}
          canEdit={canEdit}
          onGive={giveRest}
          onTakeBack={takeBack}
        />
      )}
    </div>
  );
};

/** Rest for the one who needs it: a morning to sleep in, or an hour away, given on a day. */
const RestCard = ({
  people,
  rests,
  today,
  name,
  canEdit,
  onGive,
  onTakeBack,
}: {
  people: readonly string[];
  rests: readonly { date: string; userId: string; kind: string }[];
  today: string;
  name: (userId: string | undefined) => string;
  canEdit: boolean;
  onGive: (rest: { date: string; userId: string; kind: string }) => void;
  onTakeBack: (index: number) => void;
}) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const [who, setWho] = useState(people[0] ?? "");
  const [kind, setKind] = useState<string>("sleepIn");
  const [date, setDate] = useState(addDays(today, 1));
  const coming = rests.map((r, i) => ({ r, i })).filter(({ r }) => r.date >= today);
  return (
    <section className="card rest" aria-labelledby="rest-title">
      <h2 id="rest-title">{t("rota.restTitle")}</h2>
      <p className="hint">{t("rota.restIntro")}</p>
      {coming.length > 0 && (
        <ul>
          {coming.map(({ r, i }) => (
            <li key={`${r.date}-${r.userId}-${r.kind}`}>
              {t(`rota.rest.${r.kind}`, { name: name(r.userId), date: formatShortDay(r.date, settings) })}{" "}
              {canEdit && (
                <button type="button" className="link" onClick={() => onTakeBack(i)}>
                  {t("rota.restRemove")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <div className="rest-form">
          <label className="field">
            <span>{t("rota.restWho")}</span>
            <select value={who} onChange={(e) => setWho(e.target.value)}>
              {people.map((p) => (
                <option key={p} value={p}>
                  {name(p)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t("rota.restWhat")}</span>
            <select value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="sleepIn">{t("rota.restKind.sleepIn")}</option>
              <option value="hourAway">{t("rota.restKind.hourAway")}</option>
            </select>
          </label>
          <label className="field">
            <span>{t("rota.restWhen")}</span>
            <input type="date" value={date} min={today} onChange={(e) => setDate(e.target.value)} />
          </label>
          <button
            type="button"
            className="secondary"
            disabled={!who || !/^\d{4}-\d{2}-\d{2}$/.test(date)}
            onClick={() => onGive({ date, userId: who, kind })}
          >
            {t("rota.restGive")}
          </button>
        </div>
      )}
    </section>
  );
};
