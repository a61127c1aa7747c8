/** The signs a caregiver ticks: chips in four groups, and their own words for anything else. */
import { signGroups } from "@attune/core/cues";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";

export const SignPicker = ({
  signs,
  ownSigns,
  onSigns,
  onOwnSigns,
}: {
  signs: readonly string[];
  ownSigns: readonly string[];
  onSigns: (signs: string[]) => void;
  onOwnSigns: (signs: string[]) => void;
}) => {
  const { t } = useTranslation();
  const [own, setOwn] = useState("");
  const [error, setError] = useState<string | null>(null);
  const toggle = (s: string) => onSigns(signs.includes(s) ? signs.filter((x) => x !== s) : [...signs, s]);
  const addOwn = (e: FormEvent) => {
    e.preventDefault();
    const text = own.trim();
    if (!text) return;
    if (text.length > 60) {
      setError(t("cues.ownSignTooLong"));
      return;
    }
    setError(null);
    if (!ownSigns.includes(text) && ownSigns.length < 10) onOwnSigns([...ownSigns, text]);
    setOwn("");
  };
  return (
    <section className="card signs" aria-labelledby="signs-title">
      <h2 id="signs-title">{t("cues.seeHear")}</h2>
      {(Object.keys(signGroups) as (keyof typeof signGroups)[]).map((group) => (
        <fieldset key={group} className="chip-group">
          <legend className="visually-hidden">{t(`cues.group.${group}`)}</legend>
          <span className="group-name" aria-hidden="true">
            {t(`cues.group.${group}`)}
          </span>
          {signGroups[group].map((s) => (
            <button
              key={s}
              type="button"
              className={signs.includes(s) ? "chip active" : "chip"}
              aria-pressed={signs.includes(s)}
              onClick={() => toggle(s)}
            >
              {t(`cues.sign.${s}`)}
            </button>
          ))}
        </fieldset>
      ))}
      {ownSigns.length > 0 && (
        <ul className="own-signs">
          {ownSigns.map((s) => (
            <li key={s}>
              <span className="chip active">{s}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t("cues.ownSignRemove", { sign: s })}
                onClick={() => onOwnSigns(ownSigns.filter((x) => x !== s))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <details className="own-words" open={!!error}>
        <summary>{t("cues.ownSignOpen")}</summary>
        <form className="inline-form" onSubmit={addOwn}>
          <label className="field">
            <span>{t("cues.ownSign")}</span>
            <input
              value={own}
              maxLength={200}
              onChange={(e) => setOwn(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "own-sign-error" : undefined}
            />
          </label>
          <button type="submit" className="secondary">
            {t("cues.ownSignAdd")}
          </button>
          {error && (
            <p id="own-sign-error" className="error" role="alert">
              {error}
            </p>
          )}
        </form>
      </details>
    </section>
  );
};
