/**
 * The big buttons at the bottom of the Now screen, within a thumb's reach. A diaper is one tap;
 * a feed or sleep timer is two; everything else opens its form.
 */
import { type Entry, type Json, type RecordKind, startBreastFeed, volumeToMl } from "@attune/core/light";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { v7 as uuidv7 } from "uuid";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { Sheet } from "../../ui/sheet.tsx";
import { useToast } from "../../ui/toast.tsx";
import { EntryForm } from "../entry/lazy-entry-form.tsx";

type Panel =
  | "feed"
  | "sleep"
  | "diaper"
  | "more"
  | "bottle"
  | { kind: RecordKind; preset?: Record<string, Json> };

const bottleAmounts = { ml: [60, 90, 120, 150], oz: [2, 3, 4, 5] } as const;

export const QuickLog = ({ running }: { running: readonly Entry[] }) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const toast = useToast();
  const { engine, baby, session, household } = useHousehold();
  const [panel, setPanel] = useState<Panel | null>(null);
  const [allBabies, setAllBabies] = useState(false);
  // A home-screen shortcut or a reminder's tap opens the app at /?log=feed: open that panel.
  const [search, setSearch] = useSearchParams();
  const asked = search.get("log");
  useEffect(() => {
    if (asked !== "feed" && asked !== "sleep" && asked !== "diaper") return;
    setPanel(asked);
    setSearch({}, { replace: true });
  }, [asked, setSearch]);
  if (!baby) return null;
  const hasRunning = {
    feed: running.some((e) => e.kind === "feed"),
    sleep: running.some((e) => e.kind === "sleep"),
  };
  const sleeping = running.find((e) => e.kind === "sleep");
  const myName = household.members.find((m) => m.userId === session.user.id)?.name;

  // Twins (or more): a bottle or a diaper can be logged for every baby at once, one entry each.
  const others = household.babies.filter((b) => b.id !== baby.id);
  const forAll = allBabies && others.length > 0;
  const create = async (kind: RecordKind, fields: Record<string, Json>, text: string, everyBaby = false) => {
    const ids = (everyBaby ? household.babies : [baby]).map((b) => ({ id: uuidv7(), babyId: b.id }));
    await engine.write(
      ids.flatMap(({ id, babyId }) => engine.writer.set(id, kind, "household", { babyId, ...fields })),
    );
    setPanel(null);
    toast({
      text: ids.length > 1 ? t("quick.forAllSaved", { text, count: ids.length }) : text,
      action: {
        label: t("common.undo"),
        run: () => void engine.write(ids.flatMap(({ id }) => engine.writer.remove(id, kind, "household"))),
      },
    });
  };
  const allSwitch = others.length > 0 && (
    <label className="check-line for-all">
      <input type="checkbox" checked={allBabies} onChange={(e) => setAllBabies(e.target.checked)} />
      {t("quick.forAll", { names: household.babies.map((b) => b.name).join(" & ") })}
    </label>
  );
  const now = () => new Date().toISOString();

  return (
    <>
      <nav className="quick-log" aria-label={t("now.quickLog")}>
        <button type="button" className="quick feed" onClick={() => setPanel("feed")}>
          {t("quick.feed")}
        </button>
        <button type="button" className="quick sleep" onClick={() => setPanel("sleep")}>
          {t("quick.sleep")}
        </button>
        <button type="button" className="quick diaper" onClick={() => setPanel("diaper")}>
          {t("quick.diaper")}
        </button>
        <button type="button" className="quick more" onClick={() => setPanel("more")}>
          {t("quick.more")}
        </button>
      </nav>
      {panel === "feed" && (
        <Sheet title={t("quick.feed")} onClose={() => setPanel(null)}>
          {sleeping && <EndSleep sleep={sleeping} />}
          <div className="choice-grid">
            {!hasRunning.feed && (
              <>
                <button
                  type="button"
                  className="choice"
                  onClick={() =>
                    void create("feed", startBreastFeed(baby.id, "left", Date.now()), t("toast.timerStarted"))
                  }
                >
                  {t("quick.breastLeft")}
                </button>
                <button
                  type="button"
                  className="choice"
                  onClick={() =>
                    void create(
                      "feed",
                      startBreastFeed(baby.id, "right", Date.now()),
                      t("toast.timerStarted"),
                    )
                  }
                >
                  {t("quick.breastRight")}
                </button>
              </>
            )}
            <button type="button" className="choice" onClick={() => setPanel("bottle")}>
              {t("quick.bottle")}
            </button>
            <button
              type="button"
              className="choice"
              onClick={() => setPanel({ kind: "feed", preset: { method: "solids" } })}
            >
              {t("quick.solids")}
            </button>
            <button
              type="button"
              className="choice quiet"
              onClick={() => setPanel({ kind: "feed", preset: { method: "breast" } })}
            >
              {t("quick.pastFeed")}
            </button>
          </div>
        </Sheet>
      )}
      {panel === "bottle" && (
        <Sheet title={t("quick.bottle")} onClose={() => setPanel(null)}>
          <p className="sheet-text">{t("quick.bottleHow")}</p>
          {allSwitch}
          <div className="choice-grid">
            {bottleAmounts[settings.volume].map((amount) => (
              <button
                key={amount}
                type="button"
                className="choice"
                onClick={() => {
                  // Logged when it is tapped, as an instant: not back-dated, not a timer.
                  const at = now();
                  void create(
                    "feed",
                    {
                      method: "bottle",
                      start: at,
                      end: at,
                      volumeMl: Math.round(volumeToMl(amount, settings.volume)),
                    },
                    t("toast.saved"),
                    forAll,
                  );
                }}
              >
                {t(`units.${settings.volume}`, { value: amount })}
              </button>
            ))}
            <button
              type="button"
              className="choice quiet"
              onClick={() => setPanel({ kind: "feed", preset: { method: "bottle" } })}
            >
              {t("quick.otherAmount")}
            </button>
          </div>
        </Sheet>
      )}
      {panel === "sleep" && (
        <Sheet title={t("quick.sleep")} onClose={() => setPanel(null)}>
          <div className="choice-grid">
            {!hasRunning.sleep && (
              <button
                type="button"
                className="choice"
                onClick={() => void create("sleep", { start: now() }, t("toast.timerStarted"))}
              >
                {t("quick.startSleep")}
              </button>
            )}
            <button type="button" className="choice quiet" onClick={() => setPanel({ kind: "sleep" })}>
              {t("quick.pastSleep")}
            </button>
          </div>
        </Sheet>
      )}
      {panel === "diaper" && (
        <Sheet title={t("quick.diaper")} onClose={() => setPanel(null)}>
          {allSwitch}
          <div className="choice-grid">
            {(["wet", "dirty", "both"] as const).map((contents) => (
              <button
                key={contents}
                type="button"
                className="choice"
                onClick={() =>
                  void create("diaper", { time: now(), contents }, t(`toast.diaper_${contents}`), forAll)
                }
              >
                {t(`options.contents.${contents}`)}
              </button>
            ))}
            <button type="button" className="choice quiet" onClick={() => setPanel({ kind: "diaper" })}>
              {t("quick.diaperDetail")}
            </button>
          </div>
        </Sheet>
      )}
      {panel === "more" && (
        <Sheet title={t("quick.more")} onClose={() => setPanel(null)}>
          <div className="choice-grid">
            <button type="button" className="choice" onClick={() => setPanel({ kind: "growth" })}>
              {t("kinds.growth")}
            </button>
            <button
              type="button"
              className="choice"
              onClick={() => setPanel({ kind: "health", preset: { type: "temperature" } })}
            >
              {t("quick.temperature")}
            </button>
            <button
              type="button"
              className="choice"
              onClick={() => setPanel({ kind: "medicine", preset: myName ? { givenBy: myName } : {} })}
            >
              {t("quick.medication")}
            </button>
            <button type="button" className="choice" onClick={() => setPanel({ kind: "pump" })}>
              {t("quick.pump")}
            </button>
            <button type="button" className="choice" onClick={() => setPanel({ kind: "bath" })}>
              {t("quick.bath")}
            </button>
            <button
              type="button"
              className="choice"
              onClick={() => setPanel({ kind: "health", preset: { type: "symptom" } })}
            >
              {t("quick.symptom")}
            </button>
            <button type="button" className="choice" onClick={() => setPanel({ kind: "milestone" })}>
              {t("kinds.milestone")}
            </button>
            <button type="button" className="choice" onClick={() => setPanel({ kind: "note" })}>
              {t("kinds.note")}
            </button>
          </div>
        </Sheet>
      )}
      {panel && typeof panel === "object" && (
        <Sheet title={t(`kinds.${panel.kind}`)} onClose={() => setPanel(null)}>
          <EntryForm kind={panel.kind} preset={panel.preset} onDone={() => setPanel(null)} />
        </Sheet>
      )}
    </>
  );
};

/** Starting a feed while a sleep still runs: the sleep has likely ended; one tap ends it now. */
export const EndSleep = ({ sleep }: { sleep: Entry }) => {
  const { t } = useTranslation();
  const { engine, baby } = useHousehold();
  const toast = useToast();
  const [ended, setEnded] = useState(false);
  if (ended) return null;
  const end = async () => {
    await engine.write(
      engine.writer.set(sleep.id, "sleep", sleep.scope, {
        end: new Date(Math.max(Date.now(), Date.parse(sleep.at))).toISOString(),
      }),
    );
    setEnded(true);
    toast({ text: t("toast.sleepEnded") });
  };
  return (
    <p className="notice end-sleep" data-testid="end-sleep">
      {t("quick.sleepRunning", { name: baby?.name ?? "" })}{" "}
      <button type="button" className="link" onClick={() => void end()}>
        {t("quick.endSleepNow")}
      </button>
    </p>
  );
};
