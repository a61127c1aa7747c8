/**
 * Calm first: a one-minute breathing exercise (in for four, out for six, six times) and the plan
 * for crying that will not stop — check the basics, one calm thing at a time, it is fine to lay the
 * baby down safely and step away, never shake a baby, call someone.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";

const inhale = 4;
const exhale = 6;
const total = 60;

export const CalmScreen = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const [elapsed, setElapsed] = useState<number | null>(null);
  useEffect(() => {
    if (elapsed === null || elapsed >= total) return;
    const id = setTimeout(() => setElapsed(elapsed + 1), 1000);
    return () => clearTimeout(id);
  }, [elapsed]);
  useEffect(() => {
    if (location.hash === "#crying") document.getElementById("crying")?.scrollIntoView();
  }, [location.hash]);
  const running = elapsed !== null && elapsed < total;
  const phase = elapsed !== null && elapsed % (inhale + exhale) < inhale ? "in" : "out";

  return (
    <div className="calm">
      <h1>{t("calm.title")}</h1>
      <section className="card" aria-labelledby="breathe-title">
        <h2 id="breathe-title">{t("calm.breatheTitle")}</h2>
        <p>{t("calm.breatheIntro")}</p>
        <div className={`breath ${running ? `breath-${phase}` : ""}`} aria-hidden="true" />
        {/* Only the phase is announced to a screen reader; the seconds change every second. */}
        <p className="breath-words">
          <span aria-live="polite">
            {running ? t(phase === "in" ? "calm.in" : "calm.out") : elapsed !== null ? t("calm.done") : ""}
          </span>
          {running && <span aria-hidden="true"> · {t("calm.left", { seconds: total - elapsed })}</span>}
        </p>
        <button type="button" className="primary" onClick={() => setElapsed(running ? null : 0)}>
          {running ? t("calm.stop") : t("calm.start")}
        </button>
      </section>
      <section className="card" id="crying" aria-labelledby="crying-title">
        <h2 id="crying-title">{t("calm.cryingTitle")}</h2>
        <p>
          {t("calm.normal")}{" "}
          <span className="source">{t("common.source", { source: t("calm.normalSource") })}</span>
        </p>
        <ol className="steps">
          <li>{t("calm.step1")}</li>
          <li>{t("calm.step2")}</li>
          <li>{t("calm.step3")}</li>
          <li>
            <strong>{t("calm.step4")}</strong>
          </li>
          <li>{t("calm.step5")}</li>
        </ol>
        <p className="source">{t("common.source", { source: t("calm.stepsSource") })}</p>
      </section>
    </div>
  );
};
