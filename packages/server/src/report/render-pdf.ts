/** Draws a document description (core's report or card) into PDF bytes with pdfmake in Node. */

import { createRequire } from "node:module";
import { dirname } from "node:path";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

const require = createRequire(import.meta.url);

/** pdfmake, set up on first use: it is about 11 MB, and a serving process never draws a PDF. */
let loaded: Promise<typeof import("pdfmake")> | undefined;
const pdfmake = () =>
  (loaded ??= import("pdfmake").then(({ default: pdf }) => {
    const fonts = require("pdfmake/fonts/Roboto.js") as Record<string, Record<string, string>>;
    const fontDir = dirname(fonts.Roboto!.normal!);
    pdf.setFonts(fonts);
    // The report reads only its own font files; it never fetches anything.
    pdf.setLocalAccessPolicy((path: string) => path.startsWith(fontDir));
    pdf.setUrlAccessPolicy(() => false);
    return pdf;
  }));

export const renderPdf = async (document: TDocumentDefinitions): Promise<Buffer> =>
  (await pdfmake()).createPdf(document).getBuffer();
