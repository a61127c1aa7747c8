/**
 * The Now screen's way into the attunement loop: one tap starts a cue moment (keeping the context
 * of that time) and opens it; unfinished moments from the last hours wait here to be finished.
 * Play, the baby's guide and a minute to breathe are one tap away too.
 */
import { babyAge, type Entry, type Json, momentContextAt } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { v7 as uuidv7 } from "uuid";
import { formatTime } from "../../format.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";

export const MomentStart = ({ entries, now }: { entries: readonly Entry[]; now: number }) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const navigate = useNavigate();
  const { engine, baby } = useHousehold();
  if (!baby) return null;
  const unfinished = entries
    .filter((e) => e.kind === "moment" && !e.values.need && now - Date.parse(e.at) < 12 * 3600_000)
    .sort((a, b) => b.at.localeCompare(a.at));
  const start = async () => {
    const id = uuidv7();
    const age = babyAge(baby.birthDate, baby.dueDate, now);
    const context = momentContextAt(entries, now, age.correctedDays ?? age.days, baby.timeZone);
    const clean = Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined)) as Json;
    await engine.write(
      engine.writer.set(id, "moment", "household", {
        babyId: baby.id,
        start: new Date(now).toISOString(),
        context: clean,
        signs: [],
        tries: [],
      }),
    );
    navigate(`/moment/${id}`);
  };
  return (
    <section className="moment-start">
      <button type="button" className="big signal" onClick={() => void start()}>
        {t("now.signalButton")}
      </button>
      {unfinished.map((e) => (
        <p key={e.id} className="notice unfinished">
          {t("now.unfinished", { time: formatTime(e.at, settings, baby.timeZone) })}{" "}
          <Link to={`/moment/${e.id}`}>{t("now.finish")}</Link>
        </p>
      ))}
      <ul className="links">
        <li>
          <Link to="/play">{t("now.playButton")}</Link>
        </li>
        <li>
          <Link to="/guide">{t("now.guideLink", { name: baby.name })}</Link>
        </li>
        <li>
          <Link to="/you/calm">{t("now.breathe")}</Link>
        </li>
      </ul>
    </section>
  );
};
