/** Live reads of the local journal that several screens share: one record by id, all of one kind. */
import { type Entry, entryOf, type RecordKind } from "@attune/core/light";
import Dexie from "dexie";
import { useHousehold } from "../session/session.tsx";
import { useLive } from "./live.ts";

/** One record as an entry; null when it is not here or deleted, undefined while reading. */
export const useRecord = (id: string): Entry | null | undefined => {
  const { engine } = useHousehold();
  return useLive(async () => {
    const r = id ? await engine.db.records.get(id) : undefined;
    return r && !r.deleted ? entryOf(r.state) : null;
  }, [engine, id]);
};

/**
 * Every record of one kind, not deleted (this device holds only its own private ones); with
 * `babyOnly`, only those of the baby the screens show.
 */
export const useKindEntries = (kind: RecordKind, { babyOnly = false } = {}): Entry[] | undefined => {
  const { engine, ofBaby } = useHousehold();
  return useLive(async () => {
    const rows = await engine.db.records
      .where("[kind+at]")
      .between([kind, Dexie.minKey], [kind, Dexie.maxKey])
      .toArray();
    return rows.filter((r) => !r.deleted && (!babyOnly || ofBaby(r))).map((r) => entryOf(r.state));
  }, [engine, kind, babyOnly, ofBaby]);
};
