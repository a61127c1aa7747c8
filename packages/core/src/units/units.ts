/**
 * Units for display. The journal keeps one unit per quantity (ml, kg, cm, °C); a caregiver may
 * read and type in ounces, pounds and °F instead.
 */
export type VolumeUnit = "ml" | "oz";
export type WeightUnit = "kg" | "lb";
export type TemperatureUnit = "c" | "f";

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
