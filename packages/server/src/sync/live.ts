/**
 * Live notification: when a household's journal moves on, every connected device of that household
 * hears the new cursor and pulls. When someone's access changes (a logout, a removal, a deleted
 * account or household, a new password), the sockets it may concern hear of it and check again
 * whether they may stay open. With several server processes on one PostgreSQL, both kinds of news
 * go through LISTEN/NOTIFY, so a device connected to one process hears of what happened on another.
 */
import pg from "pg";

/** Whose access may have changed: everyone in a household, one person everywhere, or one member. */
export interface AccessChange {
  readonly householdId?: string;
  readonly userId?: string;
}

/**
 * `changed`: the household's journal moved to `cursor`. `access`: check the socket's access again.
 * `missed`: this process was deaf to the others for a while and may have missed a change; the
 * device should catch up.
 */
export type LiveEvent =
  | { readonly type: "changed"; readonly cursor: number }
  | { readonly type: "access" }
  | { readonly type: "missed" };

export interface LiveSubscriber {
  readonly householdId: string;
  readonly userId: string;
  readonly listener: (event: LiveEvent) => void;
}

export interface LiveHub {
  subscribe(subscriber: LiveSubscriber): () => void;
  publish(householdId: string, cursor: number): void;
  accessChanged(change: AccessChange): void;
  /** Hears every change of access, this process's and the others' (for the access cache). */
  onAccess(listener: (change: AccessChange) => void): void;
  /** Whether news from the other processes reaches this one now (always, with one process). */
  hearsOthers(): boolean;
  close(): Promise<void>;
}

class LocalFanOut {
  readonly #byHousehold = new Map<string, Set<LiveSubscriber>>();
  readonly accessListeners = new Set<(change: AccessChange) => void>();

  subscribe(subscriber: LiveSubscriber): () => void {
    const set = this.#byHousehold.get(subscriber.householdId) ?? new Set();
    set.add(subscriber);
    this.#byHousehold.set(subscriber.householdId, set);
    return () => {
      set.delete(subscriber);
      if (!set.size) this.#byHousehold.delete(subscriber.householdId);
    };
  }

  changed(householdId: string, cursor: number): void {
    for (const s of this.#byHousehold.get(householdId) ?? []) s.listener({ type: "changed", cursor });
  }

  missed(): void {
    for (const set of [...this.#byHousehold.values()])
      for (const s of [...set]) s.listener({ type: "missed" });
  }

  access(change: AccessChange): void {
    for (const listener of this.accessListeners) listener(change);
    const sets = change.householdId
      ? [this.#byHousehold.get(change.householdId) ?? new Set<LiveSubscriber>()]
      : [...this.#byHousehold.values()];
    for (const set of sets)
      for (const s of [...set])
        if (!change.userId || s.userId === change.userId) s.listener({ type: "access" });
  }
}

export const localLiveHub = (): LiveHub => {
  const fanOut = new LocalFanOut();
  return {
    subscribe: (s) => fanOut.subscribe(s),
    publish: (h, c) => fanOut.changed(h, c),
    accessChanged: (change) => fanOut.access(change),
    onAccess: (listener) => fanOut.accessListeners.add(listener),
    hearsOthers: () => true,
    close: async () => {},
  };
};

const channel = "attune_journal";

/** Payloads: `<household>:<cursor>` for the journal, `access:<household>:<user>` (either may be empty). */
export const postgresLiveHub = async (url: string): Promise<LiveHub> => {
  const fanOut = new LocalFanOut();
  const hear = (n: pg.Notification) => {
    const parts = (n.payload ?? "").split(":");
    if (parts[0] === "access") {
      fanOut.access({
        ...(parts[1] ? { householdId: parts[1] } : {}),
        ...(parts[2] ? { userId: parts[2] } : {}),
      });
      return;
    }
    const [householdId, cursor] = parts;
    if (householdId && cursor) fanOut.changed(householdId, Number(cursor));
  };
  // The LISTEN connection. When it is lost, this process is deaf to the others until it is back:
  // every socket checks its access again (what it missed may have ended it), the access cache reads
  // the database meanwhile, and a new connection is tried every second.
  let listener: pg.Client | undefined;
  let closing = false;
  /** False until the first LISTEN: every later one follows a lost connection. */
  let deafened = false;
  const listen = async () => {
    const client = new pg.Client({ connectionString: url });
    const lost = () => {
      if (listener !== client) return;
      listener = undefined;
      client.end().catch(() => {});
      fanOut.access({});
      if (!closing) setTimeout(() => void listen().catch(retry), 1000);
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", hear);
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    listener = client;
    // Back after being deaf: the devices connected here may have missed another process's news.
    if (deafened) fanOut.missed();
    deafened = true;
  };
  const retry = () => {
    if (!closing) setTimeout(() => void listen().catch(retry), 1000);
  };
  await listen();
  const sender = new pg.Pool({ connectionString: url, max: 1 });
  sender.on("error", () => {});
  const pending = new Map<string, number>();
  const flush = () => {
    const changes = [...pending].map(([h, c]) => `${h}:${c}`);
    pending.clear();
    sender
      .query("SELECT pg_notify($1, change) FROM unnest($2::text[]) AS change", [channel, changes])
      .catch(() => {
        for (const change of changes) {
          const [h, c] = change.split(":");
          fanOut.changed(h!, Number(c));
        }
      });
  };
  return {
    subscribe: (s) => fanOut.subscribe(s),
    publish: (h, c) => {
      // Coalesced: the pushes answered in one turn of the event loop send one NOTIFY statement,
      // with each household's latest cursor once (a busy host answers many pushes a turn).
      pending.set(h, Math.max(pending.get(h) ?? 0, c));
      if (pending.size === 1) setImmediate(flush);
    },
    accessChanged: (change) => {
      const payload = `access:${change.householdId ?? ""}:${change.userId ?? ""}`;
      // This process's own sockets hear it at once; the others through NOTIFY, sent again every
      // second for a minute if PostgreSQL does not take it (the access caches count on hearing it).
      fanOut.access(change);
      const send = (tries: number) =>
        sender.query("SELECT pg_notify($1, $2)", [channel, payload]).catch(() => {
          if (!closing && tries < 60) setTimeout(() => void send(tries + 1), 1000).unref();
        });
      void send(1);
    },
    onAccess: (listener) => fanOut.accessListeners.add(listener),
    hearsOthers: () => listener !== undefined,
    close: async () => {
      closing = true;
      const client = listener;
      listener = undefined;
      await client?.end();
      await sender.end();
    },
  };
};
