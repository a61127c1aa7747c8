/**
 * Reflection, not grading: week by week, how often the first response settled the baby and how
 * often a miss was repaired, in kind words, for the household as a whole (never one caregiver
 * beside another). The research on being in step is said for what it measured (moment-to-moment
 * play), not set as a line to reach. Two gentle notes come from the baby's own moments: a fussy
 * week whatever you do, and when it may help to talk to someone early.
 */
import {
  fussySources,
  helpEarlySources,
  momentOf,
  type ReflectionWeek,
  reflectionSources,
  reflectionTone,
  reflectionWeeks,
  settlingPattern,
} from "@attune/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatShortDay } from "../../format.ts";
import { useKindEntries } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { Sources } from "../../ui/sources.tsx";

const weeksShown = 8;
const width = 320;
const height = 150;
const left = 46;
/** Room under the bars for each week's label. */
const labelRoom = 24;

export const ReflectionCard = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { baby } = useHousehold();
  const entries = useKindEntries("moment", { babyOnly: true, days: weeksShown * 7 + 1 });
  const plays = useKindEntries("play", { babyOnly: true, days: 7 });
  const moments = useMemo(() => entries?.map(momentOf), [entries]);
  if (!moments || !baby) return null;
  const name = baby.name;
  const weeks = reflectionWeeks(moments, weeksShown, baby.timeZone, Date.now());
  const any = weeks.some((w) => w.tried > 0);
  const latest = [...weeks].reverse().find((w) => w.moments > 0);
  const share = (w: ReflectionWeek) => (w.tried ? w.firstSettled / w.tried : 0);
  const repairShare = (w: ReflectionWeek) => (w.missed ? w.repaired / w.missed : 0);
  const slot = (width - left) / weeksShown;
  // A week by its first day, short ("3/11"): every other week when there are many, the latest always.
  const weekLabel = (day: string) =>
    new Intl.DateTimeFormat(settings.language === "es" ? "es" : "en-GB", {
      day: "numeric",
      month: "numeric",
      timeZone: "UTC",
    }).format(Date.parse(`${day}T12:00:00Z`));
  const y = (v: number) => 8 + (1 - v) * (height - 16 - labelRoom);
  const pattern = settlingPattern(moments, Date.now());
  // Joy, not only settling: this week's play the baby joined in (smiled, cooed, reached, watched).
  const joyful = (plays ?? []).filter((p) => (p.values.engagement ?? []).length > 0);

  return (
    <section className="card reflection" aria-labelledby="reflection-title" data-testid="reflection">
      <h2 id="reflection-title">{t("reflection.title")}</h2>
      {joyful.length > 0 && (
        <p className="joy" data-testid="joy">
          {t("reflection.joy", { count: joyful.length, name })}
        </p>
      )}
      <p className="hint">
        {t("reflection.intro")} <Sources ids={reflectionSources} />
      </p>
      {!any ? (
        <p className="empty">{t("reflection.none")}</p>
      ) : (
        <>
          <svg
            className="reflection-chart"
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={t("reflection.chartLabel")}
          >
            {[0, 0.5, 1].map((v) => (
              <g key={v}>
                <line x1={left} x2={width} y1={y(v)} y2={y(v)} className="grid" />
                <text x={0} y={y(v) + 4} className="axis">
                  {t("cues.percent", { value: v * 100 })}
                </text>
              </g>
            ))}
            {weeks.map((w, i) => (
              <g key={w.weekStart} transform={`translate(${left + i * slot} 0)`}>
                {w.tried > 0 && (
                  <rect
                    x={slot * 0.15}
                    y={y(share(w))}
                    width={slot * 0.35}
                    height={y(0) - y(share(w))}
                    className="first-bar"
                  />
                )}
                {w.missed > 0 && (
                  <rect
                    x={slot * 0.5}
                    y={y(repairShare(w))}
                    width={slot * 0.35}
                    height={y(0) - y(repairShare(w))}
                    className="repair-bar"
                  />
                )}
                {(weeks.length <= 4 || i % 2 === weeks.length % 2) && (
                  <text x={slot / 2} y={height - 4} className="axis" textAnchor="middle">
                    {weekLabel(w.weekStart)}
                  </text>
                )}
              </g>
            ))}
          </svg>
          <p className="legend">
            <span className="key first-key" /> {t("reflection.firstSettled")}{" "}
            <span className="key repair-key" /> {t("reflection.repaired")}
          </p>
          {latest && (
            <p className="reflection-words">{t(`reflection.tone.${reflectionTone(latest)}`, { name })}</p>
          )}
          {pattern.fussy && (
            <p className="notice" data-testid="fussy-note">
              {t("reflection.fussy", { name })} <Sources ids={fussySources} />
            </p>
          )}
          {pattern.helpEarly && (
            <p className="notice" data-testid="help-early">
              {t("reflection.helpEarly", { name })}{" "}
              <Link to="/report">{t("reflection.helpEarlyReport")}</Link> <Sources ids={helpEarlySources} />
            </p>
          )}
          <table className="weeks compact">
            <thead>
              <tr>
                <th scope="col">{t("reflection.week")}</th>
                <th scope="col">{t("reflection.firstSettled")}</th>
                <th scope="col">{t("reflection.repaired")}</th>
                <th scope="col">{t("reflection.settleTime")}</th>
              </tr>
            </thead>
            <tbody>
              {[...weeks]
                .reverse()
                .filter((w) => w.moments > 0)
                .map((w) => (
                  <tr key={w.weekStart}>
                    <th scope="row">{formatShortDay(w.weekStart, settings)}</th>
                    <td>{w.tried ? t("reflection.ofCount", { k: w.firstSettled, of: w.tried }) : ""}</td>
                    <td>{w.missed ? t("reflection.ofCount", { k: w.repaired, of: w.missed }) : ""}</td>
                    <td>
                      {w.medianSettleMin !== undefined
                        ? t("reflection.minutes", { value: Math.round(w.medianSettleMin) })
                        : ""}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
};
