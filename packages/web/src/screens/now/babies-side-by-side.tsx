/** Twins or siblings: every baby's last feed, sleep and diaper at a glance, in one small table. */
import { type Entry, nowStatus } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { formatDuration } from "../../format.ts";
import { useEntriesOfDays } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";

export const BabiesSideBySide = ({ now }: { now: number }) => {
  const { t } = useTranslation();
  const { household, baby, chooseBaby } = useHousehold();
  const entries = useEntriesOfDays(2, { kinds: ["feed", "sleep", "diaper"], allBabies: true });
  if (household.babies.length < 2 || !entries) return null;
  const ago = (ms: number | undefined) =>
    ms === undefined ? t("now.none") : t("now.ago", { time: formatDuration(ms, t) });
  return (
    <table className="side-by-side" data-testid="side-by-side">
      <caption>{t("now.sideBySide")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("now.baby")}</th>
          <th scope="col">{t("now.lastFeed")}</th>
          <th scope="col">{t("now.sleepState")}</th>
          <th scope="col">{t("now.lastDiaper")}</th>
        </tr>
      </thead>
      <tbody>
        {household.babies.map((b) => {
          const s = nowStatus(
            entries.filter((e: Entry) => (e.values as { babyId?: string }).babyId === b.id),
            now,
          );
          return (
            <tr key={b.id} className={b.id === baby?.id ? "shown" : undefined}>
              <th scope="row">
                {b.id === baby?.id ? (
                  b.name
                ) : (
                  <button type="button" className="link" onClick={() => chooseBaby(b.id)}>
                    {b.name}
                  </button>
                )}
              </th>
              <td>{ago(s.lastFeed?.sinceMs)}</td>
              <td>
                {s.sleep
                  ? t(s.sleep.state === "asleep" ? "now.asleepShort" : "now.awakeShort", {
                      time: formatDuration(s.sleep.forMs, t),
                    })
                  : t("now.none")}
              </td>
              <td>{ago(s.lastDiaper?.sinceMs)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
