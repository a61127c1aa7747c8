/** Schemas shared by several routes. */
import { role } from "@attune/core";
import { z } from "zod";

export const id = z.uuid();
export const householdParams = z.object({ householdId: id });
export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter an e-mail address like name@example.com" }))
  .describe("E-mail address");
export const password = z
  .string()
  .min(10, { message: "A password needs at least 10 characters" })
  .max(200, { message: "A password can have at most 200 characters" });
export const personName = z.string().trim().min(1, { message: "Enter a name" }).max(80);
export const locale = z.enum(["en", "es"]);

export const userView = z.object({ id, email: z.string(), name: z.string(), locale });
export const membershipView = z.object({
  householdId: id,
  name: z.string(),
  role,
  accessUntil: z.string().nullable(),
});
export const ok = z.object({ ok: z.literal(true) });
