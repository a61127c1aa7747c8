/**
 * The listener as the phone runs it (and the evaluation, in Node): blocks of microphone samples at
 * any rate in, crying episodes out, each described when it ends. It keeps no audio: a frame's
 * samples are dropped once read, and an episode keeps only each frame's loudness and pitch.
 */
import { BandLimiter } from "./band-limit.ts";
import { type CryModel, windowCryProbability } from "./classifier.ts";
import { type CryDescription, describeCry, type HeardFrame } from "./describe.ts";
import { type EpisodeRules, type EpisodeSpan, EpisodeTracker, episodeRules } from "./episodes.ts";
import { FrameReader, frameStep } from "./frames.ts";
import { shippedCryModel } from "./shipped-model.ts";
import { WindowReader, windowHopFrames } from "./windows.ts";

export type ListenEvent =
  | { readonly type: "start" | "ongoing"; readonly at: number; readonly episode: EpisodeSpan }
  | {
      readonly type: "end";
      readonly at: number;
      readonly episode: EpisodeSpan;
      readonly description: CryDescription;
    };

export class CryListener {
  private readonly limiter: BandLimiter;
  private readonly frames = new FrameReader();
  private readonly windows = new WindowReader();
  private readonly tracker: EpisodeTracker;
  /** Loudness and pitch of the frames since the episode's first crying window. */
  private heard: HeardFrame[] = [];
  /** Frames of the windows before an episode starts (they may be its beginning). */
  private lead: HeardFrame[] = [];
  private seconds = 0;
  private lastProbability = 0;

  constructor(
    rate: number,
    private readonly model: CryModel = shippedCryModel,
    rules: EpisodeRules = episodeRules,
  ) {
    this.limiter = new BandLimiter(rate);
    this.tracker = new EpisodeTracker(rules);
  }

  /** Seconds of sound heard so far. */
  get heardSeconds(): number {
    return this.seconds;
  }

  /** The last window's chance of crying (for a level meter). */
  get probability(): number {
    return this.lastProbability;
  }

  push(block: Float32Array, rate = this.limiter.rate): ListenEvent[] {
    this.seconds += block.length / rate;
    const events: ListenEvent[] = [];
    this.frames.push(this.limiter.push(block), (f) =>
      this.windows.push(f, (w) => {
        const p = windowCryProbability(this.model, w);
        this.lastProbability = p;
        const fresh = w.frames.slice(-windowHopFrames).map((x) => ({ db: x.db, f0: x.f0 }));
        const wasActive = !!this.tracker.active;
        const event = this.tracker.window(w.end, p >= this.model.threshold, p >= this.model.keepThreshold);
        if (event?.type === "start") {
          // The episode began at the first of its crying windows: keep those frames too.
          this.heard = [...this.lead.slice(-(w.frames.length + 2 * windowHopFrames)), ...fresh];
          this.lead = [];
          events.push(event);
        } else if (event?.type === "end") {
          events.push({ ...event, description: describeCry(this.trimmed(event.episode)) });
          this.heard = [];
        } else {
          if (wasActive) this.heard.push(...fresh);
          else this.lead = [...this.lead, ...fresh].slice(-4 * windowHopFrames);
          if (event) events.push(event);
        }
      }),
    );
    return events;
  }

  /** Listening stops: an episode in progress ends here, described. */
  stop(): ListenEvent[] {
    const event = this.tracker.stop(this.seconds);
    if (!event) return [];
    const description = describeCry(this.trimmed(event.episode));
    this.heard = [];
    return [{ type: "end", at: event.at, episode: event.episode, description }];
  }

  /** The heard frames up to the episode's last crying window (not the quiet wait after it). */
  private trimmed(episode: EpisodeSpan): HeardFrame[] {
    const keep = Math.round((episode.end - episode.start) / frameStep);
    return this.heard.slice(0, Math.max(1, keep));
  }
}
