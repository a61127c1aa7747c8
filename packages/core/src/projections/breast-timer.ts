/**
 * The breast-feed timer: time per side, with one side running at a time. Switching sides folds the
 * running side's time into its total; stopping folds it in and sets the end.
 */
import type { Json } from "../journal/message.ts";
import type { Entry } from "./entries.ts";

export type Side = "left" | "right";

export interface SideTimes {
  readonly left: number;
  readonly right: number;
  readonly running?: Side | undefined;
}

/** Seconds on each side so far, counting the running side up to `now`. */
export const sideTimes = (feed: Entry<"feed">, now: number): SideTimes => {
  const { runningSide: running, sideStart } = feed.values;
  const extra = running && sideStart ? Math.max(0, Math.round((now - Date.parse(sideStart)) / 1000)) : 0;
  const left = (feed.values.leftSeconds ?? 0) + (running === "left" ? extra : 0);
  const right = (feed.values.rightSeconds ?? 0) + (running === "right" ? extra : 0);
  return { left, right, running };
};

export const startBreastFeed = (babyId: string, side: Side, now: number): Record<string, Json> => {
  const at = new Date(now).toISOString();
  return {
    babyId,
    method: "breast",
    start: at,
    runningSide: side,
    sideStart: at,
    leftSeconds: 0,
    rightSeconds: 0,
    lastSide: side,
    side,
  };
};

/** The fields to change to move the running timer to the other side (or to `side`). */
export const switchSide = (feed: Entry<"feed">, now: number, side?: Side): Record<string, Json> => {
  const times = sideTimes(feed, now);
  const next: Side = side ?? (times.running === "left" ? "right" : "left");
  return {
    leftSeconds: times.left,
    rightSeconds: times.right,
    runningSide: next,
    sideStart: new Date(now).toISOString(),
    lastSide: next,
    side:
      times.left > 0 || next === "left" ? (times.right > 0 || next === "right" ? "both" : "left") : "right",
  };
};

export const stopBreastFeed = (feed: Entry<"feed">, now: number): Record<string, Json> => {
  const times = sideTimes(feed, now);
  const side = times.left > 0 && times.right > 0 ? "both" : times.right > 0 ? "right" : "left";
  return {
    leftSeconds: times.left,
    rightSeconds: times.right,
    runningSide: null,
    sideStart: null,
    side,
    end: new Date(
      Math.max(now, Date.parse(feed.values.start ?? new Date(now).toISOString()) + 1000),
    ).toISOString(),
  };
};
