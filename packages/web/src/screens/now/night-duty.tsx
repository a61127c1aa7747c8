/** "Tonight Sam is on night duty", on the Now screen, when the household has a rota. */
import { entryOf, nightOf, onDuty, rotaOf, rotaRecordId } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLive } from "../../local/live.ts";
import { useHousehold } from "../../session/session.tsx";

export const NightDuty = ({ now }: { now: number }) => {
  const { t } = useTranslation();
  const { engine, household, session, baby, memberName } = useHousehold();
  const id = rotaRecordId(household.id);
  const entry = useLive(async () => {
    const r = await engine.db.records.get(id);
    return r && !r.deleted ? entryOf(r.state) : null;
  }, [engine, id]);
  const rota = entry ? rotaOf(entry.values) : undefined;
  if (!rota || !baby) return null;
  const who = onDuty(rota, nightOf(now, baby.timeZone));
  if (!who) return null;
  return (
    <p className="night-duty" data-testid="night-duty">
      <Link to="/care/rota">
        {who === session.user.id ? t("now.onDutyYou") : t("now.onDuty", { name: memberName(who) ?? "?" })}
      </Link>
    </p>
  );
};
