/**
 * One short idea for closeness inside everyday care, while a feed is timed or just after a change:
 * at most one every six hours, the same one for the whole feed, and off for good with one tap (or
 * in Settings). Loaded after the first screen.
 */
import { bondingGapMs, bondingIdeaFor, type CareMoment } from "@attune/core/cues";
import { babyAge, type Entry } from "@attune/core/light";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useHousehold } from "../../session/session.tsx";
import { updateSettings, useSettings } from "../../settings/settings.ts";
import { Sources } from "../../ui/sources.tsx";

const storeKey = "attune-bonding";
interface Shown {
  readonly at: number;
  readonly forId: string;
  readonly turn: number;
  readonly dismissed?: boolean;
}
const read = (): Shown | undefined => {
  try {
    return JSON.parse(localStorage.getItem(storeKey) ?? "null") ?? undefined;
  } catch {
    return undefined;
  }
};

export const BondingCard = ({ entries, now }: { entries: readonly Entry[]; now: number }) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { baby } = useHousehold();
  const [shown, setShown] = useState(read);
  if (!baby || settings.bondingIdeas === false) return null;
  const live = entries.filter((e) => !e.deleted);
  const feed = live.find((e) => e.kind === "feed" && !e.values.end && e.values.method === "breast");
  const diaper = live.find(
    (e) => e.kind === "diaper" && now - Date.parse(e.at) >= 0 && now - Date.parse(e.at) < 3 * 60_000,
  );
  const care: { during: CareMoment; id: string } | undefined = feed
    ? { during: "feed", id: feed.id }
    : diaper
      ? { during: "diaper", id: diaper.id }
      : undefined;
  if (!care) return null;
  const same = shown?.forId === care.id;
  if (same && shown?.dismissed) return null;
  if (!same && shown && now - shown.at < bondingGapMs) return null;
  const turn = same ? shown!.turn : (shown?.turn ?? -1) + 1;
  const age = babyAge(baby.birthDate, baby.dueDate, now);
  const idea = bondingIdeaFor(care.during, age.correctedDays ?? age.days, turn);
  if (!idea) return null;
  if (!same) {
    const next = { at: now, forId: care.id, turn };
    localStorage.setItem(storeKey, JSON.stringify(next));
    queueMicrotask(() => setShown(next));
  }
  const dismiss = () => {
    const next = { at: shown?.at ?? now, forId: care.id, turn, dismissed: true };
    localStorage.setItem(storeKey, JSON.stringify(next));
    setShown(next);
  };
  return (
    <section className="card bonding" aria-label={t("bonding.label")} data-testid="bonding-idea">
      <p>
        {t(`bonding.${idea.id}`, { name: baby.name })} <Sources ids={idea.sources} />
      </p>
      <p>
        <button type="button" className="link" onClick={dismiss}>
          {t("bonding.notNow")}
        </button>{" "}
        <button type="button" className="link" onClick={() => updateSettings({ bondingIdeas: false })}>
          {t("bonding.off")}
        </button>
      </p>
    </section>
  );
};
