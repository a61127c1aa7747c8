/** What the need turned out to be; "not sure" is an honest answer too. */
import { discomfortKinds, type Moment, resolvedNeeds } from "@attune/core/cues";
import { useTranslation } from "react-i18next";

export const ResolveCard = ({
  moment,
  discomfort,
  onNeed,
  onDiscomfort,
}: {
  moment: Moment;
  discomfort: string | undefined;
  onNeed: (need: string) => void;
  onDiscomfort: (kind: string) => void;
}) => {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="resolve-title">
      <h2 id="resolve-title">{t("cues.resolveTitle")}</h2>
      <fieldset className="chip-group">
        <legend className="visually-hidden">{t("cues.resolveTitle")}</legend>
        {resolvedNeeds.map((n) => (
          <button
            key={n}
            type="button"
            className={moment.need === n ? "chip active" : "chip"}
            aria-pressed={moment.need === n}
            onClick={() => onNeed(n)}
          >
            {t(`cues.need.${n}`)}
          </button>
        ))}
      </fieldset>
      {moment.need === "discomfort" && (
        <fieldset className="chip-group">
          <legend>{t("cues.whichDiscomfort")}</legend>
          {discomfortKinds.map((k) => (
            <button
              key={k}
              type="button"
              className={discomfort === k ? "chip active" : "chip"}
              aria-pressed={discomfort === k}
              onClick={() => onDiscomfort(k)}
            >
              {t(`cues.discomfortKind.${k}`)}
            </button>
          ))}
        </fieldset>
      )}
    </section>
  );
};
