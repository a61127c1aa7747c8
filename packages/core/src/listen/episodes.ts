/**
 * From crying windows to crying episodes. An episode starts when two windows in a row sound like
 * crying (a second and a half of it: a cough, a squeal or a bark is not an episode), and ends when no
 * window has sounded like crying for `pauseS`: the short pauses of a crying spell (a breath, a
 * moment at the breast that did not take) belong to the same episode.
 */
import { windowStep } from "./windows.ts";

export interface EpisodeRules {
  /** Windows in a row that start an episode. */
  readonly startWindows: number;
  /** Seconds without crying that end one. */
  readonly pauseS: number;
}

export const episodeRules: EpisodeRules = { startWindows: 2, pauseS: 30 };
/** How long one window is, in seconds (62 frames of 16 ms). */
export const windowSeconds = 0.992;

export interface EpisodeSpan {
  /** Seconds from the start of listening. */
  readonly start: number;
  readonly end: number;
  /** Seconds that sounded like crying (overlapping windows counted once). */
  readonly cryingS: number;
}

export type EpisodeEvent =
  | { readonly type: "start"; readonly at: number; readonly episode: EpisodeSpan }
  | { readonly type: "ongoing"; readonly at: number; readonly episode: EpisodeSpan }
  | { readonly type: "end"; readonly at: number; readonly episode: EpisodeSpan };

export class EpisodeTracker {
  private run = 0;
  private current: { start: number; end: number; cryingS: number; coveredTo: number } | undefined;
  private pendingStart: number[] = [];

  constructor(private readonly rules: EpisodeRules = episodeRules) {}

  get active(): EpisodeSpan | undefined {
    return (
      this.current && { start: this.current.start, end: this.current.end, cryingS: this.current.cryingS }
    );
  }

  /**
   * One window's verdict; `end` is the window's end in seconds from the start of listening. `sure`
   * is what starts an episode; once one runs, a window that is only `likely` crying (a lower bar)
   * keeps it going and counts in its minutes, so a cry that dips for a moment is not cut short.
   */
  window(end: number, sure: boolean, likely = sure): EpisodeEvent | undefined {
    const begin = end - windowSeconds;
    const c = this.current;
    if (c ? likely || sure : sure) {
      this.run++;
      if (c) {
        c.cryingS += Math.max(0, end - Math.max(begin, c.coveredTo));
        c.coveredTo = end;
        c.end = end;
        return { type: "ongoing", at: end, episode: this.active! };
      }
      this.pendingStart.push(begin);
      if (this.run >= this.rules.startWindows) {
        const start = this.pendingStart[0]!;
        this.current = { start, end, cryingS: end - start, coveredTo: end };
        this.pendingStart = [];
        return { type: "start", at: end, episode: this.active! };
      }
      return undefined;
    }
    this.run = 0;
    this.pendingStart = [];
    if (c && end - c.end >= this.rules.pauseS) return this.finish(end);
    return undefined;
  }

  /** Listening stopped: the episode in progress, if any, ends where its crying did. */
  stop(at: number): EpisodeEvent | undefined {
    return this.current ? this.finish(at) : undefined;
  }

  private finish(at: number): EpisodeEvent {
    const episode = this.active!;
    this.current = undefined;
    this.run = 0;
    return { type: "end", at, episode };
  }
}

/** Seconds between windows, for callers that step through windows themselves. */
export { windowStep };
