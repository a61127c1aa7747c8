/**
 * Turns a caregiver's edits into change messages stamped by the device's clock. Time comes in as an
 * argument so that tests run on a fixed clock.
 */
import { type Hlc, hlcReceive, hlcSend, hlcToString, hlcZero, parseHlc } from "../clock/hlc.ts";
import type { RecordKind } from "../kinds/index.ts";
import type { Json, Message } from "./message.ts";
import { deletedField, type Scope } from "./record-shape.ts";

export class ChangeWriter {
  #clock: Hlc;

  constructor(
    node: string,
    private readonly now: () => number,
  ) {
    this.#clock = hlcZero(node);
  }

  get clock(): Hlc {
    return this.#clock;
  }

  #stamp(): string {
    this.#clock = hlcSend(this.#clock, this.now());
    return hlcToString(this.#clock);
  }

  /** Moves our clock past a stamp seen from another device, so our next change sorts after it. */
  observe(hlc: string): void {
    const remote = parseHlc(hlc);
    if (!remote.ok) return;
    const next = hlcReceive(this.#clock, remote.value, this.now(), Number.POSITIVE_INFINITY);
    if (next.ok) this.#clock = next.value;
  }

  /** Messages that set the given fields of a record (a create is the same as an edit). */
  set(recordId: string, kind: RecordKind, scope: Scope, fields: Readonly<Record<string, Json>>): Message[] {
    return Object.entries(fields).map(([field, value]) => ({
      recordId,
      kind,
      scope,
      field,
      value,
      hlc: this.#stamp(),
    }));
  }

  remove(recordId: string, kind: RecordKind, scope: Scope): Message[] {
    return this.set(recordId, kind, scope, { [deletedField]: true });
  }

  restore(recordId: string, kind: RecordKind, scope: Scope): Message[] {
    return this.set(recordId, kind, scope, { [deletedField]: false });
  }
}
