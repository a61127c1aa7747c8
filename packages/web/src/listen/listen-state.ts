/**
 * Whether this phone is listening, and what it hears, for every screen: the always-visible
 * "listening" bar and the Now screen read it without loading the listener itself (listening.ts).
 */
import { useSyncExternalStore } from "react";

export interface ListenState {
  readonly listening: boolean;
  readonly since?: number | undefined;
  /** The crying episode going on now: its entry and when it started (ms). */
  readonly crying?:
    | { readonly entryId: string; readonly start: number; readonly cryingS: number }
    | undefined;
  /** Entries of the episodes heard since listening began, newest first. */
  readonly heard: readonly string[];
  /** Why listening could not start or stopped by itself (its words are under listen, problems). */
  readonly problem?: "denied" | "noMicrophone" | "unsupported" | "failed" | undefined;
  /** Whether the screen is being kept awake. */
  readonly awake: boolean;
}

let state: ListenState = { listening: false, heard: [], awake: false };
const listeners = new Set<() => void>();

export const getListenState = (): ListenState => state;
export const setListenState = (change: Partial<ListenState>): void => {
  state = { ...state, ...change };
  for (const l of listeners) l();
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
export const useListenState = (): ListenState => useSyncExternalStore(subscribe, getListenState);

/** Stops listening; set by listening.ts while it runs. */
let stopper: (() => Promise<void>) | undefined;
export const setStopper = (stop: (() => Promise<void>) | undefined): void => {
  stopper = stop;
};
export const stopListening = async (): Promise<void> => {
  await stopper?.();
};
