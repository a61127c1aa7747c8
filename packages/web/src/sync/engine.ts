/**
 * The sync engine on a device. Every change goes to the local journal and its outbox in one
 * transaction, so it shows at once and is never lost; then, whenever the network allows, the
 * outbox is pushed in batches and what others changed is pulled. A WebSocket says when to pull.
 */
import { applyToRecord, ChangeWriter, type Message, mergeStates, type RecordState } from "@attune/core/light";
import { api } from "../api/client.ts";
import { type LocalJournal, localRecordOf } from "../local/db.ts";

export type SyncStatus = "synced" | "pending" | "syncing" | "offline" | "error";

const batchSize = 500;

export class SyncEngine {
  status: SyncStatus = "pending";
  /** Messages the server refused (a rule broken after a concurrent edit); shown, not retried. */
  refused = 0;
  readonly #listeners = new Set<() => void>();
  #running: Promise<void> | undefined;
  #again = false;
  #socket: WebSocket | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #stopped = false;

  constructor(
    readonly db: LocalJournal,
    readonly householdId: string,
    readonly writer: ChangeWriter,
    /** The account using this device: the author of the records it creates. */
    readonly userId: string,
  ) {}

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(status: SyncStatus) {
    if (this.status === status) return;
    this.status = status;
    for (const l of this.#listeners) l();
  }

  /** Writes changes locally first; the push follows in the background. */
  async write(messages: readonly Message[]): Promise<void> {
    if (!messages.length) return;
    await this.db.transaction("rw", this.db.records, this.db.outbox, this.db.meta, async () => {
      const ids = [...new Set(messages.map((m) => m.recordId))];
      const current = await this.db.records.bulkGet(ids);
      const states = new Map<string, RecordState>();
      ids.forEach((id, i) => {
        const r = current[i];
        if (r) states.set(id, r.state);
      });
      for (const m of messages) {
        const before = states.get(m.recordId);
        const { state, outcome } = applyToRecord(before, m);
        if (outcome === "changed") states.set(m.recordId, before ? state : { ...state, author: this.userId });
      }
      await this.db.records.bulkPut([...states.values()].map(localRecordOf));
      await this.db.outbox.bulkAdd(messages.map((message) => ({ message })));
      await this.db.meta.put({ key: "clock", value: messages[messages.length - 1]!.hlc });
    });
    this.#set("pending");
    void this.sync();
  }

  /** Push, then pull; calls made while one runs fold into one more round. */
  sync(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      do {
        this.#again = false;
        await this.#round();
      } while (this.#again && !this.#stopped);
    })().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #round(): Promise<void> {
    if (typeof navigator !== "undefined" && navigator.onLine === false) {
      this.#set("offline");
      return;
    }
    this.#set("syncing");
    for (;;) {
      const items = await this.db.outbox.orderBy("seq").limit(batchSize).toArray();
      if (!items.length) break;
      const res = await api<{ cursor: number }>("POST", `/api/households/${this.householdId}/sync/push`, {
        messages: items.map((i) => i.message),
      });
      if (!res.ok) {
        if (res.error.status === 0 || res.error.status >= 500 || res.error.status === 429) {
          this.#set(res.error.status === 0 ? "offline" : "error");
          return;
        }
        if (res.error.status === 401) {
          this.#set("error");
          return;
        }
        // The server refused the batch for good (a rule, a conflict): keep the local copy, drop
        // the messages from the outbox so that the rest can go, and say so.
        this.refused += items.length;
      }
      await this.db.outbox.bulkDelete(items.map((i) => i.seq!));
    }
    let since = Number((await this.db.meta.get("cursor"))?.value ?? 0);
    for (;;) {
      const res = await api<{ records: RecordState[]; cursor: number; more: boolean }>(
        "GET",
        `/api/households/${this.householdId}/sync/pull?since=${since}&limit=5000`,
      );
      if (!res.ok) {
        this.#set(res.error.status === 0 ? "offline" : "error");
        return;
      }
      await this.#merge(res.value.records, res.value.cursor);
      since = res.value.cursor;
      if (!res.value.more) break;
    }
    this.#set((await this.db.outbox.count()) ? "pending" : "synced");
  }

  async #merge(incoming: readonly RecordState[], cursor: number): Promise<void> {
    let newest = "";
    await this.db.transaction("rw", this.db.records, this.db.meta, async () => {
      const current = await this.db.records.bulkGet(incoming.map((s) => s.id));
      const merged = incoming.map((state, i) => {
        const mine = current[i];
        for (const [, hlc] of Object.values(state.fields)) if (hlc > newest) newest = hlc;
        return localRecordOf(mine ? mergeStates(mine.state, state) : state);
      });
      await this.db.records.bulkPut(merged);
      await this.db.meta.put({ key: "cursor", value: cursor });
    });
    if (newest) this.writer.observe(newest);
  }

  /** Starts background sync: now, on reconnect, on live news, and every 30 s. */
  start(): void {
    this.#stopped = false;
    void this.db.meta.get("clock").then((c) => typeof c?.value === "string" && this.writer.observe(c.value));
    void this.sync();
    window.addEventListener("online", this.#onOnline);
    window.addEventListener("offline", this.#onOffline);
    this.#timer = setInterval(() => void this.sync(), 30_000);
    this.#connect();
  }

  stop(): void {
    this.#stopped = true;
    window.removeEventListener("online", this.#onOnline);
    window.removeEventListener("offline", this.#onOffline);
    clearInterval(this.#timer);
    this.#socket?.close();
  }

  #onOnline = () => {
    void this.sync();
    this.#connect();
  };

  #onOffline = () => this.#set("offline");

  #connect(): void {
    if (this.#stopped || (this.#socket && this.#socket.readyState <= 1)) return;
    const url = new URL(`/api/households/${this.householdId}/live`, location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    const socket = new WebSocket(url);
    this.#socket = socket;
    socket.onmessage = (event) => {
      const data = JSON.parse(String(event.data));
      if (data.type === "changed" || data.type === "hello") void this.sync();
    };
    socket.onclose = () => {
      if (!this.#stopped) setTimeout(() => this.#connect(), 3000);
    };
  }
}

export const newDeviceNode = (): string => {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
};

export const deviceWriter = (): ChangeWriter => {
  let node = localStorage.getItem("attune-device");
  if (!node) {
    node = newDeviceNode();
    localStorage.setItem("attune-device", node);
  }
  return new ChangeWriter(node, Date.now);
};
