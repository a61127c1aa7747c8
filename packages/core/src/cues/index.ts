/** The attunement loop for the screens that use it: signs and needs, the helper, moments, the guide, play. */
export * from "./bonding.ts";
export * from "./card.ts";
export * from "./context.ts";
export * from "./guide.ts";
export * from "./heard.ts";
export * from "./illness.ts";
export * from "./moments.ts";
export * from "./need-helper.ts";
export * from "./play.ts";
export * from "./population.ts";
export * from "./population-fit.ts";
export * from "./prior.ts";
export * from "./senses.ts";
export * from "./settling-pattern.ts";
export * from "./vocabulary.ts";
