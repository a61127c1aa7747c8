/**
 * Export of everything the account may see, as one JSON document, streamed: records are read and
 * written a thousand at a time, so a household of any size is exported in little memory. An
 * export is heavy, so each account may start a few an hour and one at a time.
 */
import { Readable } from "node:stream";
import { fieldValues } from "@attune/core";
import { z } from "zod";
import { requireMember } from "../households/access.ts";
import { ApiError } from "../http/errors.ts";
import { defineRoute } from "../http/route.ts";
import { isoNow, type Services } from "../services.ts";
import { babyRowsForExport } from "../store/babies.ts";
import { visibleRecordPages } from "../store/journal.ts";
import { householdsOf, memberRowsForExport } from "../store/members.ts";
import { accountForExport } from "../store/users.ts";

/** Accounts with an export under way in this process. */
const running = new Set<string>();

async function* exportChunks(services: Services, userId: string): AsyncGenerator<string> {
  const account = await accountForExport(services.db, userId);
  const memberships = await householdsOf(services.db, userId);
  yield `{"exportedAt":${JSON.stringify(isoNow(services))},"account":${JSON.stringify(account)},"households":[`;
  let firstHousehold = true;
  for (const m of memberships) {
    let access: Awaited<ReturnType<typeof requireMember>>;
    try {
      access = await requireMember(services, m.id, userId);
    } catch {
      continue; // a helper whose access has ended exports nothing of that household
    }
    const babies = await babyRowsForExport(services.db, m.id);
    const members = await memberRowsForExport(services.db, m.id);
    const head = { id: m.id, name: m.name, role: access.role, babies, members };
    yield `${firstHousehold ? "" : ","}${JSON.stringify(head).slice(0, -1)},"records":[`;
    firstHousehold = false;
    let firstRecord = true;
    for await (const page of visibleRecordPages(services.db, access, services.now())) {
      const text = page
        .map((s) =>
          JSON.stringify({
            id: s.id,
            kind: s.kind,
            scope: s.scope,
            author: s.author ?? null,
            ...fieldValues(s),
          }),
        )
        .join(",");
      yield `${firstRecord ? "" : ","}${text}`;
      firstRecord = false;
    }
    yield "]}";
  }
  yield "]}";
}

export const exportRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/export",
    summary:
      "Everything this account may see, as JSON: account, households, babies, members, records (a few an hour, one at a time)",
    tag: "account",
    auth: true,
    rateLimit: "export",
    rateLimitBy: "account",
    response: z.object({ exportedAt: z.string(), account: z.unknown(), households: z.array(z.unknown()) }),
    handler: async ({ principal, services, reply }) => {
      if (running.has(principal.userId))
        throw new ApiError(
          429,
          "export_running",
          "An export of this account is already under way; wait for it to finish",
          {
            retryAfterSeconds: 30,
          },
        );
      running.add(principal.userId);
      const userId = principal.userId;
      // The finally runs when the last chunk is read, and when the client goes away mid-stream.
      const chunks = async function* () {
        try {
          yield* exportChunks(services, userId);
        } finally {
          running.delete(userId);
        }
      };
      const stream = Readable.from(chunks());
      reply.header(
        "content-disposition",
        `attachment; filename="attune-export-${isoNow(services).slice(0, 10)}.json"`,
      );
      reply.type("application/json");
      return reply.send(stream);
    },
  }),
];
