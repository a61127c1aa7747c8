/** Draws a document description (core's report or card) into PDF bytes with pdfmake in Node. */

import { createRequire } from "node:module";
import { dirname } from "node:path";
import pdfmake from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

const require = createRequire(import.meta.url);
const fonts = require("pdfmake/fonts/Roboto.js") as Record<string, Record<string, string>>;
const fontDir = dirname(fonts.Roboto!.normal!);

pdfmake.setFonts(fonts);
// The report reads only its own font files; it never fetches anything.
pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(fontDir));
pdfmake.setUrlAccessPolicy(() => false);

export const renderPdf = async (document: TDocumentDefinitions): Promise<Buffer> =>
  pdfmake.createPdf(document).getBuffer();
