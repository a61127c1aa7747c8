/**
 * The guide as a card to hand over: a few lines per section in the reader's words (signals by
 * need, what soothes, what hasn't helped, the family's notes, who to call), no empty section, no
 * buttons. The same card is printed, saved as a PDF and shared by a read-only link.
 */
import { type Guide, type GuideCard, needs, tidyCard } from "@attune/core/cues";
import type { Entry } from "@attune/core/light";
import type { TFunction } from "i18next";
import { signKey } from "../moment/reason-text.ts";

export const guideCardOf = (
  guide: Guide,
  name: string,
  contacts: readonly Entry<"contact">[],
  t: TFunction,
  lang: "en" | "es",
  now: number,
  senseLines: readonly string[] = [],
): GuideCard => {
  const shown = <T extends { key: string }>(xs: readonly T[]) => xs.filter((x) => !guide.hidden.has(x.key));
  const added = (section: string) =>
    guide.added
      .filter((l) => l.section === section)
      .map((l) => (l.need ? `${t(`cues.need.${l.need}`)}: ${l.text}` : l.text));
  const signs = needs.flatMap((need) => {
    const rows = shown(guide.signs).filter((s) => s.need === need);
    return rows.length
      ? [`${t(`cues.need.${need}`)}: ${rows.map((s) => t(signKey(s.sign))).join("; ")}`]
      : [];
  });
  const madeOn = new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric" }).format(
    now,
  );
  return tidyCard({
    lang,
    title: t("card.title", { name }),
    sections: [
      { title: t("card.signs", { name }), lines: [...signs, ...added("signs")] },
      {
        title: t("card.soothes", { name }),
        lines: [...shown(guide.soothes).map((s) => t(`cues.response.${s.response}`)), ...added("soothes")],
      },
      {
        title: t("card.avoid"),
        lines: [...shown(guide.avoid).map((s) => t(`cues.response.${s.response}`)), ...added("avoid")],
      },
      { title: t("card.senses", { name }), lines: [...senseLines, ...added("senses")] },
      { title: t("card.notes"), lines: added("notes") },
      {
        title: t("card.call"),
        lines: contacts
          .filter((c) => c.values.role !== "crisis" && c.values.name && c.values.phone)
          .map((c) => `${c.values.name}: ${c.values.phone}`),
      },
    ],
    footer: t("card.footer", { date: madeOn }),
  });
};
