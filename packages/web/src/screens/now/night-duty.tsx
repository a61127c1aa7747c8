/** "Tonight Sam is on night duty", on the Now screen, when the household has a rota. */
import { nightOf, onDuty, rotaOf, rotaRecordId } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useRecord } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";

export const NightDuty = ({ now }: { now: number }) => {
  const { t } = useTranslation();
  const { household, session, baby, memberName } = useHousehold();
  const entry = useRecord(rotaRecordId(household.id), "rota");
  const rota = entry ? rotaOf(entry.values) : undefined;
  if (!rota || !baby) return null;
  const who = onDuty(rota, nightOf(now, baby.timeZone));
  if (!who) return null;
  return (
    <p className="night-duty" data-testid="night-duty">
      <Link to="/you/rota">
        {who === session.user.id ? t("now.onDutyYou") : t("now.onDuty", { name: memberName(who) ?? "?" })}
      </Link>
    </p>
  );
};
