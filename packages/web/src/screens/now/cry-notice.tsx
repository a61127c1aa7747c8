/**
 * When a listening phone in the household hears the baby crying, the other phones say so here
 * ("Maya has been crying 2 min"), unless this phone is the one listening or its caregiver turned
 * the notices off. A crying entry counts while its phone updated it in the last 90 seconds.
 */
import type { Entry } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { useListenState } from "../../listen/listen-state.ts";
import { useHousehold } from "../../session/session.tsx";
import { updateSettings, useSettings } from "../../settings/settings.ts";

const freshMs = 90_000;

export const CryNotice = ({ entries, now }: { entries: readonly Entry[]; now: number }) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { baby, memberName } = useHousehold();
  const listening = useListenState();
  if (!baby || settings.cryNotices === false) return null;
  const crying = entries.find(
    (e): e is Entry<"cry"> =>
      e.kind === "cry" &&
      !e.deleted &&
      !e.values.end &&
      now - Date.parse(e.values.heardAt ?? e.at) < freshMs &&
      e.id !== listening.crying?.entryId,
  );
  if (!crying) return null;
  const minutes = Math.max(1, Math.round((now - Date.parse(crying.at)) / 60_000));
  const who = memberName(crying.author);
  return (
    <section className="card cry-notice" role="status" data-testid="cry-notice">
      <p>
        <strong>{t("listen.notice", { name: baby.name, count: minutes })}</strong>
        {who ? ` ${t("listen.noticeBy", { name: who })}` : ""}
      </p>
      <button type="button" className="link" onClick={() => updateSettings({ cryNotices: false })}>
        {t("listen.noticeOff")}
      </button>
    </section>
  );
};
