/** The guide card as a one-page PDF (A6, a postcard: fits a fridge door or a nappy bag). */
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { GuideCard } from "../cues/card.ts";

export const cardDocument = (card: GuideCard): TDocumentDefinitions => ({
  pageSize: "A6",
  pageMargins: [20, 20, 20, 20],
  info: { title: card.title, creator: "Attune", producer: "Attune" },
  language: card.lang,
  defaultStyle: { font: "Roboto", fontSize: 8.5, lineHeight: 1.15 },
  content: [
    { text: card.title, fontSize: 13, bold: true, color: "#7a4b1f", margin: [0, 0, 0, 4] },
    ...card.sections.flatMap((s): Content[] => [
      { text: s.title, bold: true, fontSize: 9.5, margin: [0, 5, 0, 1] },
      { ul: [...s.lines], margin: [0, 0, 0, 1] },
    ]),
    { text: card.footer, fontSize: 7, color: "#666666", margin: [0, 8, 0, 0] },
  ],
});
