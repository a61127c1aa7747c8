/**
 * "Could it be illness?": shown whenever a sign that can go with being unwell is ticked or a fever
 * was logged in the last day, whatever the need helper's odds say, with the urgent signs one tap
 * away (they open in place).
 */

import { urgentSigns } from "@attune/core/care";
import { illnessCheck, illnessSources } from "@attune/core/cues";
import { useTranslation } from "react-i18next";
import { formatTemperature } from "../../format.ts";
import { useKindEntries } from "../../local/records.ts";
import { useSettings } from "../../settings/settings.ts";
import { Sources } from "../../ui/sources.tsx";
import { signKey } from "./reason-text.ts";

export const IllnessCheckCard = ({ signs, name }: { signs: readonly string[]; name: string }) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const health = useKindEntries("health", { babyOnly: true, days: 2 });
  const temperatures = (health ?? []).flatMap((e) =>
    e.values.temperatureC !== undefined ? [{ at: Date.parse(e.at), c: e.values.temperatureC }] : [],
  );
  const check = illnessCheck(signs, temperatures, Date.now());
  if (!check) return null;
  const because = [
    ...check.signs.map((s) => t(signKey(s))),
    ...(check.feverC !== undefined
      ? [t("cues.illness.fever", { value: formatTemperature(check.feverC, settings, t) })]
      : []),
  ];
  return (
    <section
      className="card urgent-line illness-check"
      role="note"
      aria-labelledby="illness-title"
      data-testid="illness-check"
    >
      <h2 id="illness-title">{t("cues.illness.title")}</h2>
      <p>{t("cues.illness.because", { name, signs: because.join(", ") })}</p>
      <details>
        <summary>{t("cues.illness.urgentOpen")}</summary>
        <ul>
          {urgentSigns.map((s) => (
            <li key={s.id}>{t(`help.urgent.${s.id}`)}</li>
          ))}
        </ul>
        <p>{t("cues.illness.trust")}</p>
      </details>
      <Sources ids={illnessSources} />
    </section>
  );
};
