/** A number the household wants at hand: a crisis line, the doctor, the health visitor. */
import { defineKind } from "./define.ts";

export const contactRoles = ["crisis", "doctor", "health_visitor", "other"] as const;

export const contact = defineKind({
  fields: ({ z, common, instant, shortText }) =>
    z.object({
      ...common,
      time: instant,
      name: shortText.max(80),
      phone: z
        .string()
        .trim()
        .regex(/^\+?[0-9][0-9 ().*#-]{1,24}$/, "Use digits, spaces, +, -, ( ) only"),
      role: z.enum(contactRoles),
    }),
  time: "time",
  logged: false,
  required: ["time", "name", "phone"],
});
