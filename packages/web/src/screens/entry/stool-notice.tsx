/** Shown at once after a diaper whose colour needs a doctor (pale) or may be blood: what to do, the sources. */
import { type StoolAdvice, stoolAdviceSources } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { Sources } from "../../ui/sources.tsx";

export const StoolNotice = ({
  advice,
  onDone,
}: {
  advice: Exclude<StoolAdvice, "none">;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <section
      className={advice === "meconium" ? "card" : "urgent"}
      role="alertdialog"
      aria-labelledby="stool-title"
      aria-describedby="stool-text"
      data-testid="stool-notice"
    >
      <h2 id="stool-title">{t(`stool.${advice}.title`)}</h2>
      <p id="stool-text">{t(`stool.${advice}.text`)}</p>
      <Sources ids={stoolAdviceSources[advice]} block />
      <button type="button" className="primary" onClick={onDone}>
        {t("fever.understood")}
      </button>
    </section>
  );
};
