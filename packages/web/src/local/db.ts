/**
 * The journal on this device (IndexedDB through Dexie): every record's state, the outbox of
 * changes not yet pushed, and a few values such as the sync cursor. One database per account and
 * household, so that two people sharing a phone never see each other's private entries.
 */
import { entryOf, type Message, type RecordState } from "@attune/core/light";
import Dexie, { type Table } from "dexie";

export interface LocalRecord {
  readonly id: string;
  readonly kind: string;
  readonly at: string;
  readonly babyId: string;
  readonly deleted: 0 | 1;
  readonly state: RecordState;
}

/**
 * Changes not yet pushed: whole records only (all of a record's changes in one write sit in one
 * row), up to a push's worth in a row, so a 10,000-entry import is a few dozen rows, not 46,000.
 */
export interface OutboxItem {
  readonly seq?: number;
  readonly messages: readonly Message[];
}

/** The most messages a push carries (the server takes 500 at a time). */
export const pushSize = 500;

/** Messages by the record they change, each record's in the order given. */
export const byRecord = (messages: readonly Message[]): Message[][] => {
  const groups = new Map<string, Message[]>();
  for (const m of messages) {
    const group = groups.get(m.recordId);
    if (group) group.push(m);
    else groups.set(m.recordId, [m]);
  }
  return [...groups.values()];
};

/** A write's outbox rows: each record's messages together, up to a push's worth to a row. */
export const outboxRows = (messages: readonly Message[]): OutboxItem[] => {
  const rows: OutboxItem[] = [];
  let row: Message[] = [];
  for (const group of byRecord(messages)) {
    if (row.length && row.length + group.length > pushSize) {
      rows.push({ messages: row });
      row = [];
    }
    row.push(...group);
  }
  if (row.length) rows.push({ messages: row });
  return rows;
};

export class LocalJournal extends Dexie {
  records!: Table<LocalRecord, string>;
  outbox!: Table<OutboxItem, number>;
  meta!: Table<{ key: string; value: unknown }, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      records: "id, at, [kind+at], [deleted+at]",
      outbox: "++seq",
      meta: "key",
    });
    // Version 1 kept one message to an outbox row; what a phone had not pushed yet is regrouped
    // into rows of whole records, in the order it was written. The [deleted+at] index was never
    // read, and cost every write.
    this.version(2)
      .stores({ records: "id, at, [kind+at]" })
      .upgrade(async (tx) => {
        const outbox = tx.table("outbox");
        const left = (await outbox.orderBy(":id").toArray()) as { message: Message }[];
        await outbox.clear();
        await outbox.bulkAdd(outboxRows(left.map((row) => row.message)));
      });
  }
}

export const localRecordOf = (state: RecordState): LocalRecord => {
  const entry = entryOf(state);
  return {
    id: state.id,
    kind: state.kind,
    at: entry.at,
    babyId: entry.values.babyId ?? "",
    deleted: entry.deleted ? 1 : 0,
    state,
  };
};

export const journalName = (userId: string, householdId: string) => `attune-${userId}-${householdId}`;
