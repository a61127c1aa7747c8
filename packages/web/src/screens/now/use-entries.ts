/** The baby's recent entries from the local journal, as screens use them. */
import { type Entry, entryOf } from "@attune/core/light";
import { useLive } from "../../local/live.ts";
import { useHousehold } from "../../session/session.tsx";

export const useRecentEntries = (hours = 48): Entry[] | undefined => {
  const { engine, ofBaby } = useHousehold();
  return useLive(async () => {
    const from = new Date(Date.now() - hours * 3600_000).toISOString();
    const rows = await engine.db.records.where("at").aboveOrEqual(from).toArray();
    // A running timer may have started before the window; keep every unfinished one.
    const open = await engine.db.records
      .filter(
        (r) =>
          !r.deleted && (r.kind === "feed" || r.kind === "sleep") && r.at < from && !r.state.fields.end?.[0],
      )
      .toArray();
    return [...rows, ...open]
      .filter(ofBaby)
      .map((r) => entryOf(r.state))
      .filter((e) => !e.deleted);
  }, [engine, hours, ofBaby]);
};
