/** The baby's cue moments from the local journal, and a way to change one. */
import type { Entry, Json } from "@attune/core/light";
import { useKindEntries } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";

export const useMomentEntries = (): Entry<"moment">[] | undefined =>
  useKindEntries("moment", { babyOnly: true });

export const useUpdateMoment = (id: string) => {
  const { engine } = useHousehold();
  return (fields: Record<string, Json>) => engine.write(engine.writer.set(id, "moment", "household", fields));
};
