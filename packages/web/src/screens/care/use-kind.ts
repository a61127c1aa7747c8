/** Entries of one kind from the local journal (this device holds only its own private ones). */
import { type Entry, entryOf, type RecordKind } from "@attune/core/light";
import Dexie from "dexie";
import { useLive } from "../../local/live.ts";
import { useHousehold } from "../../session/session.tsx";

export const useKindEntries = (kind: RecordKind): Entry[] | undefined => {
  const { engine } = useHousehold();
  return useLive(async () => {
    const rows = await engine.db.records
      .where("[kind+at]")
      .between([kind, Dexie.minKey], [kind, Dexie.maxKey])
      .toArray();
    return rows.filter((r) => !r.deleted).map((r) => entryOf(r.state));
  }, [engine, kind]);
};

/** The device's country, from the browser's languages (es-ES → ES), for emergency numbers. */
export const deviceCountry = (): string | undefined => {
  for (const lang of typeof navigator !== "undefined" ? navigator.languages : []) {
    const region = lang.split("-")[1];
    if (region && /^[A-Za-z]{2}$/.test(region)) return region.toUpperCase();
  }
  return undefined;
};
