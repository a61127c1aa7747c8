/** The guide card as it prints: the title, each section that has lines, and when it was made. */
import type { GuideCard } from "@attune/core/cues";

export const GuideCardView = ({ card }: { card: GuideCard }) => (
  <article className="guide-card" lang={card.lang} aria-label={card.title}>
    <h2>{card.title}</h2>
    {card.sections.map((s) => (
      <section key={s.title}>
        <h3>{s.title}</h3>
        <ul>
          {s.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </section>
    ))}
    <p className="hint">{card.footer}</p>
  </article>
);
