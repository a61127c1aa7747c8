/**
 * Units for display. The journal keeps one unit per quantity (ml, kg, cm, °C); a caregiver may
 * read and type in ounces, pounds and °F instead.
 */
export type VolumeUnit = "ml" | "oz";
export type WeightUnit = "kg" | "lb";
export type TemperatureUnit = "c" | "f";
/** Length follows the weight: a family that weighs in pounds measures in inches. */
export type LengthUnit = "cm" | "in";
export const lengthUnitFor = (weight: WeightUnit): LengthUnit => (weight === "lb" ? "in" : "cm");
export const cmPerInch = 2.54;

/** US fluid ounce (29.5735 ml), as US formula labels use. */
export const mlPerOz = 29.5735;
export const kgPerLb = 0.45359237;

export const volumeFromMl = (ml: number, unit: VolumeUnit): number => (unit === "ml" ? ml : ml / mlPerOz);
export const volumeToMl = (value: number, unit: VolumeUnit): number =>
  unit === "ml" ? value : value * mlPerOz;
export const weightFromKg = (kg: number, unit: WeightUnit): number => (unit === "kg" ? kg : kg / kgPerLb);
export const weightToKg = (value: number, unit: WeightUnit): number =>
  unit === "kg" ? value : value * kgPerLb;
export const temperatureFromC = (c: number, unit: TemperatureUnit): number =>
  unit === "c" ? c : (c * 9) / 5 + 32;
export const temperatureToC = (value: number, unit: TemperatureUnit): number =>
  unit === "c" ? value : ((value - 32) * 5) / 9;

/** A duration as whole hours and minutes, for "2 h 40 min" style display. */
export const hoursAndMinutes = (ms: number): { hours: number; minutes: number } => {
  const totalMinutes = Math.max(0, Math.floor(ms / 60_000));
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
};

export const lengthFromCm = (cm: number, unit: LengthUnit): number => (unit === "cm" ? cm : cm / cmPerInch);
export const lengthToCm = (value: number, unit: LengthUnit): number =>
  unit === "cm" ? value : value * cmPerInch;

/** A weight as pounds and ounces, as US and UK families say it: 4.2 kg is 9 lb 4.2 oz. */
export const poundsAndOunces = (kg: number): { lb: number; oz: number } => {
  const totalOz = Math.round((kg / kgPerLb) * 16 * 10) / 10;
  const lb = Math.floor(totalOz / 16);
  return { lb, oz: Math.round((totalOz - lb * 16) * 10) / 10 };
};

const decimal = (text: string) => Number(text.replace(",", "."));

/**
 * A weight as typed, in kg: in pounds "9 lb 4 oz", "9lb 4.5oz", "9 lbs", "4 oz", "9.25" (pounds);
 * in kilograms "3.2", "3,2 kg", "3200 g", "3 kg 200 g". NaN for anything else.
 */
export const parseWeight = (text: string, unit: WeightUnit): number => {
  const t = text.trim().toLowerCase();
  const part = (pattern: RegExp) => {
    const m = pattern.exec(t);
    return m ? decimal(m[1]!) : undefined;
  };
  const lb = part(/(\d+(?:[.,]\d+)?)\s*(?:lbs?|pounds?|libras?)\b/);
  const oz = part(/(\d+(?:[.,]\d+)?)\s*(?:oz|ounces?|onzas?)\b/);
  const kg = part(/(\d+(?:[.,]\d+)?)\s*(?:kg|kilos?)\b/);
  const g = part(/(\d+(?:[.,]\d+)?)\s*(?:g|gramos?|grams?)\b/);
  if (lb !== undefined || oz !== undefined) {
    if (kg !== undefined || g !== undefined) return Number.NaN;
    const rest = t.replace(/(\d+(?:[.,]\d+)?)\s*(?:lbs?|pounds?|libras?|oz|ounces?|onzas?)\b/g, "").trim();
    return rest ? Number.NaN : ((lb ?? 0) + (oz ?? 0) / 16) * kgPerLb;
  }
  if (kg !== undefined || g !== undefined) {
    const rest = t.replace(/(\d+(?:[.,]\d+)?)\s*(?:kg|kilos?|g|gramos?|grams?)\b/g, "").trim();
    return rest ? Number.NaN : (kg ?? 0) + (g ?? 0) / 1000;
  }
  if (!/^\d+(?:[.,]\d+)?$/.test(t)) return Number.NaN;
  return weightToKg(decimal(t), unit);
};

/** A length as typed, in cm: a plain number in the family's unit, or with its unit ("21.5 in", "54 cm"). */
export const parseLength = (text: string, unit: LengthUnit): number => {
  const m = /^(\d+(?:[.,]\d+)?)\s*(cm|in|inches|inch|pulgadas?|")?$/.exec(text.trim().toLowerCase());
  if (!m) return Number.NaN;
  const given = m[2] ? (m[2] === "cm" ? "cm" : "in") : unit;
  return lengthToCm(decimal(m[1]!), given);
};
