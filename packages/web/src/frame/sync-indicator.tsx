/** The little sign at the top that says whether this phone's changes are shared. */
import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { useHousehold } from "../session/session.tsx";
import { useRefusals } from "../sync/use-refusals.ts";
export const SyncIndicator = () => {
  const { t } = useTranslation();
  const { engine } = useHousehold();
  const status = useSyncExternalStore(
    (l) => engine.subscribe(l),
    () => engine.status,
  );
  // An entry the server would not take is never "all synced": it is on this phone only.
  const refused = useRefusals().length;
  const shown = refused && (status === "synced" || status === "pending") ? "refused" : status;
  return (
    <p className={`sync sync-${shown}`} role="status" data-testid="sync-status">
      {shown === "refused" ? t("sync.notShared", { count: refused }) : t(`sync.${status}`)}
    </p>
  );
};
