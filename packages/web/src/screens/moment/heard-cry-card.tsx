/**
 * A moment begun from a cry the listener heard: folded, the cry's time, length and description,
 * so the caregiver can weigh the signs it offered. The words describe the sound, not its reason.
 */
import type { Entry } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { formatTime } from "../../format.ts";
import { useSettings } from "../../settings/settings.ts";
import { cryWords } from "../listen/cry-words.ts";

export const HeardCryCard = ({
  cry,
  cries,
  timeZone,
}: {
  cry: Entry<"cry">;
  cries: readonly Entry<"cry">[];
  timeZone: string;
}) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const minutes = Math.max(1, Math.round((cry.values.cryingSeconds ?? 0) / 60));
  return (
    <details className="card heard-cry" data-testid="heard-cry-card">
      <summary>
        {t("listen.momentFrom", { time: formatTime(cry.at, settings, timeZone), count: minutes })}
      </summary>
      <ul className="cry-words">
        {cryWords(cry, cries, t).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="hint">{t("listen.notCause")}</p>
    </details>
  );
};
