/**
 * The self-checks: PHQ-9 (mood) and GAD-7 (anxiety), private to the caregiver, repeatable every two
 * weeks with the results over time. An answer above zero to the PHQ-9 item about self-harm opens the
 * safety screen at once; a moderate score or above suggests a doctor, with words to use.
 */

import {
  instruments,
  needsSafetyScreen,
  repeatAfterDays,
  type SelfCheckResult,
  scoreSelfCheck,
} from "@attune/core/care";
import { type Entry, type Instrument, instrumentNames } from "@attune/core/light";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { v7 as uuidv7 } from "uuid";
import { formatShortDay } from "../../format.ts";
import { useKindEntries } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { SafetyScreen } from "./safety.tsx";

const answersOf = (e: Entry<"selfscreen">): number[] => e.values.answers ?? [];

export const SelfChecksScreen = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { session } = useHousehold();
  const entries = (useKindEntries("selfscreen") ?? []).filter(
    (e) => e.author === session.user.id || !e.author,
  );
  const day = (iso: string) => formatShortDay(iso.slice(0, 10), settings);
  return (
    <div className="self-checks">
      <h1>{t("selfChecks.title")}</h1>
      <p>{t("selfChecks.intro")}</p>
      {instrumentNames.map((instrument) => {
        const past = entries
          .filter((e) => e.values.instrument === instrument)
          .sort((a, b) => b.at.localeCompare(a.at))
          .map((e) => ({ e, r: scoreSelfCheck(instrument, answersOf(e)) }))
          .filter((x): x is { e: Entry<"selfscreen">; r: SelfCheckResult } => !!x.r);
        const last = past[0];
        const next = last
          ? new Date(Date.parse(last.e.at) + repeatAfterDays * 86_400_000).toISOString()
          : undefined;
        return (
          <section key={instrument} className="card" aria-labelledby={`${instrument}-title`}>
            <h2 id={`${instrument}-title`}>{t(`selfChecks.${instrument}`)}</h2>
            {last && (
              <p>
                {t("selfChecks.last", {
                  date: day(last.e.at),
                  total: last.r.total,
                  max: last.r.max,
                  band: t(`selfChecks.band.${last.r.band}`),
                })}{" "}
                {next && Date.parse(next) > Date.now() && t("selfChecks.nextDue", { date: day(next) })}
              </p>
            )}
            {past.length > 1 && (
              <ul className="history" aria-label={t("selfChecks.history")}>
                {past.slice(0, 8).map(({ e, r }) => (
                  <li key={e.id}>
                    {day(e.at)}: {t("selfChecks.score", { total: r.total, max: r.max })} (
                    {t(`selfChecks.band.${r.band}`)})
                  </li>
                ))}
              </ul>
            )}
            <Link className="button primary" to={`/you/self-checks/${instrument}`}>
              {t("selfChecks.start")}
            </Link>
          </section>
        );
      })}
    </div>
  );
};

export const SelfCheckForm = () => {
  const { t } = useTranslation();
  const { instrument: param = "" } = useParams();
  const { engine } = useHousehold();
  const instrument = (instrumentNames as string[]).includes(param) ? (param as Instrument) : undefined;
  const items = instrument ? instruments[instrument].items : 0;
  const [answers, setAnswers] = useState<(number | undefined)[]>(() => Array.from({ length: items }));
  const [showSafety, setShowSafety] = useState(false);
  const [result, setResult] = useState<SelfCheckResult | null>(null);
  const [missing, setMissing] = useState<number | null>(null);
  if (!instrument) return <p className="empty">{t("learn.notFound")}</p>;
  const itemKey = instrument === "phq9" ? "phq9Item" : "gad7Item";

  const answer = (i: number, v: number) => {
    const next = answers.map((a, j) => (j === i ? v : a));
    setAnswers(next);
    // The self-harm item opens the safety screen at once, before anything else.
    if (needsSafetyScreen(instrument, next) && !needsSafetyScreen(instrument, answers)) setShowSafety(true);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const scored = scoreSelfCheck(instrument, answers);
    if (!scored) {
      setMissing(answers.filter((a) => a === undefined).length);
      return;
    }
    setMissing(null);
    await engine.write(
      engine.writer.set(uuidv7(), "selfscreen", "private", {
        time: new Date().toISOString(),
        instrument,
        answers: answers as number[],
      }),
    );
    setResult(scored);
    setShowSafety(scored.safety);
  };

  if (showSafety && !result) return <SafetyScreen onBack={() => setShowSafety(false)} />;
  if (result) {
    return (
      <div className="self-checks">
        {result.safety && <SafetyScreen />}
        <section className="card" aria-labelledby="result-title" data-testid="screen-result">
          <h1 id="result-title">{t("selfChecks.resultTitle")}</h1>
          <p className="result-score">
            {t("selfChecks.score", { total: result.total, max: result.max })} ·{" "}
            {t(`selfChecks.band.${result.band}`)}
          </p>
          <p>{t(`selfChecks.bandText.${result.band}`)}</p>
          {result.seeDoctor && (
            <p className="notice">
              {t("selfChecks.whatToSay", {
                feeling: t(instrument === "phq9" ? "selfChecks.feelingDown" : "selfChecks.feelingAnxious"),
                instrument: instrument === "phq9" ? "PHQ-9" : "GAD-7",
                total: result.total,
              })}
            </p>
          )}
          <p className="hint">{t("selfChecks.saved")}</p>
          <p className="source">{t("selfChecks.source", { source: instruments[instrument].source })}</p>
          <Link to="/you/self-checks">{t("selfChecks.title")}</Link>
        </section>
      </div>
    );
  }
  return (
    <form className="self-checks" onSubmit={(e) => void submit(e)} noValidate>
      <h1>{t(`selfChecks.${instrument}`)}</h1>
      <p className="hint">{t("selfChecks.registerNote")}</p>
      <p>{t("selfChecks.question")}</p>
      {answers.map((a, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the items are fixed and numbered
        <fieldset key={i} className="card item">
          <legend>
            {i + 1}. {t(`selfChecks.${itemKey}.${i}`)}
          </legend>
          {[0, 1, 2, 3].map((v) => (
            <label key={v} className={a === v ? "choice-line active" : "choice-line"}>
              <input type="radio" name={`item-${i}`} checked={a === v} onChange={() => answer(i, v)} />{" "}
              {t(`selfChecks.answer.${v}`)}
            </label>
          ))}
        </fieldset>
      ))}
      {missing !== null && (
        <p className="error" role="alert">
          {t("selfChecks.missing", { count: missing })}
        </p>
      )}
      <button type="submit" className="primary">
        {t("selfChecks.submit")}
      </button>
      <p className="source">{t("selfChecks.source", { source: instruments[instrument].source })}</p>
    </form>
  );
};
