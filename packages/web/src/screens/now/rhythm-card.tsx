/** The likely next sleep and feed, learned from this baby, with how sure it is; gentle flags. */
import { babyAge, type Entry, type LikelyTime, rhythm } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { formatTime } from "../../format.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";

export const RhythmCard = ({ entries, now }: { entries: readonly Entry[]; now: number }) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { baby } = useHousehold();
  if (!baby) return null;
  const age = babyAge(baby.birthDate, baby.dueDate, now);
  const r = rhythm(entries, age.correctedDays ?? age.days, baby.timeZone, now);
  if (!r.nextSleep && !r.nextFeed) return null;
  const time = (ms: number) => formatTime(new Date(ms).toISOString(), settings, baby.timeZone);
  const line = (key: "nextSleep" | "nextFeed", p: LikelyTime) =>
    p.overdue ? (
      <p className="rhythm-line">
        <strong>{t(`rhythm.${key}Due`)}</strong> <span className="hint">{t("rhythm.dueHint")}</span>
      </p>
    ) : (
      <p className="rhythm-line">
        <strong>{t(`rhythm.${key}`, { time: time(p.at) })}</strong>{" "}
        <span className="hint">
          {t("rhythm.window", { from: time(p.window50[0]), to: time(p.window50[1]) })}
        </span>
        {p.confidence === "low" && <span className="hint"> {t("rhythm.rough", { name: baby.name })}</span>}
      </p>
    );
  return (
    <section className="card rhythm" aria-labelledby="rhythm-title">
      <h2 id="rhythm-title">{t("rhythm.title")}</h2>
      {r.nextSleep && line("nextSleep", r.nextSleep)}
      {r.nextFeed && line("nextFeed", r.nextFeed)}
      {r.overtired && <p className="notice">{t("rhythm.overtired")}</p>}
      {r.clusterFeeding && <p className="notice">{t("rhythm.cluster")}</p>}
    </section>
  );
};
