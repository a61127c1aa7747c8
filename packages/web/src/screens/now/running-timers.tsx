/** Timers that are running now, on any caregiver's phone: stop them, or switch breast side. */
import {
  type Entry,
  type Json,
  sideTimes,
  stillGoingCheck,
  stopBreastFeed,
  switchSide,
} from "@attune/core/light";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDuration, formatTime } from "../../format.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { useToast } from "../../ui/toast.tsx";

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

/** Timers someone said are still going: not asked again on this phone. */
const stillGoingKey = "attune-still-going";
const confirmedGoing = (): string[] => {
  try {
    return JSON.parse(sessionStorage.getItem(stillGoingKey) ?? "[]");
  } catch {
    return [];
  }
};

export const RunningTimers = ({
  running,
  entries,
  now,
}: {
  running: readonly Entry<"feed" | "sleep">[];
  entries: readonly Entry[];
  now: number;
}) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { engine, memberName, baby } = useHousehold();
  const toast = useToast();
  const [going, setGoing] = useState<string[]>(confirmedGoing);
  if (!running.length) return null;
  const set = (e: Entry<"feed" | "sleep">, fields: Record<string, Json>) =>
    engine.write(engine.writer.set(e.id, e.kind, e.scope, fields));
  return (
    <section className="timers" aria-label={t("now.timersLabel")}>
      {running.map((e) => {
        const who = memberName(e.author);
        const elapsed = formatDuration(now - Date.parse(e.at), t);
        // A breast feed's timer runs by side; a bottle or a sleep is one span.
        const breast = e.kind === "feed" && e.values.method === "breast" ? e : undefined;
        const times = breast ? sideTimes(breast, now) : undefined;
        const ask = going.includes(e.id) ? undefined : stillGoingCheck(e, entries, now);
        return (
          <article key={e.id} className="timer" data-testid={`timer-${e.kind}`}>
            {ask && (
              <div className="still-going" role="alert" data-testid="still-going">
                <p>
                  {t(e.kind === "sleep" ? "timer.stillSleeping" : "timer.stillFeeding", {
                    name: baby?.name ?? "",
                    length: elapsed,
                  })}
                </p>
                <div className="timer-actions">
                  <button
                    type="button"
                    className="primary big"
                    onClick={() => {
                      const fields = breast
                        ? { ...stopBreastFeed(breast, Date.parse(ask.suggestedEnd)), end: ask.suggestedEnd }
                        : { end: ask.suggestedEnd };
                      void set(e, fields).then(() => toast({ text: t("toast.saved") }));
                    }}
                  >
                    {t("timer.endAt", { time: formatTime(ask.suggestedEnd, settings, baby?.timeZone) })}
                  </button>
                  <button
                    type="button"
                    className="secondary big"
                    onClick={() => {
                      const next = [...going, e.id];
                      sessionStorage.setItem(stillGoingKey, JSON.stringify(next));
                      setGoing(next);
                    }}
                  >
                    {t("timer.stillGoing")}
                  </button>
                </div>
              </div>
            )}
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
                  onClick={() => void set(breast, switchSide(breast, Date.now()))}
                >
                  {t("timer.switchSide")}
                </button>
              )}
              <button
                type="button"
                className="primary big"
                onClick={() => {
                  const fields = breast
                    ? stopBreastFeed(breast, Date.now())
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
