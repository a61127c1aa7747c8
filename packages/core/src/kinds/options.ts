/** The choices the kinds' fields allow, for forms, labels and importers (plain lists, no zod). */
export { contactRoles } from "./contact.ts";
export { diaperContents, stoolColours } from "./diaper.ts";
export { breastSides, feedMethods, milkTypes } from "./feed.ts";
export { guideSections } from "./guide.ts";
export { doseUnits, healthTypes, temperatureSites } from "./health.ts";
export { momentTryField, momentTryPrefix } from "./moment.ts";
export { pumpSides } from "./pump.ts";
export { type RotaPattern, rotaPatternNames } from "./rota.ts";
export { type Instrument, instrumentItems, instrumentNames } from "./selfscreen.ts";
export { fallAsleepWays, sleepPlaces } from "./sleep.ts";
