/**
 * The records the server would not take, as a live list for the screens: the notice shows the
 * ones not yet read, the timeline marks every one until it is put right.
 */
import { useSyncExternalStore } from "react";
import { useHousehold } from "../session/session.tsx";
import type { Refusal } from "./engine.ts";

export const useRefusals = (): readonly Refusal[] => {
  const { engine } = useHousehold();
  return useSyncExternalStore(
    (listener) => engine.subscribe(listener),
    () => engine.refusals,
  );
};
