/**
 * The journal on this device (IndexedDB through Dexie): every record's state, the outbox of
 * changes not yet pushed, and a few values such as the sync cursor. One database per account and
 * household, so that two people sharing a phone never see each other's private entries.
 */
import { type Entry, entryOf, type Message, type RecordState } from "@attune/core/light";
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
    // Version 1 kept one message to an outbox row; what a phone had not pushed yet goes on as
    // rows of one message each. The [deleted+at] index was never read, and cost every write.
    this.version(2)
      .stores({ records: "id, at, [kind+at]" })
      .upgrade((tx) =>
        tx
          .table("outbox")
          .toCollection()
          .modify((row: { message?: Message; messages?: Message[] }) => {
            if (row.message) {
              row.messages = [row.message];
              delete row.message;
            }
          }),
      );
  }
}

export const localRecordOf = (state: RecordState): LocalRecord => {
  const entry = entryOf(state);
  return {
    id: state.id,
    kind: state.kind,
    at: entry.at,
    babyId: typeof entry.values.babyId === "string" ? entry.values.babyId : "",
    deleted: entry.deleted ? 1 : 0,
    state,
  };
};

export const entryOfLocal = (r: LocalRecord): Entry => entryOf(r.state);

export const journalName = (userId: string, householdId: string) => `attune-${userId}-${householdId}`;
