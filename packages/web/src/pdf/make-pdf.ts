/**
 * Draws a document description (core's report or guide card) into a PDF on the phone, offline:
 * pdfmake's browser build with the Roboto font (Spanish accents included) served by this app and
 * precached by the service worker. Loaded only when a PDF is made, so none of it weighs on the
 * first screen.
 */
import pdfMake from "pdfmake";
import medium from "pdfmake/fonts/Roboto/Roboto-Medium.ttf?url";
import regular from "pdfmake/fonts/Roboto/Roboto-Regular.ttf?url";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

const here = (url: string) => new URL(url, window.location.href).href;

let ready = false;
const setUp = () => {
  if (ready) return;
  pdfMake.setFonts({
    Roboto: { normal: here(regular), bold: here(medium), italics: here(regular), bolditalics: here(medium) },
  });
  // A PDF fetches nothing but its own font, from this app.
  pdfMake.setUrlAccessPolicy((url: string) => new URL(url).origin === window.location.origin);
  ready = true;
};

export const makePdf = async (document: TDocumentDefinitions): Promise<Blob> => {
  setUp();
  return pdfMake.createPdf(document).getBlob();
};

/** Offers the file to the person: a download, and the same blob's address for a link to open it again. */
export const offerFile = (blob: Blob, name: string): string => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  return url;
};
