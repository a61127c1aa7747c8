/**
 * Listen: the one screen that explains listening mode and turns it on (it is off until a caregiver
 * starts it here), shows what it hears, and lists the episodes it heard with their description and
 * the signs they fit, offered for a cue moment the caregiver then confirms or changes.
 */
import { offeredCrySigns } from "@attune/core/cues";
import type { Entry } from "@attune/core/light";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { formatDuration, formatTime } from "../../format.ts";
import { stopListening, useListenState } from "../../listen/listen-state.ts";
import { useNow } from "../../local/live.ts";
import { useKindEntries } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { IllnessCheckCard } from "../moment/illness-check.tsx";
import { startMoment } from "../moment/start-moment.ts";
import { useRecentEntries } from "../now/use-entries.ts";
import { cryWords } from "./cry-words.ts";

export const ListenScreen = () => {
  const { t } = useTranslation();
  const { engine, baby } = useHousehold();
  const state = useListenState();
  const settings = useSettings();
  const now = useNow(1000);
  const cries = useKindEntries("cry", { babyOnly: true, days: 30 });
  if (!baby) return <p className="empty">{t("now.noBaby")}</p>;
  const start = async () => {
    const { startListening } = await import("../../listen/listening.ts");
    await startListening(engine, baby);
  };
  const recent = (cries ?? [])
    .filter((c) => now - Date.parse(c.at) < 24 * 3600_000)
    .sort((a, b) => b.at.localeCompare(a.at));
  return (
    <div className="listen">
      <h1>{t("listen.title")}</h1>
      {state.problem && (
        <p className="notice" role="alert">
          {t(`listen.problems.${state.problem}`)}
        </p>
      )}
      {state.listening ? (
        <section className="card listening-now" aria-live="polite" data-testid="listening-now">
          <p className="listening-state">
            {state.crying
              ? t("listen.cryingFor", {
                  length:
                    now - state.crying.start < 60_000
                      ? t("listen.seconds", {
                          count: Math.max(1, Math.round((now - state.crying.start) / 1000)),
                        })
                      : formatDuration(now - state.crying.start, t),
                })
              : t("listen.quiet")}
          </p>
          <p className="hint">
            {t("listen.since", {
              time: formatTime(new Date(state.since ?? now).toISOString(), settings, baby.timeZone),
            })}{" "}
            {state.awake ? t("listen.awake") : t("listen.mayDim")}
          </p>
          <button type="button" className="big secondary" onClick={() => void stopListening()}>
            {t("listen.stop")}
          </button>
        </section>
      ) : (
        <section className="card listen-intro" aria-labelledby="listen-how">
          <h2 id="listen-how">{t("listen.howTitle")}</h2>
          <ul>
            <li>{t("listen.how1", { name: baby.name })}</li>
            <li>{t("listen.how2")}</li>
            <li>{t("listen.how3")}</li>
            <li>{t("listen.how4", { name: baby.name })}</li>
          </ul>
          <p className="notice">{t("listen.notMonitor")}</p>
          <button type="button" className="big primary" onClick={() => void start()}>
            {t("listen.start")}
          </button>
        </section>
      )}
      <HeardList cries={recent} all={cries ?? []} />
    </div>
  );
};

const HeardList = ({ cries, all }: { cries: readonly Entry<"cry">[]; all: readonly Entry<"cry">[] }) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const navigate = useNavigate();
  const { engine, baby } = useHousehold();
  const entries = useRecentEntries(24);
  const moments = useKindEntries("moment", { babyOnly: true, days: 2 });
  if (!baby) return null;
  if (cries.length === 0) return <p className="hint">{t("listen.noneYet")}</p>;
  return (
    <section aria-labelledby="heard-title">
      <h2 id="heard-title">{t("listen.heardTitle")}</h2>
      <ul className="heard-list">
        {cries.map((c) => {
          const signs = offeredCrySigns(c, all);
          const linked = (moments ?? []).find((m) => m.values.cryId === c.id);
          const minutes = Math.max(1, Math.round((c.values.cryingSeconds ?? 0) / 60));
          return (
            <li key={c.id} className="card heard" data-testid="heard-cry">
              <h3>
                {t("listen.heardAt", { time: formatTime(c.at, settings, baby.timeZone), count: minutes })}
                {!c.values.end && ` · ${t("listen.goingOn")}`}
              </h3>
              {c.values.end ? (
                <ul className="cry-words">
                  {cryWords(c, all, t).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : null}
              <IllnessCheckCard signs={signs} name={baby.name} />
              {c.values.end &&
                (linked ? (
                  <button type="button" className="link" onClick={() => navigate(`/moment/${linked.id}`)}>
                    {t("listen.openMoment")}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="secondary"
                    onClick={async () => {
                      const id = await startMoment(engine, baby, entries ?? [], Date.parse(c.at), {
                        signs,
                        cryId: c.id,
                      });
                      navigate(`/moment/${id}`);
                    }}
                  >
                    {signs.length ? t("listen.momentWithSigns") : t("listen.moment")}
                  </button>
                ))}
            </li>
          );
        })}
      </ul>
      <p className="hint">{t("listen.notCause")}</p>
    </section>
  );
};
