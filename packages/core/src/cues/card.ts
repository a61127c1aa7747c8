/**
 * A baby's guide card as it is handed over (printed, saved, or shared by a read-only link): the
 * baby's name and the guide's lines already in the words of the person who made it, in sections,
 * with no empty section. Plain data, so the server can keep and show a shared card without knowing
 * the app's languages.
 */
export interface GuideCard {
  readonly lang: "en" | "es";
  readonly title: string;
  readonly sections: readonly { readonly title: string; readonly lines: readonly string[] }[];
  /** "Made on … from Attune": when, and that it is the family's own guide. */
  readonly footer: string;
}

export const cardLimits = { title: 120, sections: 10, lines: 40, line: 300, footer: 300 } as const;

/** Keeps the sections that have something to say, each line trimmed and within the limits. */
export const tidyCard = (card: GuideCard): GuideCard => ({
  ...card,
  sections: card.sections
    .map((s) => ({
      title: s.title,
      lines: s.lines
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(0, cardLimits.lines),
    }))
    .filter((s) => s.lines.length > 0)
    .slice(0, cardLimits.sections),
});
