/** Handy journal entries for tests, written by a device's ChangeWriter. */
import { ChangeWriter, type Json, type Message, type RecordKind, type Scope } from "@attune/core";
import { v7 as uuidv7 } from "uuid";

let nodeCounter = 0;

export const testDevice = (now: () => number) => {
  const writer = new ChangeWriter((++nodeCounter).toString(16).padStart(16, "0"), now);
  return {
    writer,
    create(
      kind: RecordKind,
      fields: Record<string, Json>,
      scope: Scope = "household",
    ): { id: string; messages: Message[] } {
      const id = uuidv7();
      return { id, messages: writer.set(id, kind, scope, fields) };
    },
  };
};

export const minutesBefore = (now: number, minutes: number) => new Date(now - minutes * 60_000).toISOString();
