import { describe, expect, it } from "vitest";
import { isWeakAgainstUsual, offeredCrySigns, pitchAgainstUsual } from "../cues/heard.ts";
import { illnessCheck } from "../cues/illness.ts";
import type { Entry } from "../projections/entries.ts";
import { BandLimiter, bandLimit } from "./band-limit.ts";
import { describeCry } from "./describe.ts";
import { EpisodeTracker } from "./episodes.ts";
import { FrameReader } from "./frames.ts";
import { CryListener } from "./listener.ts";
import { shippedCryModel } from "./shipped-model.ts";
import { concat, silence, syntheticCry, syntheticNoise, syntheticTone } from "./testing/synthetic-sounds.ts";
import { readWav, WavError, writeWav } from "./wav.ts";
import { featureNames } from "./windows.ts";

const rms = (x: Float32Array) => Math.sqrt(x.reduce((s, v) => s + v * v, 0) / x.length);

describe("reading audio", () => {
  it("reads back a WAV it wrote, and refuses what is not one with a message", () => {
    const tone = syntheticTone(0.5, 440);
    const back = readWav(writeWav(tone, 16000));
    expect(back.sampleRate).toBe(16000);
    expect(back.samples.length).toBe(tone.length);
    expect(Math.abs(back.samples[100]! - tone[100]!)).toBeLessThan(1e-4);
    expect(() => readWav(new TextEncoder().encode("ID3 not a wav at all"))).toThrow(WavError);
    expect(() => readWav(new TextEncoder().encode("ID3 not a wav at all"))).toThrow(/convert it/);
  });

  it("band-limits to 8 kHz: a 6 kHz tone is gone, a 1 kHz tone stays, blocks give what the whole gives", () => {
    expect(rms(bandLimit(syntheticTone(1, 6000, 48000), 48000).slice(100))).toBeLessThan(0.002);
    expect(rms(bandLimit(syntheticTone(1, 1000, 48000), 48000).slice(100))).toBeGreaterThan(0.13);
    const x = syntheticNoise(1, 44100);
    const whole = bandLimit(x, 44100);
    const limiter = new BandLimiter(44100);
    const parts: number[] = [];
    for (let i = 0; i < x.length; i += 128) parts.push(...limiter.push(x.subarray(i, i + 128)));
    expect(parts.length).toBeGreaterThanOrEqual(whole.length - 1);
    for (let i = 0; i < whole.length - 2; i += 997) expect(parts[i]).toBeCloseTo(whole[i]!, 5);
  });

  it("finds the pitch of a steady voice", () => {
    const pitches: number[] = [];
    new FrameReader().push(bandLimit(syntheticTone(1, 440), 16000), (f) => pitches.push(f.f0));
    const voiced = pitches.filter((p) => p > 0);
    expect(voiced.length).toBeGreaterThan(pitches.length * 0.8);
    expect(voiced[Math.floor(voiced.length / 2)]).toBeGreaterThan(430);
    expect(voiced[Math.floor(voiced.length / 2)]).toBeLessThan(450);
  });
});

describe("episodes", () => {
  it("start after two sure windows in a row, take in short pauses, end after 30 quiet seconds", () => {
    const t = new EpisodeTracker();
    const at = (i: number) => 1 + i * 0.5;
    expect(t.window(at(0), true)).toBeUndefined();
    expect(t.window(at(1), false)).toBeUndefined();
    // Only likely, not sure: no episode starts on it.
    expect(t.window(at(2), false, true)).toBeUndefined();
    expect(t.window(at(3), true)).toBeUndefined();
    const start = t.window(at(4), true);
    expect(start?.type).toBe("start");
    expect(start?.episode.start).toBeCloseTo(at(3) - 0.992, 3);
    // Once it runs, a likely window keeps it going and counts in its minutes.
    const kept = t.window(at(5), false, true);
    expect(kept?.type).toBe("ongoing");
    expect(kept?.episode.end).toBe(at(5));
    // 20 quiet seconds, then more crying: the same episode.
    for (let i = 6; i < 46; i++) expect(t.window(at(i), false)).toBeUndefined();
    expect(t.window(at(46), true)?.type).toBe("ongoing");
    let end: ReturnType<EpisodeTracker["window"]>;
    for (let i = 47; !end && i < 200; i++) end = t.window(at(i), false);
    expect(end?.type).toBe("end");
    expect(end?.episode.end).toBe(at(46));
    expect(end!.at - end!.episode.end).toBeGreaterThanOrEqual(30);
  });
});

describe("the listener", () => {
  it("hears a crying voice after quiet, within two seconds, and describes it", () => {
    const l = new CryListener(16000);
    const events = [...l.push(concat(silence(3), syntheticCry(20))), ...l.stop()];
    const start = events.find((e) => e.type === "start");
    expect(start).toBeDefined();
    expect(start!.at - 3).toBeLessThanOrEqual(2);
    const end = events.at(-1)!;
    expect(end.type).toBe("end");
    if (end.type !== "end") return;
    expect(end.episode.cryingS).toBeGreaterThan(15);
    expect(end.description.pitchHz).toBeGreaterThan(400);
    expect(end.description.pitchHz).toBeLessThan(650);
    expect(end.description.burstS).toBeGreaterThan(0.7);
    expect(end.description.signs).toContain("cry_rhythmic");
  });

  it("hears nothing in a steady tone, in noise or in silence, fed in the phone's 128-sample blocks", () => {
    for (const x of [syntheticTone(20, 440), syntheticNoise(20), silence(20)]) {
      const l = new CryListener(16000);
      const events = [];
      for (let i = 0; i < x.length; i += 128) events.push(...l.push(x.subarray(i, i + 128)));
      events.push(...l.stop());
      expect(events).toEqual([]);
    }
  });

  it("ships a trained model: several networks over the features the listener computes", () => {
    expect(shippedCryModel.features).toEqual(featureNames);
    expect(shippedCryModel.networks.length).toBeGreaterThan(1);
    for (const net of shippedCryModel.networks)
      expect(net.w1.length).toBe(shippedCryModel.features.length * net.b1.length);
    // The networks are not copies of one another (each from its own seed).
    expect(shippedCryModel.networks[0]!.w1).not.toEqual(shippedCryModel.networks[1]!.w1);
  });
});

describe("describing a cry", () => {
  const frames = (pattern: { on: number; off: number; f0: number; db: number }, seconds: number) => {
    const out: { db: number; f0: number }[] = [];
    const step = 0.016;
    for (let t = 0; t < seconds; t += step) {
      const phase = t % (pattern.on + pattern.off);
      out.push(phase < pattern.on ? { db: pattern.db, f0: pattern.f0 } : { db: -70, f0: 0 });
    }
    return out;
  };

  it("names a high, even cry shrill and rhythmic; a soft short one a whimper; one without pauses continuous", () => {
    const shrill = describeCry(frames({ on: 1, off: 0.4, f0: 800, db: -20 }, 20));
    expect(shrill.signs).toEqual(expect.arrayContaining(["cry_shrill", "cry_rhythmic"]));
    expect(shrill.pitchHz).toBe(800);
    const whimper = describeCry(frames({ on: 0.4, off: 0.8, f0: 400, db: -42 }, 20));
    expect(whimper.signs).toContain("cry_whimper");
    const continuous = describeCry(frames({ on: 60, off: 0, f0: 450, db: -20 }, 40));
    expect(continuous.signs).toContain("cry_continuous");
  });

  it("compares the pitch with this baby's usual only once there are three earlier episodes", () => {
    expect(pitchAgainstUsual(600, [450, 460])).toBeUndefined();
    expect(pitchAgainstUsual(600, [450, 460, 470])).toBe("higher");
    expect(pitchAgainstUsual(460, [450, 460, 470])).toBe("usual");
    expect(pitchAgainstUsual(380, [450, 460, 470])).toBe("lower");
  });
});

describe("a weak cry, against this baby's own", () => {
  const cry = (id: string, minute: number, loudnessDb: number, extra: Record<string, unknown> = {}) =>
    ({
      id,
      kind: "cry",
      scope: "household",
      at: `2026-11-30T10:${String(minute).padStart(2, "0")}:00.000Z`,
      deleted: false,
      values: {
        start: `2026-11-30T10:${String(minute).padStart(2, "0")}:00.000Z`,
        end: `2026-11-30T10:${String(minute).padStart(2, "0")}:40.000Z`,
        loudnessDb,
        buildUp: "steady",
        signs: ["cry_rhythmic"],
        ...extra,
      },
    }) as unknown as Entry<"cry">;
  const usual = [cry("a", 1, -20), cry("b", 2, -22), cry("c", 3, -18)];

  it("needs three earlier episodes and a drop of at least 12 dB below their median", () => {
    expect(isWeakAgainstUsual({ loudnessDb: -40, buildUp: "steady" }, [-20, -22])).toBe(false);
    expect(isWeakAgainstUsual({ loudnessDb: -32, buildUp: "steady" }, [-20, -22, -18])).toBe(true);
    expect(isWeakAgainstUsual({ loudnessDb: -31, buildUp: "steady" }, [-20, -22, -18])).toBe(false);
    // Still building: the start of a cry, not a feeble one.
    expect(isWeakAgainstUsual({ loudnessDb: -40, buildUp: "building" }, [-20, -22, -18])).toBe(false);
  });

  it("is offered as a sign, and so brings the illness check, only when it was weak", () => {
    const weak = cry("d", 4, -35);
    expect(offeredCrySigns(weak, [...usual, weak])).toEqual(["cry_rhythmic", "cry_weak"]);
    expect(
      illnessCheck(offeredCrySigns(weak, [...usual, weak]), [], Date.parse("2026-11-30T11:00:00Z"))?.signs,
    ).toContain("cry_weak");
    const ordinary = cry("e", 5, -21);
    expect(offeredCrySigns(ordinary, [...usual, ordinary])).toEqual(["cry_rhythmic"]);
    // Only earlier episodes are the yardstick: a first cry is never weak.
    expect(offeredCrySigns(usual[0]!, usual)).toEqual(["cry_rhythmic"]);
  });
});
