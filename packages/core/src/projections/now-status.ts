/**
 * What the status strip on the Now screen says: time since the last feed and which side, awake
 * or asleep and for how long, the last diaper, and the timers running now.
 */
import type { RecordKind } from "../kinds/index.ts";
import { type Entry, endOf, isRunning, ofKind } from "./entries.ts";

export interface NowStatus {
  readonly lastFeed?:
    | { readonly entry: Entry<"feed">; readonly sinceMs: number; readonly side?: string | undefined }
    | undefined;
  readonly sleep?:
    | { readonly state: "asleep" | "awake"; readonly forMs: number; readonly since: string }
    | undefined;
  readonly lastDiaper?: { readonly entry: Entry<"diaper">; readonly sinceMs: number } | undefined;
  readonly running: readonly Entry<"feed" | "sleep">[];
}

const latest = <K extends RecordKind>(entries: readonly Entry[], kind: K) =>
  entries
    .filter(ofKind(kind))
    .filter((e) => !e.deleted)
    .reduce<Entry<K> | undefined>((a, b) => (!a || b.at > a.at ? b : a), undefined);

/** `entries` are the baby's recent entries (the last day or two is plenty). */
export const nowStatus = (entries: readonly Entry[], now: number): NowStatus => {
  const live = entries.filter((e) => !e.deleted);
  const running = live.filter(isRunning).sort((a, b) => a.at.localeCompare(b.at));
  const feed = latest(live, "feed");
  const lastFeed = feed
    ? { entry: feed, sinceMs: now - Date.parse(feed.at), side: feed.values.lastSide ?? feed.values.side }
    : undefined;
  const sleepEntry = latest(live, "sleep");
  let sleep: NowStatus["sleep"];
  if (sleepEntry) {
    const end = sleepEntry.values.end;
    sleep = end
      ? { state: "awake", forMs: now - Date.parse(end), since: end }
      : { state: "asleep", forMs: now - Date.parse(sleepEntry.at), since: sleepEntry.at };
  }
  const diaper = latest(live, "diaper");
  return {
    lastFeed,
    sleep,
    lastDiaper: diaper ? { entry: diaper, sinceMs: now - Date.parse(diaper.at) } : undefined,
    running,
  };
};

/** How long a timer may run before Attune asks whether it is still going. */
export const plausibleRunMs = { feed: 2 * 3600_000, sleep: 16 * 3600_000 } as const;
const fallbackLengthMs = { feed: 20 * 60_000, sleep: 60 * 60_000 } as const;

/**
 * For a timer running longer than is plausible (a feed over two hours, a sleep over sixteen): the
 * end to offer, at its start plus how long this baby's finished ones of that kind usually last
 * (their median), or a modest guess while there are too few. Undefined while it is plausible.
 */
export const stillGoingCheck = (
  timer: Entry,
  entries: readonly Entry[],
  now: number,
): { readonly suggestedEnd: string } | undefined => {
  if (timer.kind !== "feed" && timer.kind !== "sleep") return undefined;
  const start = Date.parse(timer.at);
  if (now - start <= plausibleRunMs[timer.kind]) return undefined;
  const lengths = entries
    .filter((e) => e.kind === timer.kind && !e.deleted && e.id !== timer.id)
    .map((e) => {
      const end = endOf(e);
      return end ? Date.parse(end) - Date.parse(e.at) : 0;
    })
    .filter((ms) => ms > 0 && ms <= plausibleRunMs[timer.kind as "feed"])
    .sort((a, b) => a - b);
  const typical =
    lengths.length >= 3 ? lengths[Math.floor(lengths.length / 2)]! : fallbackLengthMs[timer.kind];
  return { suggestedEnd: new Date(start + typical).toISOString() };
};
