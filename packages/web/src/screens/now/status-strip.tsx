/** Since the last feed (and which side), awake or asleep for, the last diaper, who logged what. */
import { type Entry, nowStatus } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { formatDuration } from "../../format.ts";
import { useHousehold } from "../../session/session.tsx";

export const StatusStrip = ({ entries, now }: { entries: readonly Entry[]; now: number }) => {
  const { t } = useTranslation();
  const { memberName } = useHousehold();
  const status = nowStatus(entries, now);
  const by = (e: Entry) => memberName(e.author);
  return (
    <section className="status-strip" aria-label={t("now.statusLabel")}>
      <div className="status-card">
        <span className="status-label">{t("now.lastFeed")}</span>
        <span className="status-value">
          {status.lastFeed
            ? t("now.ago", { time: formatDuration(status.lastFeed.sinceMs, t) })
            : t("now.none")}
        </span>
        {status.lastFeed && (
          <span className="status-detail">
            {[
              status.lastFeed.side ? t(`options.side.${status.lastFeed.side}`) : "",
              by(status.lastFeed.entry) ? t("now.by", { name: by(status.lastFeed.entry) }) : "",
            ]
              .filter(Boolean)
              .join(" · ")}
          </span>
        )}
      </div>
      <div className="status-card">
        <span className="status-label">
          {status.sleep?.state === "asleep" ? t("now.asleepFor") : t("now.awakeFor")}
        </span>
        <span className="status-value">
          {status.sleep ? formatDuration(status.sleep.forMs, t) : t("now.none")}
        </span>
      </div>
      <div className="status-card">
        <span className="status-label">{t("now.lastDiaper")}</span>
        <span className="status-value">
          {status.lastDiaper
            ? t("now.ago", { time: formatDuration(status.lastDiaper.sinceMs, t) })
            : t("now.none")}
        </span>
        {status.lastDiaper && (
          <span className="status-detail">
            {[
              typeof status.lastDiaper.entry.values.contents === "string"
                ? t(`options.contents.${status.lastDiaper.entry.values.contents}`)
                : "",
              by(status.lastDiaper.entry) ? t("now.by", { name: by(status.lastDiaper.entry) }) : "",
            ]
              .filter(Boolean)
              .join(" · ")}
          </span>
        )}
      </div>
    </section>
  );
};
