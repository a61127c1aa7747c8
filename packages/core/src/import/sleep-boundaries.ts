/**
 * Sleep kept as moments rather than spans, as Napper and others export it: "Bed time" when the baby
 * went down, "Night waking" when it woke in the night (with how long it was awake, when known),
 * "Woke up" in the morning. They become sleeps: bed time to the first waking, then from the end of
 * each waking to the next, and the last to the morning. A bed time with no waking after it is kept
 * as a sleep that lasted no time, and said in the preview; a waking with no bed time before it too.
 */
import type { Collector } from "./collector.ts";

export type Boundary = "asleep" | "waking" | "awake";

/** Which boundary a row's activity names, in English or Spanish; undefined when it names none. */
export const boundaryOf = (activity: string): Boundary | undefined => {
  const t = activity.trim().toLowerCase();
  if (/^(bed ?time|went to bed|fell asleep|asleep|a dormir|hora de dormir|se durmi[oó]|acostad[oa])$/.test(t))
    return "asleep";
  if (/^(night ?wak(ing|e|e-?up)|woke in the night|despertar nocturno|se despert[oó] de noche)$/.test(t))
    return "waking";
  if (/^(woke ?up|wake ?up|awake|morning wake|se despert[oó]|despert[oó]|despertar)$/.test(t)) return "awake";
  return undefined;
};

interface Mark {
  readonly file: string;
  readonly row: number;
  readonly kind: Boundary;
  readonly at: string;
  /** For a night waking: when the baby was back asleep, if the app says. */
  readonly until?: string | undefined;
  readonly note?: string | undefined;
}

export class SleepBoundaries {
  readonly #marks: Mark[] = [];

  add(mark: Mark): void {
    this.#marks.push(mark);
  }

  /** Turns the marks of one file into sleeps, in time order whatever order the file had. */
  flush(c: Collector): void {
    const marks = [...this.#marks].sort((a, b) => a.at.localeCompare(b.at) || a.row - b.row);
    this.#marks.length = 0;
    let open: Mark | undefined;
    let from: string | undefined;
    const close = (at: string) => {
      if (open && from) c.add(open.file, open.row, "sleep", { start: from, end: at, note: open.note });
    };
    for (const mark of marks) {
      if (mark.kind === "asleep") {
        if (open && from) close(mark.at);
        open = mark;
        from = mark.at;
      } else if (mark.kind === "waking") {
        if (open && from) {
          close(mark.at);
          // Back asleep after the waking: the night goes on from then, counted from the waking's row.
          open = { ...mark, note: undefined };
          from = mark.until ?? mark.at;
        } else {
          c.problem(mark.file, mark.row, { code: "wakeWithoutSleep" });
          open = { ...mark, note: undefined };
          from = mark.until ?? mark.at;
        }
      } else {
        if (open && from) close(mark.at);
        else c.problem(mark.file, mark.row, { code: "wakeWithoutSleep" });
        open = undefined;
        from = undefined;
      }
    }
    if (open && from) {
      c.problem(open.file, open.row, { code: "sleepWithoutWake" });
      c.add(open.file, open.row, "sleep", { start: from, note: open.note });
    }
  }
}
