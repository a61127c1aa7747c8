/** Timers that are running now, on any caregiver's phone: stop them, or switch breast side. */
import { type Entry, type Json, sideTimes, stopBreastFeed, str, switchSide } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { formatDuration } from "../../format.ts";
import { useHousehold } from "../../session/session.tsx";
import { useToast } from "../../ui/toast.tsx";

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

export const RunningTimers = ({ running, now }: { running: readonly Entry[]; now: number }) => {
  const { t } = useTranslation();
  const { engine, memberName } = useHousehold();
  const toast = useToast();
  if (!running.length) return null;
  const set = (e: Entry, fields: Record<string, Json>) =>
    engine.write(engine.writer.set(e.id, e.kind as "feed", e.scope, fields));
  return (
    <section className="timers" aria-label={t("now.timersLabel")}>
      {running.map((e) => {
        const who = memberName(e.author);
        const elapsed = formatDuration(now - Date.parse(e.at), t);
        const breast = e.kind === "feed" && str(e, "method") === "breast";
        const times = breast ? sideTimes(e, now) : undefined;
        return (
          <article key={e.id} className="timer" data-testid={`timer-${e.kind}`}>
            <div className="timer-head">
              <h2>{t(e.kind === "sleep" ? "timer.sleep" : "timer.feed")}</h2>
              <span className="timer-elapsed">{elapsed}</span>
            </div>
            {who && <p className="timer-who">{t("timer.startedBy", { name: who })}</p>}
            {times && (
              <p className="timer-sides">
                <span className={times.running === "left" ? "side active" : "side"}>
                  {t("timer.left", { time: clock(times.left) })}
                </span>
                <span className={times.running === "right" ? "side active" : "side"}>
                  {t("timer.right", { time: clock(times.right) })}
                </span>
              </p>
            )}
            <div className="timer-actions">
              {breast && (
                <button
                  type="button"
                  className="secondary big"
                  onClick={() => void set(e, switchSide(e, Date.now()))}
                >
                  {t("timer.switchSide")}
                </button>
              )}
              <button
                type="button"
                className="primary big"
                onClick={() => {
                  const fields = breast
                    ? stopBreastFeed(e, Date.now())
                    : { end: new Date(Math.max(Date.now(), Date.parse(e.at) + 1000)).toISOString() };
                  void set(e, fields).then(() => toast({ text: t("toast.saved") }));
                }}
              >
                {t("timer.stop")}
              </button>
            </div>
          </article>
        );
      })}
    </section>
  );
};
