/**
 * Repairs of data that earlier versions wrote wrong, each run once, at start, through the journal
 * (as change messages stamped by the server), so every phone receives them like any other change.
 *
 * - `end-imported-timers`: importers before 2026-11-30 kept another app's entries that had a start
 *   and no end (every Huckleberry bottle) as running timers; one history left 1,286 of them. An
 *   imported record's id is a content hash (UUID version 8), never a device's UUIDv7, so these are
 *   told apart from timers a caregiver started, and ended where they began: they lasted no time
 *   that the app recorded.
 */
import { fieldValues, isDeleted, type Message, type RecordKind, type RecordState } from "@attune/core";
import type { Services } from "../services.ts";
import { pushInTransaction } from "./journal.ts";

const importedId = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-/;

const endImportedTimers = async (services: Services): Promise<number> => {
  const rows = await services.db
    .selectFrom("records")
    .select(["household_id", "id", "kind", "scope", "author_id", "state"])
    .where("kind", "in", ["feed", "sleep", "pump", "play"])
    .where("deleted", "=", 0)
    .where("id", "like", "%-8%")
    .execute();
  const byHousehold = new Map<string, { author: string; messages: Message[] }>();
  let changed = 0;
  for (const row of rows) {
    if (!importedId.test(row.id)) continue;
    const state = JSON.parse(row.state) as RecordState;
    if (isDeleted(state)) continue;
    const values = fieldValues(state);
    if (typeof values.start !== "string" || values.end !== undefined) continue;
    const group = byHousehold.get(row.household_id) ?? { author: row.author_id, messages: [] };
    group.messages.push(
      ...services.writer.set(row.id, row.kind as RecordKind, row.scope as "household", { end: values.start }),
    );
    byHousehold.set(row.household_id, group);
    changed++;
  }
  for (const [householdId, { author, messages }] of byHousehold) {
    const now = services.now();
    await services.db.transaction().execute(async (tx) => {
      for (let i = 0; i < messages.length; i += 5000) {
        const result = await pushInTransaction(
          tx,
          {
            access: { householdId, userId: author, role: "owner" },
            messages: messages.slice(i, i + 5000),
            now,
          },
          services.dialect,
        );
        if (!result.ok) throw new Error(`repair end-imported-timers: ${result.error.message}`);
      }
    });
  }
  return changed;
};

const repairs: Record<string, (services: Services) => Promise<number>> = {
  "end-imported-timers": endImportedTimers,
};

/** Runs every repair not yet run on this database; answers what each changed. */
export const runRepairs = async (services: Services): Promise<Record<string, number>> => {
  const done = new Set((await services.db.selectFrom("repairs").select("name").execute()).map((r) => r.name));
  const ran: Record<string, number> = {};
  for (const [name, repair] of Object.entries(repairs)) {
    if (done.has(name)) continue;
    ran[name] = await repair(services);
    await services.db
      .insertInto("repairs")
      .values({ name, done_at: new Date(services.now()).toISOString(), changed: ran[name] })
      .onConflict((oc) => oc.column("name").doNothing())
      .execute();
  }
  return ran;
};
