/** Reaching help from this device: its country (for emergency numbers) and a dialable tel: link. */
import { countryOfLocale } from "@attune/core/care";

/** The device's country, from the first of the browser's languages that names one (es-ES → ES). */
export const deviceCountry = (): string | undefined => {
  for (const lang of typeof navigator !== "undefined" ? navigator.languages : []) {
    const country = countryOfLocale(lang);
    if (country) return country;
  }
  return undefined;
};

/** A tel: link from a number as people write it ("116 123", "+44 (0)20 …"). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^0-9+*#]/g, "")}`;
