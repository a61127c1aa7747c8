/** The likely needs for this baby with the reasons, or an honest "hard to tell". */
import type { NeedOdds } from "@attune/core/cues";
import { useTranslation } from "react-i18next";
import { formatTemperature } from "../../format.ts";
import { useSettings } from "../../settings/settings.ts";
import { Sources } from "../../ui/sources.tsx";
import { reasonText } from "./reason-text.ts";

export const NeedOddsCard = ({
  odds,
  name,
  alsoFrom = [],
}: {
  odds: NeedOdds;
  name: string;
  /** The household's other babies whose moments it starts from. */
  alsoFrom?: readonly string[];
}) => {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const shown = odds.needs.slice(0, 3);
  const unwellLikely = odds.needs.some((n, i) => n.need === "unwell" && i < 2 && n.p > 0.2);
  return (
    <section className="card" aria-labelledby="odds-title" data-testid="need-odds">
      <h2 id="odds-title">{t("cues.likely")}</h2>
      {odds.unsure && <p className="notice">{t("cues.unsure")}</p>}
      <ul className="odds">
        {shown.map(({ need, p }) => (
          <li key={need}>
            <span className="odds-name">{t(`cues.need.${need}`)}</span>
            <span className="odds-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(p * 100)}%` }} />
            </span>
            <span className="odds-value">{t("cues.percent", { value: Math.round(p * 100) })}</span>
          </li>
        ))}
      </ul>
      <details className="why">
        <summary>{t("cues.why")}</summary>
        {odds.reasons.length > 0 && (
          <ul className="reasons">
            {odds.reasons.map((r) => (
              <li key={JSON.stringify(r)}>{reasonText(r, t, name)}</li>
            ))}
          </ul>
        )}
        <p className="hint learned">
          {odds.learnedFrom > 0
            ? t("cues.learnedFrom", { count: odds.learnedFrom, name })
            : t("cues.learnedNone", { name })}{" "}
          {alsoFrom.length > 0 && (
            <>
              {t("cues.alsoFrom", {
                names: new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(alsoFrom),
              })}{" "}
            </>
          )}
          {t("cues.notTranslation", { name })}
        </p>
      </details>
      {unwellLikely && (
        <p className="urgent-line" role="note">
          {t("cues.unwellNotice", { name, fever: formatTemperature(38, settings, t) })}{" "}
          <Sources ids={["niceNg143"]} />
        </p>
      )}
    </section>
  );
};
