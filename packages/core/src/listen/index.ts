/** The cry listener: it notices crying, describes it and logs the episode; audio never leaves the phone. */

export * from "./analyse.ts";
export * from "./band-limit.ts";
export * from "./classifier.ts";
export * from "./describe.ts";
export * from "./episodes.ts";
export * from "./frames.ts";
export * from "./listener.ts";
export * from "./shipped-model.ts";
export * from "./wav.ts";
export * from "./windows.ts";
