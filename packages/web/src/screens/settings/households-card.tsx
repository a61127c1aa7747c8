import { useTranslation } from "react-i18next";
import { useHousehold, useSessionContext } from "../../session/session.tsx";
import { Field } from "../../ui/field.tsx";

/** For someone in more than one household (a grandparent, a babysitter for two families). */
export const HouseholdsCard = () => {
  const { t } = useTranslation();
  const { session, household } = useHousehold();
  const { chooseHousehold } = useSessionContext();
  if (session.households.length < 2) return null;
  return (
    <section className="card" aria-labelledby="households">
      <h2 id="households">{t("settings.households.title")}</h2>
      <Field label={t("settings.households.choose")} hint={t("settings.households.hint")}>
        {(p) => (
          <select {...p} value={household.id} onChange={(e) => void chooseHousehold(e.target.value)}>
            {session.households.map((h) => (
              <option key={h.householdId} value={h.householdId}>
                {h.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </section>
  );
};
