/** The baby's cue moments from the local journal, and a way to change one. */
import { type Entry, entryOf, type Json } from "@attune/core/light";
import Dexie from "dexie";
import { useLive } from "../../local/live.ts";
import { useHousehold } from "../../session/session.tsx";

export const useMomentEntries = (): Entry[] | undefined => {
  const { engine, baby } = useHousehold();
  return useLive(async () => {
    const rows = await engine.db.records
      .where("[kind+at]")
      .between(["moment", Dexie.minKey], ["moment", Dexie.maxKey])
      .toArray();
    return rows.filter((r) => !r.deleted && r.babyId === baby?.id).map((r) => entryOf(r.state));
  }, [engine, baby?.id]);
};

export const useUpdateMoment = (id: string) => {
  const { engine } = useHousehold();
  return (fields: Record<string, Json>) => engine.write(engine.writer.set(id, "moment", "household", fields));
};
