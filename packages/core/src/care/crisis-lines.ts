/**
 * Where to turn at once, by country: the emergency number and a crisis line for thoughts of
 * suicide or self-harm, with a domestic-abuse line where we know one. Numbers as published by each
 * service (checked November 2026); a household can add its own numbers, shown first. When the country
 * is unknown the screen shows the household's numbers and says to call the local emergency number.
 */

export interface CrisisLines {
  readonly emergency: string;
  readonly crisis?: { readonly name: string; readonly phone: string; readonly text?: string } | undefined;
  readonly abuse?: { readonly name: string; readonly phone: string } | undefined;
}

export const crisisLines: Readonly<Record<string, CrisisLines>> = {
  US: {
    emergency: "911",
    crisis: { name: "988 Suicide & Crisis Lifeline", phone: "988", text: "988" },
    abuse: { name: "National Domestic Violence Hotline", phone: "1-800-799-7233" },
  },
  CA: { emergency: "911", crisis: { name: "9-8-8 Suicide Crisis Helpline", phone: "988", text: "988" } },
  GB: {
    emergency: "999",
    crisis: { name: "Samaritans", phone: "116 123" },
    abuse: { name: "National Domestic Abuse Helpline", phone: "0808 2000 247" },
  },
  IE: { emergency: "112", crisis: { name: "Samaritans", phone: "116 123" } },
  ES: {
    emergency: "112",
    crisis: { name: "Línea de atención a la conducta suicida", phone: "024" },
    abuse: { name: "Atención a víctimas de violencia contra las mujeres", phone: "016" },
  },
  MX: { emergency: "911", crisis: { name: "Línea de la Vida", phone: "800 911 2000" } },
  AU: { emergency: "000", crisis: { name: "Lifeline", phone: "13 11 14", text: "0477 13 11 14" } },
  NZ: { emergency: "111", crisis: { name: "Need to talk?", phone: "1737", text: "1737" } },
  FR: { emergency: "112", crisis: { name: "Numéro national de prévention du suicide", phone: "3114" } },
  DE: { emergency: "112", crisis: { name: "TelefonSeelsorge", phone: "0800 111 0 111" } },
};

/** The country from a locale such as "es-MX" or "en-GB"; undefined when it names none. */
export const countryOfLocale = (locale: string): string | undefined => {
  const region = locale.split(/[-_]/)[1]?.toUpperCase();
  return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
};

export const crisisLinesFor = (country: string | undefined): CrisisLines | undefined =>
  country ? crisisLines[country.toUpperCase()] : undefined;
