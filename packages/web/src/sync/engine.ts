/**
 * The sync engine on a device. Every change goes to the local journal and its outbox in one
 * transaction, so it shows at once and is never lost; then, whenever the network allows, the
 * outbox is pushed in batches and what others changed is pulled. A WebSocket says when to pull.
 */
import {
  applyToRecord,
  ChangeWriter,
  type Message,
  mergeStates,
  messageKey,
  type RecordState,
} from "@attune/core/light";
import { type ApiProblem, call } from "../api/client.ts";
import {
  byRecord,
  type LocalJournal,
  localRecordOf,
  type OutboxItem,
  outboxRows,
  pushSize,
} from "../local/db.ts";

export type SyncStatus = "synced" | "pending" | "syncing" | "offline" | "error";

/** A change the server would not take: it stays on this device, and the person is told why. */
export interface Refusal {
  readonly recordId: string;
  readonly kind: string;
  /** The server's reason, as a code the screens translate (`sync.refused.<code>`). */
  readonly code: string;
  readonly at: string;
  /** The person has read the notice; the entry is still marked as not shared where it shows. */
  readonly seen?: boolean;
}

/** A push the server refused for good, as against one to try again later. */
const isFinal = (e: ApiProblem) => e.status !== 0 && e.status < 500 && e.status !== 429 && e.status !== 401;

export class SyncEngine {
  status: SyncStatus = "pending";
  /**
   * Records the server refused (a rule broken after a concurrent edit, a helper's window): shown,
   * and sent again whole when the person changes them.
   */
  refusals: readonly Refusal[] = [];
  /** Everyone who has created a record pulled so far: a name not yet known means a new member. */
  readonly authors = new Set<string>();
  readonly #listeners = new Set<() => void>();
  #running: Promise<void> | undefined;
  #again = false;
  /** How far this phone has the household's journal (the cursor it keeps), once read. */
  #cursor = -1;
  /** The furthest cursor the live news has told of. */
  #heard = 0;
  /** Whether the live socket is open and has said hello: then news comes without asking. */
  #live = false;
  #ticks = 0;
  #socket: WebSocket | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #stopped = false;
  /** Called when the server says this account may no longer use this household (removed, expired, logged out). */
  onAccessEnded: (() => void) | undefined;

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
    this.#tell();
  }

  #tell() {
    for (const l of this.#listeners) l();
  }

  /** The record of `m` was refused for good: remember it (once) with the server's reason. */
  async #refuse(m: Message, code: string) {
    const refusal = { recordId: m.recordId, kind: m.kind, code, at: new Date().toISOString() };
    this.refusals = [...this.refusals.filter((r) => r.recordId !== m.recordId), refusal].slice(-50);
    await this.db.meta.put({ key: "refusals", value: this.refusals });
    this.#tell();
  }

  /** The person has read the refusals: the notice goes, the entries stay marked until put right. */
  async dismissRefusals(): Promise<void> {
    this.refusals = this.refusals.map((r) => ({ ...r, seen: true }));
    await this.db.meta.put({ key: "refusals", value: this.refusals });
    this.#tell();
  }

  /**
   * Writes changes locally first; the push follows in the background. A change to a record the
   * server refused sends the whole record again (the server never took its other fields), and
   * takes it off the list of refusals: if the server still will not take it, it says so again.
   */
  async write(messages: readonly Message[]): Promise<void> {
    if (!messages.length) return;
    const refused = new Set(this.refusals.map((r) => r.recordId));
    const retried = new Set<string>();
    await this.db.transaction("rw", this.db.records, this.db.outbox, this.db.meta, async () => {
      const ids = [...new Set(messages.map((m) => m.recordId))];
      // Only the records already here are read whole (most of a big import is new).
      const present = await this.db.records.where("id").anyOf(ids).primaryKeys();
      const states = new Map<string, RecordState>();
      for (const r of await this.db.records.bulkGet(present)) if (r) states.set(r.id, r.state);
      for (const m of messages) {
        const before = states.get(m.recordId);
        const { state, outcome } = applyToRecord(before, m);
        if (outcome === "changed") states.set(m.recordId, before ? state : { ...state, author: this.userId });
      }
      await this.db.records.bulkPut([...states.values()].map(localRecordOf));
      const sent = new Set(messages.map(messageKey));
      const resend: Message[] = [];
      for (const id of ids) {
        const state = states.get(id);
        if (!refused.has(id) || !state) continue;
        retried.add(id);
        for (const [field, [value, hlc]] of Object.entries(state.fields)) {
          const m = { recordId: id, kind: state.kind, scope: state.scope, field, value, hlc } as Message;
          if (!sent.has(messageKey(m))) resend.push(m);
        }
      }
      await this.db.outbox.bulkAdd(outboxRows([...resend, ...messages]));
      if (retried.size) {
        this.refusals = this.refusals.filter((r) => !retried.has(r.recordId));
        await this.db.meta.put({ key: "refusals", value: this.refusals });
      }
      await this.db.meta.put({ key: "clock", value: messages[messages.length - 1]!.hlc });
    });
    if (retried.size) this.#tell();
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
      let done: boolean;
      do {
        this.#again = false;
        done = await this.#round();
        // News heard while the round ran asks for one more only if the round did not bring it.
      } while ((this.#again || (done && this.#heard > this.#cursor)) && !this.#stopped);
    })().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** One push and pull; false when the network or the server stopped it part way. */
  async #round(): Promise<boolean> {
    if (typeof navigator !== "undefined" && navigator.onLine === false) {
      this.#set("offline");
      return false;
    }
    this.#set("syncing");
    const stored = Number((await this.db.meta.get("cursor"))?.value ?? 0);
    // While each push's numbers follow straight on from the cursor, nobody else changed anything
    // meanwhile and this phone already holds everything up to the push's cursor: no pull is
    // needed. A round that pushes then pulls nothing saves a request per entry, and a host's
    // server a request per entry for each phone that logs.
    let cursor = stored;
    let pushed = false;
    let straight = true;
    for (;;) {
      // Whole rows up to a push's worth: a row holds whole records, so a record is never shared
      // in part if the rest is refused.
      const items: OutboxItem[] = [];
      let count = 0;
      await this.db.outbox
        .orderBy("seq")
        .until((row) => items.length > 0 && count + row.messages.length > pushSize)
        .each((row) => {
          items.push(row);
          count += row.messages.length;
        });
      if (!items.length) break;
      const messages = items.flatMap((i) => i.messages);
      const res = await call("POST /api/households/:householdId/sync/push", {
        params: { householdId: this.householdId },
        body: { messages },
      });
      pushed = true;
      if (res.ok && straight && res.value.cursor - res.value.accepted === cursor) cursor = res.value.cursor;
      else straight = false;
      if (!res.ok) {
        if (!isFinal(res.error)) {
          this.#set(res.error.status === 0 ? "offline" : "error");
          return false;
        }
        // A batch is taken whole or not at all: find the records the server will not take by
        // sending them one at a time, so that the others still go.
        if (new Set(messages.map((m) => m.recordId)).size > 1) {
          if (!(await this.#pushOneByOne(items))) return false;
          continue;
        }
        // Refused for good: keep the local copy, take it out of the outbox, and say so.
        await this.#refuse(messages[0]!, res.error.code);
      }
      await this.db.outbox.bulkDelete(items.map((i) => i.seq!));
    }
    if (pushed && straight) {
      if (cursor !== stored) await this.db.meta.put({ key: "cursor", value: cursor });
      this.#cursor = Math.max(this.#cursor, cursor);
      this.#set((await this.db.outbox.count()) ? "pending" : "synced");
      return true;
    }
    let since = stored;
    for (;;) {
      const res = await call("GET /api/households/:householdId/sync/pull", {
        params: { householdId: this.householdId },
        query: { since, limit: 5000 },
      });
      if (!res.ok) {
        this.#set(res.error.status === 0 ? "offline" : "error");
        if (res.error.status === 401 || res.error.status === 404) this.onAccessEnded?.();
        return false;
      }
      await this.#merge(res.value.records, res.value.cursor);
      since = res.value.cursor;
      if (!res.value.more) break;
    }
    this.#set((await this.db.outbox.count()) ? "pending" : "synced");
    return true;
  }

  /**
   * Pushes a refused batch record by record (all of a record's changes together, so that no record
   * is half taken). False when the network or the server failed part way: the rows stay, and the
   * records already taken are sent again later (the server counts them as duplicates).
   */
  async #pushOneByOne(items: readonly OutboxItem[]): Promise<boolean> {
    for (const messages of byRecord(items.flatMap((i) => i.messages))) {
      const res = await call("POST /api/households/:householdId/sync/push", {
        params: { householdId: this.householdId },
        body: { messages },
      });
      if (!res.ok) {
        if (!isFinal(res.error)) {
          this.#set(res.error.status === 0 ? "offline" : "error");
          return false;
        }
        await this.#refuse(messages[0]!, res.error.code);
      }
    }
    await this.db.outbox.bulkDelete(items.map((i) => i.seq!));
    return true;
  }

  async #merge(incoming: readonly RecordState[], cursor: number): Promise<void> {
    let newest = "";
    await this.db.transaction("rw", this.db.records, this.db.meta, async () => {
      const current = await this.db.records.bulkGet(incoming.map((s) => s.id));
      const merged = incoming.map((state, i) => {
        const mine = current[i];
        for (const [, hlc] of Object.values(state.fields)) if (hlc > newest) newest = hlc;
        if (state.author) this.authors.add(state.author);
        return localRecordOf(mine ? mergeStates(mine.state, state) : state);
      });
      await this.db.records.bulkPut(merged);
      await this.db.meta.put({ key: "cursor", value: cursor });
    });
    this.#cursor = Math.max(this.#cursor, cursor);
    if (newest) this.writer.observe(newest);
  }

  /** Starts background sync: now, on reconnect, on live news, and every 30 s. */
  start(): void {
    this.#stopped = false;
    void this.db.meta.get("clock").then((c) => typeof c?.value === "string" && this.writer.observe(c.value));
    void this.db.meta.get("cursor").then((c) => {
      this.#cursor = Math.max(this.#cursor, Number(c?.value ?? 0));
    });
    void this.db.meta.get("refusals").then((r) => {
      if (Array.isArray(r?.value) && r.value.length) {
        this.refusals = r.value as Refusal[];
        this.#tell();
      }
    });
    void this.sync();
    window.addEventListener("online", this.#onOnline);
    window.addEventListener("offline", this.#onOffline);
    this.#timer = setInterval(() => {
      // With the socket open and nothing left to send, the news says when to pull: a look every
      // 5 minutes is enough (a host's server would otherwise answer every phone every 30 s).
      this.#ticks++;
      if (this.#live && this.status === "synced" && this.#ticks % 10 !== 0) return;
      void this.sync();
    }, 30_000);
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
      if (data.type === "changed" && typeof data.cursor === "number") {
        this.#heard = Math.max(this.#heard, data.cursor);
        // News of a change this phone has (its own push, most often) asks for nothing; news that
        // comes while a round runs is looked at when it ends (it may be that round's own push).
        if (data.cursor <= this.#cursor || this.#running) return;
      }
      if (data.type === "hello") this.#live = true;
      if (data.type === "changed" || data.type === "hello") void this.sync();
    };
    socket.onclose = (event) => {
      if (this.#socket === socket) this.#live = false;
      // 4403: the server closed it because this account's access here has ended.
      if (event.code === 4403) return this.onAccessEnded?.();
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
