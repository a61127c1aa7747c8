/**
 * Reading the local journal: the queries screens need (entries from a time on, one record, the
 * latest of a kind) and the live hooks built on them, so that no screen queries Dexie itself.
 */
import { type Entry, entryOf, ofKind, type RecordKind } from "@attune/core/light";
import Dexie from "dexie";
import { useHousehold } from "../session/session.tsx";
import type { LocalJournal, LocalRecord } from "./db.ts";
import { useLive } from "./live.ts";

type OfBaby = (record: { readonly babyId: string }) => boolean;

/** Entries from `from` (ISO) on, oldest first, not deleted; of the kinds given, and of the shown baby with `ofBaby`. */
export const entriesFrom = async <K extends RecordKind = RecordKind>(
  db: LocalJournal,
  from: string,
  { kinds, ofBaby }: { kinds?: readonly K[] | undefined; ofBaby?: OfBaby | undefined } = {},
): Promise<Entry<K>[]> => {
  const rows: LocalRecord[] = await db.records.where("at").aboveOrEqual(from).toArray();
  const wanted = kinds ? new Set<string>(kinds) : undefined;
  return rows
    .filter((r) => !r.deleted && (!wanted || wanted.has(r.kind)) && (!ofBaby || ofBaby(r)))
    .map((r) => entryOf(r.state) as Entry<K>);
};

/** One record as an entry; null when it is not here or is deleted. */
export const entryById = async (db: LocalJournal, id: string): Promise<Entry | null> => {
  const r = id ? await db.records.get(id) : undefined;
  return r && !r.deleted ? entryOf(r.state) : null;
};

/** The latest entry of a kind (of the shown baby with `ofBaby`). */
export const latestOfKind = async <K extends RecordKind>(
  db: LocalJournal,
  kind: K,
  ofBaby?: OfBaby,
): Promise<Entry<K> | undefined> =>
  (
    await db.records
      .where("[kind+at]")
      .between([kind, Dexie.minKey], [kind, Dexie.maxKey])
      .reverse()
      .toArray()
  )
    .filter((r) => !r.deleted && (!ofBaby || ofBaby(r)))
    .map((r) => entryOf(r.state))
    .filter(ofKind(kind))[0];

/** Which of these ids this phone holds already (keys only: reading 10,000 states is slow). */
export const idsHere = async (db: LocalJournal, ids: readonly string[]): Promise<Set<string>> =>
  new Set(await db.records.where("id").anyOf(ids).primaryKeys());

/**
 * One record of a kind as an entry; null when it is not here, is deleted or is of another kind,
 * undefined while reading.
 */
export const useRecord = <K extends RecordKind>(id: string, kind: K): Entry<K> | null | undefined => {
  const { engine } = useHousehold();
  return useLive(async () => {
    const entry = await entryById(engine.db, id);
    return entry?.kind === kind ? (entry as Entry<K>) : null;
  }, [engine, id, kind]);
};

/**
 * Every record of one kind, not deleted (this device holds only its own private ones); with
 * `babyOnly`, only those of the baby the screens show; with `days`, only the last so many days.
 */
export const useKindEntries = <K extends RecordKind>(
  kind: K,
  { babyOnly = false, days }: { babyOnly?: boolean; days?: number } = {},
): Entry<K>[] | undefined => {
  const { engine, ofBaby } = useHousehold();
  return useLive(async () => {
    const from = days === undefined ? Dexie.minKey : new Date(Date.now() - days * 86_400_000).toISOString();
    const rows = await engine.db.records
      .where("[kind+at]")
      .between([kind, from], [kind, Dexie.maxKey])
      .toArray();
    return rows
      .filter((r) => !r.deleted && (!babyOnly || ofBaby(r)))
      .map((r) => entryOf(r.state))
      .filter(ofKind(kind));
  }, [engine, kind, babyOnly, ofBaby, days]);
};

/** The last `days` days of entries, oldest first: of the kinds given (all if none), of the shown baby unless `allBabies`. */
export const useEntriesOfDays = <K extends RecordKind = RecordKind>(
  days: number,
  { kinds, allBabies = false }: { kinds?: readonly K[]; allBabies?: boolean } = {},
): Entry<K>[] | undefined => {
  const { engine, ofBaby } = useHousehold();
  const kindsKey = kinds?.join(",");
  return useLive(
    () =>
      entriesFrom<K>(engine.db, new Date(Date.now() - days * 86_400_000).toISOString(), {
        kinds,
        ofBaby: allBabies ? undefined : ofBaby,
      }),
    [engine, days, kindsKey, allBabies, ofBaby],
  );
};
