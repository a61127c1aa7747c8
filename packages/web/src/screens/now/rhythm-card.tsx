/** The likely next sleep and feed, learned from this baby, with how sure it is; gentle flags. */
import { babyAge, type Entry, type LikelyTime, rhythm, rhythmFlagSources } from "@attune/core/light";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatTime } from "../../format.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { Sources } from "../../ui/sources.tsx";

export const RhythmCard = ({ entries, now }: { entries: readonly Entry[]; now: number }) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { baby } = useHousehold();
  // The predictions check themselves against the baby's latest intervals: once a minute is enough,
  // not on every second's tick of the clock.
  const minute = Math.floor(now / 60_000) * 60_000;
  const r = useMemo(() => {
    if (!baby) return undefined;
    const age = babyAge(baby.birthDate, baby.dueDate, minute);
    return rhythm(entries, age.correctedDays ?? age.days, baby.timeZone, minute);
  }, [entries, baby, minute]);
  if (!baby || !r) return null;
  if (!r.nextSleep && !r.nextFeed) return null;
  const time = (ms: number) => formatTime(new Date(ms).toISOString(), settings, baby.timeZone);
  const line = (key: "nextSleep" | "nextFeed", p: LikelyTime) =>
    p.overdue ? (
      <p className="rhythm-line">
        <strong>{t(`rhythm.${key}Due`)}</strong> <span className="hint">{t("rhythm.dueHint")}</span>
      </p>
    ) : (
      <details className="rhythm-line">
        <summary>
          <strong>{t(`rhythm.${key}`, { from: time(p.window50[0]), to: time(p.window50[1]) })}</strong>{" "}
          <span className="hint">{t("rhythm.half")}</span>
          {p.confidence === "low" && <span className="hint"> {t("rhythm.rough", { name: baby.name })}</span>}
        </summary>
        <p className="hint">{t("rhythm.wider", { from: time(p.window80[0]), to: time(p.window80[1]) })}</p>
      </details>
    );
  return (
    <section className="card rhythm" aria-labelledby="rhythm-title">
      <h2 id="rhythm-title">{t("rhythm.title")}</h2>
      {r.nextSleep && line("nextSleep", r.nextSleep)}
      {r.nextFeed && line("nextFeed", r.nextFeed)}
      {r.overtired && (
        <p className="notice">
          {t("rhythm.overtired")} <Sources ids={rhythmFlagSources.overtired} />
        </p>
      )}
      {r.clusterFeeding && (
        <p className="notice">
          {t("rhythm.cluster")} <Sources ids={rhythmFlagSources.cluster} />
        </p>
      )}
    </section>
  );
};
