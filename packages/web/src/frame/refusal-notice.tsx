import { isRecordKind, type LoggedKind, loggedKinds, type RecordKind } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useHousehold } from "../session/session.tsx";
import { useRefusals } from "../sync/use-refusals.ts";

/** Where a refused entry can be seen and put right: the moment itself, the timeline, or its screen. */
const ownScreens: { readonly [K in Exclude<RecordKind, LoggedKind>]: string } = {
  guide: "/guide",
  checkup: "/report",
  reminders: "/settings",
  rota: "/you/rota",
  checkin: "/you",
  selfscreen: "/you/self-checks",
  intake: "/you/help",
  contact: "/you/help",
};
const refusedEntryPath = (kind: string, recordId: string): string | undefined =>
  !isRecordKind(kind)
    ? undefined
    : kind === "moment"
      ? `/moment/${recordId}`
      : (loggedKinds as readonly RecordKind[]).includes(kind)
        ? `/timeline?edit=${recordId}`
        : ownScreens[kind as keyof typeof ownScreens];

/** Changes the server would not take: said plainly, once, with why; they stay on this phone. */
export const RefusalNotice = () => {
  const { t } = useTranslation();
  const { engine } = useHousehold();
  const refusals = useRefusals().filter((r) => !r.seen);
  if (!refusals.length) return null;
  const lines = [...new Map(refusals.map((r) => [`${r.kind}|${r.code}`, r])).values()].slice(0, 4);
  return (
    <section className="notice refusals" role="alert" data-testid="refusals">
      <strong>{t("sync.refused.title", { count: refusals.length })}</strong>
      <ul>
        {lines.map((r) => {
          const where = refusedEntryPath(r.kind, r.recordId);
          return (
            <li key={`${r.kind}|${r.code}`}>
              {t("sync.refused.item", {
                kind: t(`kinds.${r.kind}`, { defaultValue: r.kind }),
                reason: t(`sync.refused.reasons.${r.code}`, {
                  defaultValue: t("sync.refused.reasons.other"),
                }),
              })}{" "}
              {where && <NavLink to={where}>{t("sync.refused.open")}</NavLink>}
            </li>
          );
        })}
      </ul>
      <p>{t("sync.refused.kept")}</p>
      <button type="button" className="secondary" onClick={() => void engine.dismissRefusals()}>
        {t("sync.refused.ok")}
      </button>
    </section>
  );
};
