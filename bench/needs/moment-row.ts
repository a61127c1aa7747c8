/**
 * One line of an evaluation file (JSON Lines, one moment per line, each baby's moments in time
 * order). See docs/needs-eval.md.
 */
import { type MomentContext, needs, type outcomes, resolvedNeeds, type responses } from "@attune/core/cues";

export interface MomentRow {
  readonly baby: string;
  readonly ageDays: number;
  readonly context: MomentContext;
  readonly signs: readonly string[];
  readonly ownSigns?: readonly string[];
  readonly need: (typeof resolvedNeeds)[number];
  readonly tries?: readonly { response: (typeof responses)[number]; outcome?: (typeof outcomes)[number] }[];
}

/** Reads one line; throws a message naming the line and the field when it cannot. */
export const parseMomentRow = (line: string, lineNo: number): MomentRow => {
  const fail = (why: string): never => {
    throw new Error(`line ${lineNo}: ${why}`);
  };
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return fail("not valid JSON");
  }
  if (!v || typeof v !== "object" || Array.isArray(v)) return fail("expected a JSON object");
  const o = v as Record<string, unknown>;
  if (typeof o.baby !== "string" || !o.baby) fail('"baby" must be a non-empty string');
  if (typeof o.ageDays !== "number" || o.ageDays < 0) fail('"ageDays" must be a number of days, 0 or more');
  if (!Array.isArray(o.signs) || o.signs.some((s) => typeof s !== "string"))
    fail('"signs" must be a list of strings');
  if (typeof o.need !== "string" || !(resolvedNeeds as readonly string[]).includes(o.need))
    fail(`"need" must be one of ${resolvedNeeds.join(", ")}`);
  const c = o.context as Record<string, unknown> | undefined;
  if (!c || typeof c !== "object") return fail('"context" must be an object');
  if (typeof c.hour !== "number" || c.hour < 0 || c.hour > 23) fail('"context.hour" must be 0–23');
  for (const k of ["sinceFeedMin", "typicalFeedMin", "sinceWakeMin", "typicalWakeMin", "sinceDiaperMin"]) {
    if (c[k] !== undefined && (typeof c[k] !== "number" || (c[k] as number) < 0))
      fail(`"context.${k}" must be a number of minutes`);
  }
  void needs;
  return {
    ...(o as unknown as MomentRow),
    context: { ...(c as unknown as MomentContext), ageDays: o.ageDays as number },
  };
};
