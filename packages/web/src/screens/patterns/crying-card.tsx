/**
 * Crying heard by the listener over the last week, day by day, beside the usual amount for the
 * baby's age in the early weeks (core/insights/crying.ts), with the source. Shown only once a
 * phone has listened; the figures are what it heard, so a day can only be lower than the truth.
 */
import { babyAge, cryingByDay, cryingNormAt, lastDays, ruleOfThrees } from "@attune/core";
import { useTranslation } from "react-i18next";
import { useEntriesOfDays } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { Sources } from "../../ui/sources.tsx";

const shortDay = (day: string, language: string) =>
  new Intl.DateTimeFormat(language === "es" ? "es" : "en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(Date.parse(`${day}T12:00:00Z`));

export const CryingCard = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { baby } = useHousehold();
  const cries = useEntriesOfDays(8, { kinds: ["cry"] });
  if (!baby || !cries || cries.length === 0) return null;
  const now = Date.now();
  const days = cryingByDay(cries, lastDays(7, baby.timeZone, now), baby.timeZone);
  const age = babyAge(baby.birthDate, baby.dueDate, now);
  const norm = cryingNormAt(age.correctedDays ?? age.days);
  const most = Math.max(60, ...days.map((d) => d.minutes), norm?.high ?? 0);
  return (
    <section className="card crying-card" aria-labelledby="crying-title" data-testid="crying-card">
      <h2 id="crying-title">{t("patterns.cryingTitle")}</h2>
      <table className="weeks">
        <thead>
          <tr>
            <th scope="col">{t("patterns.day")}</th>
            <th scope="col">{t("patterns.cryingHeard")}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{shortDay(d.day, settings.language)}</th>
              <td>
                <span className="bar" style={{ width: `${(d.minutes / most) * 100}%` }} />
                {d.seconds > 0 && d.minutes === 0
                  ? t("patterns.cryingUnderMinute")
                  : t("patterns.cryingMinutes", { count: d.minutes })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t("patterns.cryingOnlyHeard")}</p>
      {norm && (
        <p>
          {t(`patterns.cryingNorm_${norm.weeks.replace("-", "_")}`, { low: norm.low, high: norm.high })}{" "}
          <Sources ids={[norm.source]} />
        </p>
      )}
      {ruleOfThrees(days) && (
        <p className="notice">
          {t("patterns.cryingThrees", { name: baby.name })} <Sources ids={["wessel1954"]} />
        </p>
      )}
    </section>
  );
};
