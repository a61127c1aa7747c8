/** A heard cry's description in the reader's words (listen/describe.ts gives the numbers). */

import { offeredCrySigns, pitchAgainstUsual } from "@attune/core/cues";
import type { Entry } from "@attune/core/light";
import type { TFunction } from "i18next";
import { signKey } from "../moment/reason-text.ts";

export const cryWords = (cry: Entry<"cry">, earlier: readonly Entry<"cry">[], t: TFunction): string[] => {
  const v = cry.values;
  const lines: string[] = [];
  if (v.pitchHz) {
    const usual = pitchAgainstUsual(
      v.pitchHz,
      earlier.filter((e) => e.id !== cry.id && e.at < cry.at).map((e) => e.values.pitchHz ?? 0),
    );
    lines.push(
      t("listen.pitch", { hz: v.pitchHz, low: v.pitchLowHz ?? v.pitchHz, high: v.pitchHighHz ?? v.pitchHz }) +
        (usual ? ` ${t(`listen.usual.${usual}`)}` : ""),
    );
  }
  if (v.burstS)
    lines.push(t("listen.bursts", { burst: v.burstS.toFixed(1), pause: (v.pauseS ?? 0).toFixed(1) }));
  if (v.regularity !== undefined)
    lines.push(
      t(v.regularity >= 0.6 ? "listen.even" : v.regularity >= 0.35 ? "listen.fairlyEven" : "listen.uneven"),
    );
  if (v.buildUp) lines.push(t(`listen.buildUp.${v.buildUp}`));
  const signs = offeredCrySigns(cry, earlier);
  if (signs.length) lines.push(t("listen.soundsLike", { signs: signs.map((s) => t(signKey(s))).join(", ") }));
  return lines;
};
