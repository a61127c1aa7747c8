/** Export of everything the account may see, as one JSON document. */
import { fieldValues, type RecordState } from "@attune/core";
import { z } from "zod";
import { requireMember } from "../households/access.ts";
import { defineRoute } from "../http/route.ts";
import { isoNow } from "../services.ts";
import { listRecords } from "../store/journal.ts";

export const exportRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/export",
    summary: "Everything this account may see, as JSON: account, households, babies, members, records",
    tag: "account",
    auth: true,
    response: z.object({ exportedAt: z.string(), account: z.unknown(), households: z.array(z.unknown()) }),
    handler: async ({ principal, services, reply }) => {
      const account = await services.db
        .selectFrom("users")
        .select(["id", "email", "name", "locale", "created_at"])
        .where("id", "=", principal.userId)
        .executeTakeFirstOrThrow();
      const memberships = await services.db
        .selectFrom("memberships")
        .innerJoin("households", "households.id", "memberships.household_id")
        .select(["households.id", "households.name"])
        .where("memberships.user_id", "=", principal.userId)
        .execute();
      const households = [];
      for (const m of memberships) {
        let access: Awaited<ReturnType<typeof requireMember>>;
        try {
          access = await requireMember(services, m.id, principal.userId);
        } catch {
          continue; // a helper whose access has ended exports nothing of that household
        }
        const babies = await services.db
          .selectFrom("babies")
          .select(["id", "name", "birth_date", "due_date", "time_zone", "sex"])
          .where("household_id", "=", m.id)
          .execute();
        const members = await services.db
          .selectFrom("memberships")
          .innerJoin("users", "users.id", "memberships.user_id")
          .select(["users.id", "users.name", "memberships.role"])
          .where("memberships.household_id", "=", m.id)
          .execute();
        const states: RecordState[] = await listRecords(
          services.db,
          access,
          { limit: 1_000_000 },
          services.now(),
        );
        households.push({
          id: m.id,
          name: m.name,
          role: access.role,
          babies,
          members,
          records: states.map((s) => ({
            id: s.id,
            kind: s.kind,
            scope: s.scope,
            author: s.author ?? null,
            ...fieldValues(s),
          })),
        });
      }
      reply.header(
        "content-disposition",
        `attachment; filename="attune-export-${isoNow(services).slice(0, 10)}.json"`,
      );
      return { exportedAt: isoNow(services), account, households };
    },
  }),
];
