/** "Tonight Sam is on night duty", on the Now screen, when the household has a rota. */
import { dayKey, nightOf, onDuty, restsOn, rotaOf, rotaRecordId } from "@attune/core/light";
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
  const rests = restsOn(rota, dayKey(now, baby.timeZone));
  if (!who && !rests.length) return null;
  return (
    <div className="night-duty" data-testid="night-duty">
      {who && (
        <p>
          <Link to="/you/rota">
            {who === session.user.id ? t("now.onDutyYou") : t("now.onDuty", { name: memberName(who) ?? "?" })}
          </Link>
        </p>
      )}
      {rests.map((r) => (
        <p key={`${r.userId}-${r.kind}`} data-testid="rest-today">
          {r.userId === session.user.id
            ? t(`now.restYou.${r.kind}`)
            : t(`now.rest.${r.kind}`, { name: memberName(r.userId) ?? "?" })}
        </p>
      ))}
    </div>
  );
};
