/**
 * The sync engine's outbox against a stand-in server (the browser tests run it against the real
 * one): a record is never pushed in part, and a refused record, once changed, is sent whole.
 * IndexedDB is fake-indexeddb; the server is a fetch that refuses any push holding one record.
 */
import "fake-indexeddb/auto";
import { ChangeWriter, type Message } from "@attune/core/light";
import Dexie from "dexie";
import { v7 as uuidv7 } from "uuid";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LocalJournal } from "../local/db.ts";
import { newDeviceNode, SyncEngine } from "./engine.ts";

const householdId = "0190a1b2-0000-7000-8000-000000000001";

describe("the sync engine's outbox", () => {
  let pushes: Message[][];
  let refuse: string | undefined;
  let engine: SyncEngine;

  beforeEach(() => {
    pushes = [];
    refuse = undefined;
    vi.stubGlobal("fetch", async (_path: string, init: { method: string; body?: string }) => {
      if (init.method === "GET") return new Response(JSON.stringify({ records: [], cursor: 0, more: false }));
      const messages = (JSON.parse(init.body!) as { messages: Message[] }).messages;
      pushes.push(messages);
      if (refuse && messages.some((m) => m.recordId === refuse))
        return new Response(
          JSON.stringify({ error: { code: "outside_window", message: "outside your window" } }),
          { status: 403 },
        );
      return new Response(JSON.stringify({ cursor: pushes.length }));
    });
    engine = new SyncEngine(
      new LocalJournal(`attune-test-${uuidv7()}`),
      householdId,
      new ChangeWriter(newDeviceNode(), Date.now),
      "0190a1b2-0000-7000-8000-0000000000aa",
    );
  });
  afterEach(() => {
    engine.db.close();
    vi.unstubAllGlobals();
  });

  const note = (i: number, fields = 5) =>
    engine.writer.set(uuidv7(), "note", "household", {
      babyId: "0190a1b2-0000-7000-8000-0000000000bb",
      time: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
      ...Object.fromEntries(Array.from({ length: fields - 2 }, (_, f) => [`text${f}`, `note ${i}`])),
    });

  it("never splits one record's messages across two pushes, and a refused record is sent whole once changed", async () => {
    // 99 records of 5 messages, then one of 10 across the 500-message batch boundary.
    const before = Array.from({ length: 99 }, (_, i) => note(i));
    const straddling = note(99, 10);
    const id = straddling[0]!.recordId;
    refuse = id;
    await engine.write([...before.flat(), ...straddling]);
    await engine.sync();

    const holding = pushes.filter((p) => p.some((m) => m.recordId === id));
    expect(holding.length).toBeGreaterThan(0);
    for (const push of holding) expect(push.filter((m) => m.recordId === id)).toHaveLength(10);
    expect(engine.refusals.map((r) => r.recordId)).toEqual([id]);
    expect(await engine.db.outbox.count()).toBe(0);

    // Changed, and now allowed: the whole record goes, not just the changed field.
    refuse = undefined;
    pushes = [];
    await engine.write(engine.writer.set(id, "note", "household", { text0: "put right" }));
    await engine.sync();
    const sent = pushes.flat().filter((m) => m.recordId === id);
    expect(new Set(sent.map((m) => m.field))).toEqual(
      new Set(["babyId", "time", ...Array.from({ length: 8 }, (_, f) => `text${f}`)]),
    );
    expect(engine.refusals).toEqual([]);
  });

  it("keeps a big import to a few outbox rows of whole records, and pushes them all", async () => {
    const records = Array.from({ length: 2000 }, (_, i) => note(i));
    await engine.write(records.flat());
    expect(await engine.db.outbox.count()).toBe(20);
    await engine.sync();
    expect(pushes.length).toBe(20);
    for (const push of pushes) {
      expect(push.length).toBeLessThanOrEqual(500);
      const counts = new Map<string, number>();
      for (const m of push) counts.set(m.recordId, (counts.get(m.recordId) ?? 0) + 1);
      expect([...counts.values()].every((n) => n === 5)).toBe(true);
    }
    expect(new Set(pushes.flat().map((m) => m.recordId)).size).toBe(2000);
    expect(await engine.db.outbox.count()).toBe(0);
  });

  it("pushes what an older version of the app left in the outbox, one message to a row, record by whole record", async () => {
    const name = `attune-test-${uuidv7()}`;
    const old = new Dexie(name);
    old.version(1).stores({ records: "id, at, [kind+at], [deleted+at]", outbox: "++seq", meta: "key" });
    // Two records written, then the first changed again: one message to a row, as version 1 kept them.
    const first = note(1);
    const second = note(2);
    const again = engine.writer.set(first[0]!.recordId, "note", "household", { text0: "changed" });
    const left = [...first, ...second, ...again];
    await old.table("outbox").bulkAdd(left.map((message) => ({ message })));
    old.close();
    const upgraded = new SyncEngine(
      new LocalJournal(name),
      householdId,
      engine.writer,
      "0190a1b2-0000-7000-8000-0000000000aa",
    );
    try {
      expect(await upgraded.db.outbox.count()).toBe(1);
      await upgraded.sync();
      expect(pushes).toHaveLength(1);
      expect(new Set(pushes[0])).toEqual(new Set(left));
      expect(pushes[0]!.slice(0, 6).every((m) => m.recordId === first[0]!.recordId)).toBe(true);
      expect(await upgraded.db.outbox.count()).toBe(0);
    } finally {
      upgraded.db.close();
    }
  });
});

describe("the sync engine's pulls", () => {
  /** A stand-in server that numbers the messages it takes, as the real one does. */
  let seq: number;
  let pulls: number;
  let others: { id: string; kind: string; scope: string; fields: Record<string, [unknown, string]> }[];
  let engine: SyncEngine;
  const sockets: FakeSocket[] = [];

  class FakeSocket {
    readyState = 1;
    onmessage: ((event: { data: string }) => void) | undefined;
    onclose: ((event: { code: number }) => void) | undefined;
    constructor() {
      sockets.push(this);
    }
    close() {
      this.readyState = 3;
    }
  }

  beforeEach(() => {
    seq = 0;
    pulls = 0;
    others = [];
    sockets.length = 0;
    vi.stubGlobal("fetch", async (_path: string, init: { method: string; body?: string }) => {
      if (init.method === "GET") {
        pulls++;
        const records = others.splice(0);
        return new Response(JSON.stringify({ records, cursor: seq, more: false }));
      }
      const messages = (JSON.parse(init.body!) as { messages: Message[] }).messages;
      seq += messages.length;
      // As the real server may: the news of the push reaches the socket before the push's answer.
      sockets[0]?.onmessage?.({ data: JSON.stringify({ type: "changed", cursor: seq }) });
      return new Response(JSON.stringify({ accepted: messages.length, duplicates: 0, cursor: seq }));
    });
    vi.stubGlobal("window", { addEventListener: () => {}, removeEventListener: () => {} });
    vi.stubGlobal("location", { href: "http://localhost/" });
    vi.stubGlobal("WebSocket", FakeSocket);
    engine = new SyncEngine(
      new LocalJournal(`attune-test-${uuidv7()}`),
      householdId,
      new ChangeWriter(newDeviceNode(), Date.now),
      "0190a1b2-0000-7000-8000-0000000000aa",
    );
  });
  afterEach(() => {
    engine.stop();
    engine.db.close();
    vi.unstubAllGlobals();
  });

  const diaper = () =>
    engine.writer.set(uuidv7(), "diaper", "household", {
      babyId: "0190a1b2-0000-7000-8000-0000000000bb",
      time: new Date().toISOString(),
      contents: "wet",
    });
  const cursor = async () => (await engine.db.meta.get("cursor"))?.value;
  /** Until the round under way (if any) has ended; not engine.sync(), which would ask for one more. */
  const settled = async () => {
    await new Promise((resolve) => setTimeout(resolve, 30));
    await vi.waitFor(() => expect(engine.status).toBe("synced"));
  };

  it("does not pull after a push that follows straight on from its cursor, nor for news of that push", async () => {
    engine.start();
    await engine.sync();
    const before = pulls;
    expect(before).toBeGreaterThan(0);
    await engine.write(diaper());
    await settled();
    expect(pulls).toBe(before);
    expect(await cursor()).toBe(seq);
    expect(engine.status).toBe("synced");
    // The server tells every phone of the household, this one too: it already has it.
    sockets[0]!.onmessage!({ data: JSON.stringify({ type: "changed", cursor: seq }) });
    await settled();
    expect(pulls).toBe(before);
  });

  it("pulls when someone else's change came between, and for news of a change it does not have", async () => {
    engine.start();
    await engine.sync();
    const before = pulls;
    // Another phone's entry: the server's numbers moved on without this phone.
    const theirs: (typeof others)[number] = {
      id: uuidv7(),
      kind: "note",
      scope: "household",
      fields: { text: ["hi", "0"] },
    };
    others.push(theirs);
    seq += 2;
    await engine.write(diaper());
    await settled();
    expect(pulls).toBe(before + 1);
    expect(await engine.db.records.get(theirs.id)).toBeDefined();
    expect(await cursor()).toBe(seq);

    seq += 1;
    sockets[0]!.onmessage!({ data: JSON.stringify({ type: "changed", cursor: seq }) });
    await settled();
    expect(pulls).toBe(before + 2);
  });

  it("looks for news every 5 minutes while its socket is open, every 30 s while it is not", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      engine.start();
      sockets[0]!.onmessage!({ data: JSON.stringify({ type: "hello" }) });
      await settled();
      const before = pulls;
      for (let i = 0; i < 9; i++) vi.advanceTimersByTime(30_000);
      await settled();
      expect(pulls).toBe(before);
      vi.advanceTimersByTime(30_000);
      await settled();
      expect(pulls).toBe(before + 1);

      sockets[0]!.onclose!({ code: 1006 });
      vi.advanceTimersByTime(30_000);
      await settled();
      expect(pulls).toBe(before + 2);
    } finally {
      vi.useRealTimers();
    }
  });
});
