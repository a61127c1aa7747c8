/** A need helper's reason in the reader's words. */
import type { NeedReason } from "@attune/core/cues";
import type { TFunction } from "i18next";
import { formatDuration } from "../../format.ts";

export const reasonText = (r: NeedReason, t: TFunction, name: string): string => {
  const span = (min: number) => formatDuration(min * 60_000, t);
  switch (r.type) {
    case "sign":
      return r.seen
        ? t("cues.reason.signSeen", { sign: t(signKey(r.sign)), k: r.seen.k, of: r.seen.of })
        : t("cues.reason.sign", { sign: t(signKey(r.sign)) });
    case "sinceFeed":
      return t(r.longer ? "cues.reason.sinceFeedLonger" : "cues.reason.sinceFeedShorter", {
        since: span(r.minutes),
        typical: span(r.typical),
      });
    case "awake":
      return r.longer
        ? t("cues.reason.awakeLonger", { since: span(r.minutes), typical: span(r.typical) })
        : t("cues.reason.awakeShorter", { since: span(r.minutes) });
    case "asleep":
      return t("cues.reason.asleep");
    case "diaper":
      return t("cues.reason.diaper", { since: span(r.minutes) });
    case "play":
      return t("cues.reason.play");
    case "daypart":
      return t(`cues.reason.daypart_${r.daypart}`);
    case "triedFailed":
      return t("cues.reason.triedFailed", {
        responses: r.responses.map((x) => t(`cues.response.${x}`)).join(", "),
        name,
      });
    case "heard":
      return t("cues.reason.heard", {
        feature: t(heardKey(r.feature)),
        need: t(`cues.need.${r.need}`),
        k: r.seen.k,
        of: r.seen.of,
      });
  }
};

/** A heard cry's feature (core/cues/heard.ts, e.g. `pitch:high`) as its words key (under listen, feature). */
export const heardKey = (feature: string): string => `listen.feature.${feature.replace(":", "_")}`;

/** A listed sign's label key; the caregiver's own signs (`own:…`) are shown as they wrote them. */
export const signKey = (sign: string): string =>
  sign.startsWith("own:") ? sign.slice(4) : `cues.sign.${sign}`;
