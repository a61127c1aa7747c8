/** The Now screen: what is going on with the baby, running timers, and the quick-log buttons. */
import { nowStatus } from "@attune/core/light";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { ageText } from "../../format.ts";
import { withTexts } from "../../i18n/i18n.ts";
import { useNow } from "../../local/live.ts";
import { useHousehold } from "../../session/session.tsx";
import { BabiesSideBySide } from "./babies-side-by-side.tsx";
import { CryNotice } from "./cry-notice.tsx";
import { HelperAccess } from "./helper-access.tsx";
import { MomentStart } from "./moment-start.tsx";
import { NightDuty } from "./night-duty.tsx";
import { QuickLog } from "./quick-log.tsx";
import { RhythmCard } from "./rhythm-card.tsx";
import { RunningTimers } from "./running-timers.tsx";
import { StatusStrip } from "./status-strip.tsx";
import { useRecentEntries } from "./use-entries.ts";

// The reminder banner brings core's reminder rules and the date library: after the first screen.
const BondingCard = lazy(() =>
  withTexts(import("./bonding-card.tsx")).then((m) => ({ default: m.BondingCard })),
);
const ReminderBanner = lazy(() =>
  withTexts(import("./reminder-banner.tsx")).then((m) => ({ default: m.ReminderBanner })),
);

export const NowScreen = () => {
  const { t } = useTranslation();
  const { baby } = useHousehold();
  const now = useNow(1000);
  // Four weeks: the history the predictions weigh (predict.ts, lookback 28 days).
  const entries = useRecentEntries(28 * 24);
  if (!baby) return <p className="empty">{t("now.noBaby")}</p>;
  const status = nowStatus(entries ?? [], now);
  return (
    <div className="now">
      <header className="baby-head">
        <h1>{baby.name}</h1>
        <p>{ageText(baby.birthDate, baby.dueDate, now, t)}</p>
      </header>
      <HelperAccess />
      <CryNotice entries={entries ?? []} now={now} />
      <Suspense fallback={null}>
        <ReminderBanner entries={entries ?? []} now={now} />
      </Suspense>
      <StatusStrip entries={entries ?? []} now={now} />
      <BabiesSideBySide now={now} />
      <NightDuty now={now} />
      <RunningTimers running={status.running} entries={entries ?? []} now={now} />
      <QuickLog running={status.running} />
      <Suspense fallback={null}>
        <BondingCard entries={entries ?? []} now={now} />
      </Suspense>
      {entries && entries.length === 0 && <FirstSteps name={baby.name} />}
      <MomentStart entries={entries ?? []} now={now} />
      <RhythmCard entries={entries ?? []} now={now} />
    </div>
  );
};

/** A new household's first look: what to log first, and what Attune shows once a day or two is in. */
const FirstSteps = ({ name }: { name: string }) => {
  const { t } = useTranslation();
  return (
    <section className="card first-steps" aria-labelledby="first-steps-title">
      <h2 id="first-steps-title">{t("now.firstTitle")}</h2>
      <ol>
        <li>{t("now.firstFeed")}</li>
        <li>{t("now.firstSleep", { name })}</li>
        <li>{t("now.firstShare")}</li>
      </ol>
      <p className="hint">{t("now.firstLater", { name })}</p>
    </section>
  );
};
