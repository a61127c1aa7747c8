/** The caregiver's own care for the screens that use it: check-ins, self-checks, crisis lines, circumstances. */
export * from "./check-ins.ts";
export * from "./circumstances.ts";
export * from "./crisis-lines.ts";
export * from "./rota.ts";
export * from "./self-checks.ts";
