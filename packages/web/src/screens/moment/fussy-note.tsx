/** On the moment screen, when this week's moments mostly ended unsettled: the helper says so, kindly. */
import { fussySources, momentOf, settlingPattern } from "@attune/core/cues";
import type { Entry } from "@attune/core/light";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Sources } from "../../ui/sources.tsx";

export const FussyNote = ({ moments, name }: { moments: readonly Entry<"moment">[]; name: string }) => {
  const { t } = useTranslation();
  const fussy = useMemo(() => settlingPattern(moments.map(momentOf), Date.now()).fussy, [moments]);
  if (!fussy) return null;
  return (
    <details className="card fussy-note" data-testid="fussy-note">
      <summary>{t("cues.fussySummary", { name })}</summary>
      <p>
        {t("reflection.fussy", { name })} <Sources ids={fussySources} />
      </p>
    </details>
  );
};
