/** Starts a cue moment (keeping the context of that time): from the Now screen, or from a heard cry. */
import { babyAge, type Entry, type Json, momentContextAt } from "@attune/core/light";
import { v7 as uuidv7 } from "uuid";
import type { SyncEngine } from "../../sync/engine.ts";

export interface MomentBaby {
  readonly id: string;
  readonly birthDate: string;
  readonly dueDate?: string | null | undefined;
  readonly timeZone: string;
}

export const startMoment = async (
  engine: SyncEngine,
  baby: MomentBaby,
  entries: readonly Entry[],
  at: number,
  from?: { readonly signs: readonly string[]; readonly cryId: string },
): Promise<string> => {
  const id = uuidv7();
  const age = babyAge(baby.birthDate, baby.dueDate, at);
  const context = momentContextAt(entries, at, age.correctedDays ?? age.days, baby.timeZone);
  const clean = Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined)) as Json;
  await engine.write(
    engine.writer.set(id, "moment", "household", {
      babyId: baby.id,
      start: new Date(at).toISOString(),
      context: clean,
      signs: [...(from?.signs ?? [])],
      tries: [],
      ...(from ? { cryId: from.cryId } : {}),
    }),
  );
  return id;
};
