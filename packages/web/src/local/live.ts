/** Reading the local journal in a component: the result follows every change to what it read. */
import { liveQuery } from "dexie";
import { useEffect, useState } from "react";

export const useLive = <T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined => {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: () => {} });
    return () => subscription.unsubscribe();
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the query depends on
  }, deps);
  return value;
};

/** A clock that ticks, for timers and "2 h ago" texts. */
export const useNow = (everyMs = 1000): number => {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
};
