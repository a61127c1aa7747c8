/**
 * Handing the guide over to a babysitter or a grandparent: the card as it prints, printed alone
 * (no app around it), saved as a PDF, or shared by a read-only link for a day, a week or a month
 * that the family can stop at any time.
 */
import type { GuideCard } from "@attune/core/cues";
import { cardDocument } from "@attune/core/report";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { call, type ResponseOf } from "../../api/client.ts";
import { useHousehold } from "../../session/session.tsx";
import { problemMessages } from "../../ui/form-errors.ts";
import { GuideCardView } from "./guide-card-view.tsx";

type Links = ResponseOf<"GET /api/households/:householdId/card-links">;
const durations = [1, 7, 30] as const;

const printCard = () => {
  const root = document.documentElement;
  root.classList.add("printing-card");
  const done = () => {
    root.classList.remove("printing-card");
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  window.print();
};

export const HandOver = ({ card, canShare }: { card: GuideCard; canShare: boolean }) => {
  const { t, i18n } = useTranslation();
  const { household, baby } = useHousehold();
  const [days, setDays] = useState<(typeof durations)[number]>(7);
  const [links, setLinks] = useState<Links | undefined>();
  const [made, setMade] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [copied, setCopied] = useState(false);
  const householdId = household.id;

  const load = useCallback(async () => {
    if (!canShare) return;
    const res = await call("GET /api/households/:householdId/card-links", { params: { householdId } });
    if (res.ok) setLinks(res.value);
  }, [canShare, householdId]);
  useEffect(() => {
    void load();
  }, [load]);

  const savePdf = async () => {
    setProblem(undefined);
    try {
      const { makePdf, offerFile } = await import("../../pdf/make-pdf.ts");
      const url = offerFile(await makePdf(cardDocument(card)), `${card.title}.pdf`);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setProblem(t("card.pdfFailed"));
    }
  };

  const share = async () => {
    if (!baby) return;
    setProblem(undefined);
    setCopied(false);
    const res = await call("POST /api/households/:householdId/card-links", {
      params: { householdId },
      body: {
        babyId: baby.id,
        days,
        card: { ...card, sections: card.sections.map((s) => ({ title: s.title, lines: [...s.lines] })) },
      },
    });
    if (!res.ok) return setProblem(problemMessages(res.error, t).form ?? t("errors.generic"));
    setMade(res.value.link);
    void load();
  };

  const stop = async (linkId: string) => {
    const res = await call("DELETE /api/households/:householdId/card-links/:linkId", {
      params: { householdId, linkId },
    });
    if (!res.ok) return setProblem(problemMessages(res.error, t).form ?? t("errors.generic"));
    setMade(undefined);
    void load();
  };

  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "numeric",
      minute: "2-digit",
    }).format(Date.parse(iso));
  const ours = links?.filter((l) => l.babyId === baby?.id) ?? [];

  return (
    <section className="card hand-over" aria-labelledby="hand-over-title">
      <h2 id="hand-over-title" className="no-print">
        {t("card.handOver")}
      </h2>
      <p className="hint no-print">{t("card.handOverHint")}</p>
      <GuideCardView card={card} />
      <div className="actions no-print">
        <button type="button" className="secondary" onClick={printCard}>
          {t("card.print")}
        </button>
        <button type="button" className="secondary" onClick={() => void savePdf()}>
          {t("card.savePdf")}
        </button>
      </div>
      {canShare && (
        <div className="share no-print">
          <h3>{t("card.shareTitle")}</h3>
          <p className="hint">{t("card.shareHint")}</p>
          <label className="field">
            <span>{t("card.shareFor")}</span>
            <select
              value={days}
              onChange={(e) => setDays(Number(e.target.value) as (typeof durations)[number])}
            >
              {durations.map((d) => (
                <option key={d} value={d}>
                  {t(`card.days_${d}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="primary" onClick={() => void share()}>
            {t("card.share")}
          </button>
          {made && (
            <p className="shared-link">
              <a href={made} target="_blank" rel="noreferrer">
                {made}
              </a>{" "}
              <button
                type="button"
                className="link"
                onClick={() => void navigator.clipboard?.writeText(made).then(() => setCopied(true))}
              >
                {copied ? t("card.copied") : t("card.copy")}
              </button>
            </p>
          )}
          {ours.length > 0 && (
            <ul className="links">
              {ours.map((l) => (
                <li key={l.id}>
                  {t("card.openUntil", { date: when(l.expiresAt) })}{" "}
                  <button type="button" className="link" onClick={() => void stop(l.id)}>
                    {t("card.stop")}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
};
