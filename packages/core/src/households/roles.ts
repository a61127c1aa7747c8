/** The roles as a zod enum, for the server's routes; the rules themselves are in membership.ts. */
import { z } from "zod";
import { roleNames } from "./membership.ts";

export const role = z.enum(roleNames);
export * from "./membership.ts";
