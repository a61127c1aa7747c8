import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RecordKind } from "../kinds/index.ts";
import { isDeleted, mergeStates, Replica } from "./merge.ts";
import type { Message } from "./message.ts";
import { ChangeWriter } from "./writer.ts";

const nodes = ["000000000000000a", "000000000000000b", "000000000000000c", "000000000000000d"];
const recordIds = [
  "0190a1b2-0000-7000-8000-000000000001",
  "0190a1b2-0000-7000-8000-000000000002",
  "0190a1b2-0000-7000-8000-000000000003",
];

const snapshot = (r: Replica) =>
  [...r.records.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) =>
      JSON.stringify({ ...s, fields: Object.entries(s.fields).sort(([a], [b]) => a.localeCompare(b)) }),
    );

describe("merge", () => {
  it("duplicate delivery is idempotent", () => {
    const w = new ChangeWriter(nodes[0]!, () => 1000);
    const msgs = w.set(recordIds[0]!, "diaper", "household", { contents: "wet" });
    const once = new Replica();
    const twice = new Replica();
    for (const m of msgs) once.apply(m);
    for (const m of [...msgs, ...msgs]) twice.apply(m);
    expect(snapshot(twice)).toEqual(snapshot(once));
    expect(twice.apply(msgs[0]!)).toBe("unchanged");
  });

  it("an older tombstone delivered later still deletes", () => {
    const a = new ChangeWriter(nodes[0]!, () => 1000);
    const b = new ChangeWriter(nodes[1]!, () => 2000);
    const create = a.set(recordIds[0]!, "note", "household", { text: "hello" });
    const tombstone = a.remove(recordIds[0]!, "note", "household");
    const laterEdit = b.set(recordIds[0]!, "note", "household", { text: "edited" });
    const r = new Replica();
    for (const m of [...create, ...laterEdit, ...tombstone]) r.apply(m);
    expect(isDeleted(r.records.get(recordIds[0]!)!)).toBe(true);
  });

  it("the later stamp wins per field, whatever the arrival order", () => {
    const a = new ChangeWriter(nodes[0]!, () => 1000);
    const b = new ChangeWriter(nodes[1]!, () => 1001);
    const first = a.set(recordIds[0]!, "note", "household", { text: "first" });
    const second = b.set(recordIds[0]!, "note", "household", { text: "second" });
    for (const order of [
      [...first, ...second],
      [...second, ...first],
    ]) {
      const r = new Replica();
      for (const m of order) r.apply(m);
      expect(r.records.get(recordIds[0]!)?.fields.text?.[0]).toBe("second");
    }
  });

  it("a message that changes a record's kind is refused as a conflict", () => {
    const a = new ChangeWriter(nodes[0]!, () => 1000);
    const r = new Replica();
    for (const m of a.set(recordIds[0]!, "note", "household", { text: "x" })) r.apply(m);
    const [wrong] = a.set(recordIds[0]!, "diaper", "household", { contents: "wet" });
    expect(r.apply(wrong!)).toBe("conflict");
  });

  type Op =
    | { type: "set"; device: number; record: number; value: string; at: number }
    | { type: "delete"; device: number; record: number; at: number }
    | { type: "restore"; device: number; record: number; at: number };

  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      type: fc.constant("set" as const),
      device: fc.integer({ min: 0, max: 3 }),
      record: fc.integer({ min: 0, max: 2 }),
      value: fc.string({ maxLength: 5 }),
      at: fc.integer({ min: 0, max: 50 }),
    }),
    fc.record({
      type: fc.constant("delete" as const),
      device: fc.integer({ min: 0, max: 3 }),
      record: fc.integer({ min: 0, max: 2 }),
      at: fc.integer({ min: 0, max: 50 }),
    }),
    fc.record({
      type: fc.constant("restore" as const),
      device: fc.integer({ min: 0, max: 3 }),
      record: fc.integer({ min: 0, max: 2 }),
      at: fc.integer({ min: 0, max: 50 }),
    }),
  );

  it("devices and server converge under random offline edits, shuffled and duplicated delivery", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.infiniteStream(fc.nat()), (ops, randomness) => {
        const rand = randomness[Symbol.iterator]();
        const clocks = nodes.map(() => 0);
        const writers = nodes.map((n, i) => new ChangeWriter(n, () => 1_000_000 + clocks[i]!));
        const devices = nodes.map(() => new Replica());
        const sent: Message[][] = nodes.map(() => []);
        const kind: RecordKind = "note";
        for (const o of ops) {
          clocks[o.device] = Math.max(clocks[o.device]!, o.at);
          const w = writers[o.device]!;
          const id = recordIds[o.record]!;
          const msgs =
            o.type === "set"
              ? w.set(id, kind, "household", { text: o.value || "x", time: "2026-01-01T00:00:00.000Z" })
              : o.type === "delete"
                ? w.remove(id, kind, "household")
                : w.restore(id, kind, "household");
          for (const m of msgs) devices[o.device]!.apply(m);
          sent[o.device]!.push(...msgs);
        }
        const all = sent.flat();
        const shuffledWithDuplicates = (): Message[] => {
          const copy = [...all, ...all.filter(() => rand.next().value % 3 === 0)];
          for (let i = copy.length - 1; i > 0; i--) {
            const j = rand.next().value % (i + 1);
            [copy[i], copy[j]] = [copy[j]!, copy[i]!];
          }
          return copy;
        };
        const server = new Replica();
        for (const m of shuffledWithDuplicates()) server.apply(m);
        for (const device of devices) for (const m of shuffledWithDuplicates()) device.apply(m);
        // A device that joins later receives record states, not messages.
        const newcomer = new Replica();
        for (const state of server.records.values()) newcomer.mergeState(state);
        const expected = snapshot(server);
        for (const device of devices) expect(snapshot(device)).toEqual(expected);
        expect(snapshot(newcomer)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("merging states is commutative", () => {
    const a = new ChangeWriter(nodes[0]!, () => 5);
    const b = new ChangeWriter(nodes[1]!, () => 7);
    const ra = new Replica();
    const rb = new Replica();
    for (const m of a.set(recordIds[0]!, "note", "household", {
      text: "a",
      time: "2026-01-01T00:00:00.000Z",
    }))
      ra.apply(m);
    for (const m of b.set(recordIds[0]!, "note", "household", { text: "b" })) rb.apply(m);
    const sa = ra.records.get(recordIds[0]!)!;
    const sb = rb.records.get(recordIds[0]!)!;
    expect(mergeStates(sa, sb)).toEqual(mergeStates(sb, sa));
  });
});
