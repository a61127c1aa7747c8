/**
 * The kinds are defined once and everything else follows: the types a screen reads, the rules the
 * journal keeps, the forms. Type-level checks (`expectTypeOf`, `@ts-expect-error`) fail the type
 * check (`npm run typecheck`, part of `npm test`) when a field a kind lacks can be read.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { recordIssues } from "../journal/rules.ts";
import type { Entry } from "../projections/entries.ts";
import { defineKind } from "./define.ts";
import { type FieldsOf, kinds, loggedKinds, type RecordKind, recordKindNames, timeFieldOf } from "./index.ts";
import type { kit } from "./kit.ts";
import { recordKinds } from "./schemas.ts";

const now = Date.parse("2026-11-29T12:00:00Z");
const baby = "0190a1b2-0000-7000-8000-0000000000bb";

describe("record kinds", () => {
  it("type an entry's values by its kind, narrowed by `kind`", () => {
    const read = (e: Entry) => {
      if (e.kind === "feed") {
        expectTypeOf(e.values.volumeMl).toEqualTypeOf<number | undefined>();
        expectTypeOf(e.values.method).toEqualTypeOf<"breast" | "bottle" | "solids" | undefined>();
        // @ts-expect-error a feed has no colour
        return e.values.colour;
      }
      if (e.kind === "diaper") {
        expectTypeOf(e.values.contents).toEqualTypeOf<"wet" | "dirty" | "both" | "dry" | undefined>();
        return e.values.colour;
      }
      // @ts-expect-error an entry of any kind may not have a volume
      return e.values.volumeMl;
    };
    expect(read).toBeTypeOf("function");
    expectTypeOf<FieldsOf<"growth">["weightKg"]>().toEqualTypeOf<number>();
    expectTypeOf<RecordKind>().toEqualTypeOf<keyof typeof kinds>();
  });

  it("refuse a form field or a condition a kind does not have", () => {
    const fields = ({ z, instant }: typeof kit) => z.object({ time: instant, size: z.enum(["s", "m"]) });
    defineKind({
      fields,
      time: "time",
      logged: false,
      required: ["time"],
      form: [
        { name: "time", input: "datetime" },
        { name: "size", input: "choice", options: ["s", "m"] },
        // @ts-expect-error no such field
        { name: "colour", input: "text" },
        // @ts-expect-error no such value
        { name: "time", input: "datetime", when: { size: ["xl"] } },
      ],
    });
    // @ts-expect-error a required field must be one of the kind's fields
    defineKind({ fields, time: "time", logged: false, required: ["weight"] });
    expect(true).toBe(true);
  });

  it("derive the timeline's kinds, each kind's time field and its schema from the modules", () => {
    expect(loggedKinds).toEqual([
      "feed",
      "sleep",
      "diaper",
      "growth",
      "health",
      "milestone",
      "note",
      "medicine",
      "pump",
      "bath",
      "moment",
      "play",
      "cry",
    ]);
    for (const kind of recordKindNames) {
      const shape = recordKinds[kind].shape as Record<string, unknown>;
      expect(Object.hasOwn(shape, timeFieldOf(kind)), kind).toBe(true);
      for (const field of kinds[kind].required)
        expect(Object.hasOwn(shape, field), `${kind}.${field}`).toBe(true);
    }
  });

  it("give every form field a real field, and every choice the values its field allows", () => {
    for (const kind of recordKindNames) {
      const form = (kinds[kind] as { form?: readonly { name: string; options?: readonly string[] }[] }).form;
      for (const field of form ?? []) {
        const schema = recordKinds[kind].shape[field.name as never] as { options?: readonly string[] };
        expect(schema, `${kind}.${field.name}`).toBeDefined();
        if (field.options) expect(field.options, `${kind}.${field.name}`).toEqual(schema.options);
      }
    }
  });

  it("keep each kind's own rules through the journal's", () => {
    const at = "2026-11-29T10:00:00.000Z";
    expect(recordIssues("growth", { babyId: baby, time: at }, now).map((i) => i.field)).toEqual(["weightKg"]);
    expect(recordIssues("health", { babyId: baby, time: at, type: "symptom" }, now)).toMatchObject([
      { field: "symptom", code: "required" },
    ]);
    expect(recordIssues("selfscreen", { time: at, instrument: "gad7", answers: [0, 1] }, now)).toMatchObject([
      { field: "answers", code: "invalid" },
    ]);
    expect(recordIssues("diaper", { babyId: baby, time: at }, now)).toEqual([]);
  });
});
