export { buildApp } from "./app.ts";
export type { AppOptions, Services } from "./services.ts";
export { openServices } from "./start.ts";
