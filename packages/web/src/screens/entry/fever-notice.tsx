/** Shown at once after a temperature that needs a doctor: plain words, what to do now, the source. */
import { type FeverAdvice, feverSources } from "@attune/core";
import { useTranslation } from "react-i18next";
import { Sources } from "../../ui/sources.tsx";

export const FeverNotice = ({
  advice,
  onDone,
}: {
  advice: Exclude<FeverAdvice, "none">;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <section
      className="urgent"
      role="alertdialog"
      aria-labelledby="fever-title"
      aria-describedby="fever-text"
    >
      <h2 id="fever-title">{t(`fever.${advice}.title`)}</h2>
      <p id="fever-text">{t(`fever.${advice}.text`)}</p>
      <Sources ids={feverSources} block />
      <button type="button" className="primary" onClick={onDone}>
        {t("fever.understood")}
      </button>
    </section>
  );
};
