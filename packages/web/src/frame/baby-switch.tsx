import { useTranslation } from "react-i18next";
import { useHousehold } from "../session/session.tsx";
/** For twins or siblings: which baby every screen shows, one tap away on every screen. */
export const BabySwitch = () => {
  const { t } = useTranslation();
  const { household, baby, chooseBaby } = useHousehold();
  if (household.babies.length < 2) return null;
  return (
    <nav className="baby-switch" aria-label={t("babySwitch.label")}>
      {household.babies.map((b) => (
        <button
          key={b.id}
          type="button"
          className={b.id === baby?.id ? "chosen" : ""}
          aria-pressed={b.id === baby?.id}
          onClick={() => chooseBaby(b.id)}
        >
          {b.name}
        </button>
      ))}
    </nav>
  );
};
