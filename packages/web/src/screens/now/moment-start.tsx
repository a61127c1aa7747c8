/**
 * The Now screen's way into the attunement loop: one tap starts a cue moment (keeping the context
 * of that time) and opens it; unfinished moments from the last hours wait here to be finished.
 * Play, the baby's guide and a minute to breathe are one tap away too.
 */
import type { Entry } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { formatTime } from "../../format.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { startMoment } from "../moment/start-moment.ts";

export const MomentStart = ({ entries, now }: { entries: readonly Entry[]; now: number }) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const navigate = useNavigate();
  const { engine, baby } = useHousehold();
  if (!baby) return null;
  const unfinished = entries
    .filter((e) => e.kind === "moment" && !e.values.need && now - Date.parse(e.at) < 12 * 3600_000)
    .sort((a, b) => b.at.localeCompare(a.at));
  const start = async () => navigate(`/moment/${await startMoment(engine, baby, entries, now)}`);
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
          <Link to="/listen">{t("now.listenLink")}</Link>
        </li>
        <li>
          <Link to="/you/calm">{t("now.breathe")}</Link>
        </li>
      </ul>
    </section>
  );
};
