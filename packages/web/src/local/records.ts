/** Live reads of the local journal that several screens share: one record by id, all of one kind. */
import { type Entry, entryOf, ofKind, type RecordKind } from "@attune/core/light";
import Dexie from "dexie";
import { useHousehold } from "../session/session.tsx";
import { useLive } from "./live.ts";

/**
 * One record of a kind as an entry; null when it is not here, is deleted or is of another kind,
 * undefined while reading.
 */
export const useRecord = <K extends RecordKind>(id: string, kind: K): Entry<K> | null | undefined => {
  const { engine } = useHousehold();
  return useLive(async () => {
    const r = id ? await engine.db.records.get(id) : undefined;
    if (!r || r.deleted) return null;
    const entry = entryOf(r.state);
    return entry.kind === kind ? (entry as Entry<K>) : null;
  }, [engine, id, kind]);
};

/**
 * Every record of one kind, not deleted (this device holds only its own private ones); with
 * `babyOnly`, only those of the baby the screens show.
 */
export const useKindEntries = <K extends RecordKind>(
  kind: K,
  { babyOnly = false } = {},
): Entry<K>[] | undefined => {
  const { engine, ofBaby } = useHousehold();
  return useLive(async () => {
    const rows = await engine.db.records
      .where("[kind+at]")
      .between([kind, Dexie.minKey], [kind, Dexie.maxKey])
      .toArray();
    return rows
      .filter((r) => !r.deleted && (!babyOnly || ofBaby(r)))
      .map((r) => entryOf(r.state))
      .filter(ofKind(kind));
  }, [engine, kind, babyOnly, ofBaby]);
};
