/**
 * Listening mode: the microphone through an AudioWorklet into core's cry listener, on this phone
 * alone. The samples never leave the page and are dropped as soon as they are read; what is kept
 * is a crying episode's entry (start, end, minutes of crying, its description), which the journal
 * shares with the household like any entry. While an episode goes on its entry is updated every
 * 20 seconds, so the other caregivers' phones can say "crying for 2 min". The screen is kept awake
 * (Wake Lock) while listening, and taken back when the page is shown again.
 */
import { CryListener, type ListenEvent } from "@attune/core/listen";
import { v7 as uuidv7 } from "uuid";
import type { SyncEngine } from "../sync/engine.ts";
import { getListenState, setListenState, setStopper } from "./listen-state.ts";

const updateEveryMs = 20_000;

interface Running {
  readonly context: AudioContext;
  readonly stream: MediaStream;
  readonly node: AudioWorkletNode;
  wakeLock?: WakeLockSentinel | undefined;
  readonly onVisible: () => void;
}

export const startListening = async (engine: SyncEngine, baby: { readonly id: string }): Promise<void> => {
  if (getListenState().listening) return;
  if (!navigator.mediaDevices?.getUserMedia || typeof AudioWorkletNode === "undefined") {
    setListenState({ problem: "unsupported" });
    return;
  }
  let stream: MediaStream;
  try {
    // The raw sound: echo cancelling and noise suppression are made for speech and can hide a cry.
    stream = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
    });
  } catch (e) {
    const name = (e as DOMException).name;
    setListenState({
      problem: name === "NotAllowedError" ? "denied" : name === "NotFoundError" ? "noMicrophone" : "failed",
    });
    return;
  }
  let context: AudioContext;
  try {
    context = new AudioContext({ sampleRate: 16000 });
  } catch {
    context = new AudioContext();
  }
  try {
    await context.audioWorklet.addModule("/listen-worklet.js");
  } catch {
    for (const t of stream.getTracks()) t.stop();
    await context.close();
    setListenState({ problem: "failed" });
    return;
  }
  const source = context.createMediaStreamSource(stream);
  const node = new AudioWorkletNode(context, "attune-listen", { numberOfInputs: 1, numberOfOutputs: 0 });
  source.connect(node);
  const listener = new CryListener(context.sampleRate);
  const began = Date.now();
  let episode: { id: string; writtenAt: number } | undefined;

  const at = (seconds: number) => new Date(began + seconds * 1000).toISOString();
  const handle = async (e: ListenEvent) => {
    if (e.type === "start") {
      const id = uuidv7();
      episode = { id, writtenAt: Date.now() };
      setListenState({
        crying: { entryId: id, start: began + e.episode.start * 1000, cryingS: e.episode.cryingS },
      });
      await engine.write(
        engine.writer.set(id, "cry", "household", {
          babyId: baby.id,
          start: at(e.episode.start),
          heardAt: at(e.at),
          cryingSeconds: Math.round(e.episode.cryingS),
        }),
      );
    } else if (e.type === "ongoing" && episode) {
      setListenState({
        crying: { entryId: episode.id, start: began + e.episode.start * 1000, cryingS: e.episode.cryingS },
      });
      if (Date.now() - episode.writtenAt < updateEveryMs) return;
      episode.writtenAt = Date.now();
      await engine.write(
        engine.writer.set(episode.id, "cry", "household", {
          heardAt: at(e.at),
          cryingSeconds: Math.round(e.episode.cryingS),
        }),
      );
    } else if (e.type === "end" && episode) {
      const id = episode.id;
      episode = undefined;
      const d = e.description;
      setListenState({ crying: undefined, heard: [id, ...getListenState().heard] });
      await engine.write(
        engine.writer.set(id, "cry", "household", {
          end: at(e.episode.end),
          heardAt: at(e.at),
          cryingSeconds: Math.round(e.episode.cryingS),
          pitchHz: d.pitchHz,
          pitchLowHz: d.pitchLowHz,
          pitchHighHz: d.pitchHighHz,
          burstS: d.burstS,
          ...(d.pauseS !== undefined ? { pauseS: d.pauseS } : {}),
          ...(d.regularity !== undefined ? { regularity: d.regularity } : {}),
          loudnessDb: Math.max(-120, Math.min(0, d.loudnessDb)),
          buildUp: d.buildUp,
          signs: [...d.signs],
        }),
      );
    }
  };
  // One event at a time, in order, so an episode's end never overtakes its start.
  let queue = Promise.resolve();
  node.port.onmessage = (m: MessageEvent<Float32Array>) => {
    for (const e of listener.push(m.data, context.sampleRate)) queue = queue.then(() => handle(e));
  };

  const running: Running = {
    context,
    stream,
    node,
    onVisible: () => {
      if (document.visibilityState === "visible") void keepAwake(running);
    },
  };
  document.addEventListener("visibilitychange", running.onVisible);
  await keepAwake(running);
  // A microphone taken away (unplugged, another app) stops listening, and says so.
  for (const t of stream.getAudioTracks()) t.addEventListener("ended", () => void stop(true));

  const stop = async (lost = false) => {
    setStopper(undefined);
    node.port.onmessage = null;
    for (const e of listener.stop()) queue = queue.then(() => handle(e));
    await queue;
    source.disconnect();
    for (const t of stream.getTracks()) t.stop();
    document.removeEventListener("visibilitychange", running.onVisible);
    await running.wakeLock?.release().catch(() => undefined);
    await context.close().catch(() => undefined);
    setListenState({
      listening: false,
      since: undefined,
      crying: undefined,
      awake: false,
      ...(lost ? { problem: "failed" } : {}),
    });
  };
  setStopper(() => stop());
  setListenState({ listening: true, since: began, problem: undefined, heard: [] });
};

const keepAwake = async (running: Running) => {
  try {
    running.wakeLock = await navigator.wakeLock?.request("screen");
    setListenState({ awake: !!running.wakeLock });
    running.wakeLock?.addEventListener("release", () => setListenState({ awake: false }));
  } catch {
    // A phone on low battery may refuse: listening goes on, and the screen says it may sleep.
    setListenState({ awake: false });
  }
};
