/**
 * Patterns: the 24-hour chart (one row per day, sleeps as bars, feeds as dots, in the baby's time
 * zone) and the weekly averages. Drawn as plain SVG, described in words for screen readers.
 */
import { dayRows, lastDays, weeklyTrends } from "@attune/core";
import { canMakeReport } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDay, formatNumber } from "../../format.ts";
import { useEntriesOfDays } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { CryingCard } from "./crying-card.tsx";
import { GrowthCard } from "./growth-card.tsx";
import { ReflectionCard } from "./reflection-card.tsx";

const days = 14;
// Labels at about the body text's size on a phone: the chart is drawn 320 wide and shown full width.
const rowHeight = 24;
const labelWidth = 64;
const width = 320;
const plot = width - labelWidth - 12;

export const PatternsScreen = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { baby, household } = useHousehold();
  const timeZone = baby?.timeZone ?? "UTC";
  const entries = useEntriesOfDays(8 * 7, { kinds: ["sleep", "feed"] });
  if (!entries) return <p className="loading">{t("common.loading")}</p>;
  const now = Date.now();
  const rows = dayRows(entries, lastDays(days, timeZone, now), timeZone, now);
  const weeks = weeklyTrends(entries, 8, timeZone, now);
  const x = (h: number) => labelWidth + (Math.min(h, 24) / 24) * plot;
  const shortDay = (day: string) =>
    new Intl.DateTimeFormat(settings.language === "es" ? "es" : "en-GB", {
      day: "numeric",
      month: "numeric",
      timeZone: "UTC",
    }).format(Date.parse(`${day}T12:00:00Z`));
  const maxSleep = Math.max(18, ...weeks.map((w) => w.sleepHoursPerDay));
  return (
    <div className="patterns">
      <h1>{t("patterns.title")}</h1>
      {canMakeReport(household) && (
        <p className="report-link">
          <Link to="/report">{t("reportScreen.open")}</Link>
        </p>
      )}
      <ReflectionCard />
      <section className="card" aria-labelledby="chart-title">
        <h2 id="chart-title">{t("patterns.chartTitle")}</h2>
        <svg
          className="day-chart"
          viewBox={`0 0 ${width} ${rows.length * rowHeight + 22}`}
          role="img"
          aria-label={t("patterns.chartLabel", { days })}
        >
          {[0, 6, 12, 18, 24].map((h) => (
            <g key={h}>
              <line x1={x(h)} x2={x(h)} y1={0} y2={rows.length * rowHeight} className="grid" />
              <text x={x(h)} y={rows.length * rowHeight + 18} className="axis" textAnchor="middle">
                {String(h).padStart(2, "0")}
              </text>
            </g>
          ))}
          {rows.map((r, i) => (
            <g key={r.day} transform={`translate(0 ${i * rowHeight})`}>
              <text x={0} y={rowHeight - 7} className="axis">
                {shortDay(r.day)}
              </text>
              {r.sleeps.map((s) => (
                <rect
                  key={`${s.from}`}
                  x={x(s.from)}
                  y={3}
                  width={Math.max(1, x(s.to) - x(s.from))}
                  height={rowHeight - 6}
                  rx={2}
                  className="sleep-bar"
                />
              ))}
              {r.feeds.map((f) => (
                <circle key={`${f}`} cx={x(f)} cy={rowHeight / 2} r={2.4} className="feed-dot" />
              ))}
            </g>
          ))}
        </svg>
        <p className="legend">
          <span className="key sleep-key" /> {t("patterns.sleepKey")} <span className="key feed-key" />{" "}
          {t("patterns.feedKey")}
        </p>
        <details className="in-words">
          <summary>{t("patterns.inWords")}</summary>
          <ul>
            {rows.map((r) => (
              <li key={r.day}>
                {t("patterns.dayInWords", {
                  day: shortDay(r.day),
                  sleep: formatNumber(
                    r.sleeps.reduce((sum, x) => sum + (x.to - x.from), 0),
                    settings,
                    1,
                  ),
                  naps: r.sleeps.length,
                  feeds: r.feeds.length,
                })}
              </li>
            ))}
          </ul>
        </details>
      </section>
      <section className="card" aria-labelledby="weeks-title">
        <h2 id="weeks-title">{t("patterns.weeksTitle")}</h2>
        <table className="weeks">
          <thead>
            <tr>
              <th scope="col">{t("patterns.week")}</th>
              <th scope="col">{t("patterns.sleepPerDay")}</th>
              <th scope="col">{t("patterns.feedsPerDay")}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{formatDay(w.weekStart, settings)}</th>
                <td>
                  {w.daysLogged ? (
                    <>
                      <span className="bar" style={{ width: `${(w.sleepHoursPerDay / maxSleep) * 100}%` }} />
                      {t("patterns.hours", { value: formatNumber(w.sleepHoursPerDay, settings, 1) })}
                    </>
                  ) : (
                    t("patterns.notLogged")
                  )}
                </td>
                <td>{w.daysLogged ? formatNumber(w.feedsPerDay, settings, 1) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <CryingCard />
      <GrowthCard />
    </div>
  );
};
