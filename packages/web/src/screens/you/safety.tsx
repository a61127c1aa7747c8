/**
 * The safety screen, opened at once when a caregiver reports thoughts of self-harm: plain words,
 * the emergency number and a crisis line for their country, the numbers the household saved, and a
 * prompt to tell someone now.
 */

import { crisisLinesFor } from "@attune/core/care";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useKindEntries } from "../../local/records.ts";
import { deviceCountry, telHref } from "./reach-help.ts";

export const SafetyScreen = ({ onBack }: { onBack?: () => void }) => {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const contacts = useKindEntries("contact") ?? [];
  const lines = crisisLinesFor(deviceCountry());
  useEffect(() => heading.current?.focus(), []);
  const saved = [...contacts].sort(
    (a, b) => Number(b.values.role === "crisis") - Number(a.values.role === "crisis"),
  );
  return (
    <section className="urgent safety" role="alert" aria-labelledby="safety-title" data-testid="safety">
      <h2 id="safety-title" ref={heading} tabIndex={-1}>
        {t("safety.title")}
      </h2>
      <p>{t("safety.text")}</p>
      <p>
        <strong>
          {lines ? t("safety.emergency", { number: lines.emergency }) : t("safety.emergencyUnknown")}
        </strong>
      </p>
      {lines && (
        <p>
          <a className="primary call" href={telHref(lines.emergency)}>
            {t("safety.call", { number: lines.emergency })}
          </a>
        </p>
      )}
      {lines?.crisis && (
        <p>
          <a href={telHref(lines.crisis.phone)}>
            {t("safety.crisis", { name: lines.crisis.name, number: lines.crisis.phone })}
          </a>
          {lines.crisis.text && <> {t("safety.text988", { number: lines.crisis.text })}</>}
        </p>
      )}
      {saved.length > 0 && (
        <>
          <h3>{t("safety.household")}</h3>
          <ul>
            {saved.map((c) => (
              <li key={c.id}>
                <a href={telHref(c.values.phone ?? "")}>
                  {c.values.name}: {c.values.phone}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t("safety.tellSomeone")}</p>
      <p>{t("safety.baby")}</p>
      {onBack && (
        <button type="button" className="secondary" onClick={onBack}>
          {t("safety.back")}
        </button>
      )}
    </section>
  );
};
