/**
 * The report for the baby's doctor: choose the days (from the day after the last report, or the
 * last four weeks), write down what to ask, choose whether the guide and the settling reflection go
 * in, and make the PDF on this phone — offline too. A helper cannot make one.
 */
import { canMakeReport, type Json } from "@attune/core/light";
import {
  buildReport,
  checkupRecordId,
  defaultReportSpan,
  maxReportDays,
  reportDocument,
  spanDays,
} from "@attune/core/report";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { entriesFrom, useRecord } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { useToast } from "../../ui/toast.tsx";

const usesLetter = () => /-(US|CA|MX|PH|CL|CO|VE|CR|GT|SV|DO|PR)$/i.test(navigator.language);

export const ReportScreen = () => {
  const { t, i18n } = useTranslation();
  const { engine, baby, household, ofBaby } = useHousehold();
  const settings = useSettings();
  const toast = useToast();
  const checkupId = baby ? checkupRecordId(baby.id) : "";
  const checkup = useRecord(checkupId, "checkup");
  const [span, setSpan] = useState<{ from: string; to: string } | undefined>();
  const [questions, setQuestions] = useState<string | undefined>();
  const [paper, setPaper] = useState<"A4" | "LETTER">(usesLetter() ? "LETTER" : "A4");
  const [withGuide, setWithGuide] = useState(false);
  const [withReflection, setWithReflection] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<{ url: string; name: string } | undefined>();

  useEffect(() => {
    if (!baby || checkup === undefined || span) return;
    setSpan(defaultReportSpan(baby.timeZone, Date.now(), checkup?.values.lastReportTo));
    setQuestions(checkup?.values.questions ?? "");
  }, [baby, checkup, span]);
  useEffect(() => () => (made ? URL.revokeObjectURL(made.url) : undefined), [made]);

  if (!baby) return <p className="empty">{t("now.noBaby")}</p>;
  if (!canMakeReport(household)) return <p className="empty">{t("reportScreen.helper")}</p>;
  if (!span || questions === undefined) return <p className="loading">{t("common.loading")}</p>;

  const saveCheckup = (fields: Record<string, Json>) =>
    engine.write(
      engine.writer.set(checkupId, "checkup", "household", {
        ...(checkup ? {} : { babyId: baby.id }),
        time: new Date().toISOString(),
        ...fields,
      }),
    );

  const make = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    if (!span.from || !span.to) return setProblem(t("reportScreen.needDates"));
    if (span.from > span.to) return setProblem(t("reportScreen.fromAfterTo"));
    if (spanDays(span.from, span.to).length > maxReportDays)
      return setProblem(t("reportScreen.tooLong", { count: maxReportDays }));
    setBusy(true);
    try {
      if (questions !== (checkup?.values.questions ?? "")) await saveCheckup({ questions });
      const entries = await entriesFrom(engine.db, "", { ofBaby });
      const from = span.from < baby.birthDate ? baby.birthDate : span.from;
      const data = buildReport({
        baby: {
          id: baby.id,
          name: baby.name,
          birthDate: baby.birthDate,
          dueDate: baby.dueDate,
          sex: baby.sex,
        },
        timeZone: baby.timeZone,
        entries,
        from,
        to: span.to,
        now: Date.now(),
        include: { guide: withGuide, reflection: withReflection },
      });
      const { makePdf, offerFile } = await import("../../pdf/make-pdf.ts");
      const blob = await makePdf(
        reportDocument(data, {
          locale: settings.language,
          t: (key, vars) => i18n.t(key, vars ?? {}) as string,
          pageSize: paper,
          units: {
            volume: settings.volume,
            weight: settings.weight,
            temperature: settings.temperature,
            hour12: settings.clock === "12",
          },
        }),
      );
      const name = `${t("reportScreen.fileName", { name: baby.name })} ${from} – ${span.to}.pdf`;
      setMade({ url: offerFile(blob, name), name });
      await saveCheckup({ lastReportTo: span.to });
      toast({ text: t("reportScreen.made") });
    } catch {
      setProblem(t("reportScreen.failed"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="report-screen">
      <h1>{t("reportScreen.title", { name: baby.name })}</h1>
      <p>{t("reportScreen.intro")}</p>
      <form className="card" onSubmit={(e) => void make(e)} noValidate>
        <fieldset>
          <legend>{t("reportScreen.days")}</legend>
          <label className="field">
            <span>{t("reportScreen.from")}</span>
            <input
              type="date"
              value={span.from}
              min={baby.birthDate}
              onChange={(e) => setSpan({ ...span, from: e.target.value })}
            />
          </label>
          <label className="field">
            <span>{t("reportScreen.to")}</span>
            <input type="date" value={span.to} onChange={(e) => setSpan({ ...span, to: e.target.value })} />
          </label>
          {checkup?.values.lastReportTo && (
            <p className="hint">{t("reportScreen.lastReport", { date: checkup.values.lastReportTo })}</p>
          )}
        </fieldset>
        <label className="field">
          <span>{t("reportScreen.questions")}</span>
          <textarea
            rows={4}
            maxLength={5000}
            value={questions}
            onChange={(e) => setQuestions(e.target.value)}
            onBlur={() => {
              if (questions !== (checkup?.values.questions ?? "")) void saveCheckup({ questions });
            }}
          />
        </label>
        <p className="hint">{t("reportScreen.questionsHint")}</p>
        <fieldset>
          <legend>{t("reportScreen.alsoInclude")}</legend>
          <label className="check-line">
            <input type="checkbox" checked={withGuide} onChange={(e) => setWithGuide(e.target.checked)} />
            {t("reportScreen.includeGuide")}
          </label>
          <label className="check-line">
            <input
              type="checkbox"
              checked={withReflection}
              onChange={(e) => setWithReflection(e.target.checked)}
            />
            {t("reportScreen.includeReflection")}
          </label>
        </fieldset>
        <label className="field">
          <span>{t("reportScreen.paper")}</span>
          <select value={paper} onChange={(e) => setPaper(e.target.value as "A4" | "LETTER")}>
            <option value="A4">A4</option>
            <option value="LETTER">{t("reportScreen.letter")}</option>
          </select>
        </label>
        <p className="hint">{t("reportScreen.privacy")}</p>
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("reportScreen.making") : t("reportScreen.make")}
        </button>
        {made && (
          <p>
            <a href={made.url} download={made.name}>
              {t("reportScreen.download")}
            </a>
          </p>
        )}
      </form>
    </div>
  );
};
