/** This phone's own settings: language, units, clock and theme (each caregiver's phone has its own). */
import { useTranslation } from "react-i18next";
import { type Settings, updateSettings, useSettings } from "../../settings/settings.ts";

const Choice = <K extends keyof Settings>({
  name,
  options,
}: {
  name: K;
  options: readonly Settings[K][];
}) => {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <div className="field">
      <label htmlFor={`setting-${String(name)}`}>{t(`settings.${String(name)}`)}</label>
      <select
        id={`setting-${String(name)}`}
        value={String(settings[name])}
        onChange={(e) => {
          const raw = e.target.value;
          updateSettings({
            [name]: typeof settings[name] === "boolean" ? raw === "true" : raw,
          } as Partial<Settings>);
        }}
      >
        {options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {t(`settings.options.${String(name)}.${String(o)}`)}
          </option>
        ))}
      </select>
    </div>
  );
};

export const ThisPhoneCard = () => {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="this-phone">
      <h2 id="this-phone">{t("settings.thisPhone")}</h2>
      <Choice name="language" options={["en", "es"]} />
      <Choice name="volume" options={["ml", "oz"]} />
      <Choice name="weight" options={["kg", "lb"]} />
      <Choice name="temperature" options={["c", "f"]} />
      <Choice name="clock" options={["24", "12"]} />
      <Choice name="theme" options={["system", "light", "dark", "night"]} />
      <Choice name="autoNight" options={[false, true]} />
      <Choice name="bondingIdeas" options={[true, false]} />
      <Choice name="cryNotices" options={[true, false]} />
    </section>
  );
};
