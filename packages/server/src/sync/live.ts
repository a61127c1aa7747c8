/**
 * Live notification: when a household's journal moves on, every connected device of that household
 * hears the new cursor and pulls. With several server processes on one PostgreSQL, the news goes
 * through LISTEN/NOTIFY so that a device connected to one process hears of a push to another.
 */
import pg from "pg";

export type CursorListener = (cursor: number) => void;

export interface LiveHub {
  subscribe(householdId: string, listener: CursorListener): () => void;
  publish(householdId: string, cursor: number): void;
  close(): Promise<void>;
}

class LocalFanOut {
  readonly #listeners = new Map<string, Set<CursorListener>>();

  subscribe(householdId: string, listener: CursorListener): () => void {
    const set = this.#listeners.get(householdId) ?? new Set();
    set.add(listener);
    this.#listeners.set(householdId, set);
    return () => {
      set.delete(listener);
      if (!set.size) this.#listeners.delete(householdId);
    };
  }

  dispatch(householdId: string, cursor: number): void {
    for (const listener of this.#listeners.get(householdId) ?? []) listener(cursor);
  }
}

export const localLiveHub = (): LiveHub => {
  const fanOut = new LocalFanOut();
  return {
    subscribe: (h, l) => fanOut.subscribe(h, l),
    publish: (h, c) => fanOut.dispatch(h, c),
    close: async () => {},
  };
};

const channel = "attune_journal";

export const postgresLiveHub = async (url: string): Promise<LiveHub> => {
  const fanOut = new LocalFanOut();
  const listener = new pg.Client({ connectionString: url });
  listener.on("error", () => {});
  await listener.connect();
  listener.on("notification", (n) => {
    const [householdId, cursor] = (n.payload ?? "").split(":");
    if (householdId && cursor) fanOut.dispatch(householdId, Number(cursor));
  });
  await listener.query(`LISTEN ${channel}`);
  const sender = new pg.Pool({ connectionString: url, max: 1 });
  sender.on("error", () => {});
  return {
    subscribe: (h, l) => fanOut.subscribe(h, l),
    publish: (h, c) => {
      sender.query("SELECT pg_notify($1, $2)", [channel, `${h}:${c}`]).catch(() => fanOut.dispatch(h, c));
    },
    close: async () => {
      await listener.end();
      await sender.end();
    },
  };
};
