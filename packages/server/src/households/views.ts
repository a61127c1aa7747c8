/** What the household routes answer: a household with its members and babies, as the app reads it. */
import { babySexes, role } from "@attune/core";
import { z } from "zod";
import { id } from "../http/schemas.ts";
import type { Services } from "../services.ts";
import { listBabies } from "../store/babies.ts";
import { findHousehold } from "../store/households.ts";
import { listMembers } from "../store/members.ts";
import { requireMember } from "./access.ts";

export const babyView = z.object({
  id,
  name: z.string(),
  birthDate: z.string(),
  dueDate: z.string().nullable(),
  timeZone: z.string(),
  sex: z.enum(babySexes).nullable(),
});

const memberView = z.object({
  userId: id,
  name: z.string(),
  role,
  accessUntil: z.string().nullable(),
  windowDays: z.number().nullable(),
});

export const householdView = z.object({
  id,
  name: z.string(),
  role,
  members: z.array(memberView),
  babies: z.array(babyView),
});

/** A household as this member sees it (a member only: others get a 404). */
export const loadHousehold = async (
  services: Services,
  householdId: string,
  userId: string,
): Promise<z.infer<typeof householdView>> => {
  const access = await requireMember(services, householdId, userId);
  const household = await findHousehold(services.db, householdId);
  if (!household) throw new Error(`Household ${householdId} vanished`);
  const members = await listMembers(services.db, householdId);
  return {
    id: household.id,
    name: household.name,
    role: access.role,
    members: members.map((m) => ({
      userId: m.id,
      name: m.name,
      role: m.role as z.infer<typeof role>,
      accessUntil: m.access_until,
      windowDays: m.window_days,
    })),
    babies: await listBabies(services.db, householdId),
  };
};
