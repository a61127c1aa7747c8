/** For a helper: what it can see (the last few days) and when its access ends, said on the Now screen. */
import { canEditFamilyDetails, defaultHelperWindowDays } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../format.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";

export const HelperAccess = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { session, household } = useHousehold();
  // Only a helper's access has an end and a window.
  if (canEditFamilyDetails(household)) return null;
  const me = household.members.find((m) => m.userId === session.user.id);
  const days = me?.windowDays ?? defaultHelperWindowDays;
  return (
    <p className="notice helper-access" data-testid="helper-access">
      {t("now.helperWindow", { count: days })}{" "}
      {me?.accessUntil
        ? t("now.helperUntil", { time: formatDateTime(me.accessUntil, settings) })
        : t("now.helperUntilRemoved")}
    </p>
  );
};
