/**
 * A response that settled the baby is logged once: a feed that settled it is a feed in the log, a
 * change is a diaper changed. If the caregiver already logged one since the try began (from the
 * quick log), that entry is linked instead of a second one made.
 */
import type { Response } from "@attune/core/cues";
import { useTranslation } from "react-i18next";
import { v7 as uuidv7 } from "uuid";
import { entriesFrom, latestOfKind } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";
import { useToast } from "../../ui/toast.tsx";

const logged: Partial<Record<Response, "feed" | "diaper">> = { feed: "feed", change: "diaper" };

export const useLogTry = () => {
  const { t } = useTranslation();
  const toast = useToast();
  const { engine, baby, ofBaby } = useHousehold();
  return async (response: Response, triedAt: string): Promise<string | undefined> => {
    const kind = logged[response];
    if (!kind || !baby) return undefined;
    const since = new Date(Date.parse(triedAt) - 10 * 60_000).toISOString();
    const recent = await entriesFrom(engine.db, since, { kinds: [kind], ofBaby });
    const already = recent.at(-1);
    if (already) return already.id;
    const id = uuidv7();
    const now = new Date().toISOString();
    if (kind === "feed") {
      // The way this baby was last fed; breast if nothing is known yet.
      const last = await latestOfKind(engine.db, "feed", ofBaby);
      const method = last?.values.method ?? "breast";
      await engine.write(
        engine.writer.set(id, "feed", "household", { babyId: baby.id, method, start: triedAt, end: now }),
      );
      toast({
        text: t("cues.feedLogged"),
        action: {
          label: t("common.undo"),
          run: () => void engine.write(engine.writer.remove(id, "feed", "household")),
        },
      });
    } else {
      await engine.write(engine.writer.set(id, "diaper", "household", { babyId: baby.id, time: triedAt }));
      toast({
        text: t("cues.diaperLogged"),
        action: {
          label: t("common.undo"),
          run: () => void engine.write(engine.writer.remove(id, "diaper", "household")),
        },
      });
    }
    return id;
  };
};
