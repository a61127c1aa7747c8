/**
 * "You": the caregiver's own corner. The check-in, what might help given the last few, the trend
 * over weeks, and the way to calm, self-checks, the night rota, getting help and Learn.
 */

import { type CheckIn, careSuggestions, checkInWeeks } from "@attune/core/care";
import { dayKey, type Entry } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatNumber, formatShortDay, formatTime } from "../../format.ts";
import { useKindEntries } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { CheckInForm } from "./check-in-form.tsx";

const checkInOf = ({ at, values: v }: Entry<"checkin">): CheckIn => ({
  at,
  sleepHours: v.sleepHours,
  stress: v.stress,
  mood: v.mood,
  hadHelp: v.hadHelp,
  ownTime: v.ownTime,
});

export const YouScreen = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { session, baby } = useHousehold();
  const entries = useKindEntries("checkin");
  const timeZone = baby?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const now = Date.now();
  // Only this caregiver's own check-ins, even those they shared.
  const mine = (entries ?? []).filter((e) => e.author === session.user.id || e.author === undefined);
  const checkIns = mine.map(checkInOf);
  const today = dayKey(now, timeZone);
  const todays = mine
    .filter((e) => dayKey(e.at, timeZone) === today)
    .sort((a, b) => b.at.localeCompare(a.at))[0];
  const suggestions = careSuggestions(checkIns, now);
  const weeks = checkInWeeks(checkIns, 4, timeZone, today).filter((w) => w.count > 0);
  const fmt = (v: number | undefined, key: "you.hours" | "you.outOf5") =>
    v === undefined ? t("you.none") : t(key, { value: formatNumber(v, settings, 1) });

  return (
    <div className="you">
      <h1>{t("you.title")}</h1>
      <p className="hint">{t("you.private")}</p>
      {todays && (
        <p className="notice">{t("you.doneToday", { time: formatTime(todays.at, settings, timeZone) })}</p>
      )}
      <CheckInForm />
      {suggestions.length > 0 && (
        <section className="card" aria-labelledby="suggestions-title">
          <h2 id="suggestions-title">{t("you.suggestionsTitle")}</h2>
          <ul>
            {suggestions.map((s) => (
              <li key={s}>
                {t(`you.suggestion.${s}`)}
                {s === "selfCheck" && (
                  <>
                    {" "}
                    <Link to="/you/self-checks">{t("you.screensLink")}</Link>
                  </>
                )}
                {s === "tradeNights" && (
                  <>
                    {" "}
                    <Link to="/you/rota">{t("you.rotaLink")}</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {weeks.length > 0 && (
        <section className="card" aria-labelledby="trend-title">
          <h2 id="trend-title">{t("you.trendTitle")}</h2>
          <table className="weeks compact">
            <thead>
              <tr>
                <th scope="col">{t("you.week")}</th>
                <th scope="col">{t("you.avgSleep")}</th>
                <th scope="col">{t("you.avgStress")}</th>
                <th scope="col">{t("you.avgMood")}</th>
              </tr>
            </thead>
            <tbody>
              {[...weeks].reverse().map((w) => (
                <tr key={w.weekStart}>
                  <th scope="row">{formatShortDay(w.weekStart, settings)}</th>
                  <td>{fmt(w.sleepHours, "you.hours")}</td>
                  <td>{fmt(w.stress, "you.outOf5")}</td>
                  <td>{fmt(w.mood, "you.outOf5")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <nav className="card care-links" aria-labelledby="care-links">
        <h2 id="care-links">{t("you.links")}</h2>
        <ul>
          <li>
            <Link to="/you/calm">{t("you.calmLink")}</Link>
          </li>
          <li>
            <Link to="/you/calm#crying">{t("you.cryingLink")}</Link>
          </li>
          <li>
            <Link to="/you/self-checks">{t("you.screensLink")}</Link>
          </li>
          <li>
            <Link to="/you/rota">{t("you.rotaLink")}</Link>
          </li>
          <li>
            <Link to="/you/help">{t("you.helpLink")}</Link>
          </li>
          <li>
            <Link to="/learn">{t("you.learnLink")}</Link>
          </li>
        </ul>
      </nav>
    </div>
  );
};
