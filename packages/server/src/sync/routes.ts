/** The sync API: push a batch of change messages, pull what changed since a cursor. */
import { jsonValue, message, scope } from "@attune/core";
import { z } from "zod";
import { requireMember } from "../households/access.ts";
import { pushRefused } from "../http/errors.ts";
import { defineRoute } from "../http/route.ts";
import { householdParams } from "../http/schemas.ts";
import { pullRecords } from "../store/journal.ts";

export const maxBatchMessages = 500;

const pushOutcome = z.object({ accepted: z.number(), duplicates: z.number(), cursor: z.number() });

export const syncRoutes = [
  defineRoute({
    method: "POST",
    url: "/api/households/:householdId/sync/push",
    summary: "Store a batch of change messages, all or nothing; resending a batch is harmless",
    tag: "sync",
    auth: true,
    params: householdParams,
    body: z.object({
      messages: z
        .array(message)
        .min(1)
        .max(maxBatchMessages, { message: `At most ${maxBatchMessages} messages per push` }),
    }),
    response: pushOutcome,
    handler: async ({ principal, services, params, body }) => {
      const access = await requireMember(services, params.householdId, principal.userId);
      const result = await services.journal.push({
        access,
        messages: body.messages,
        now: services.now(),
      });
      if (!result.ok) throw pushRefused(result.error);
      if (result.value.accepted) services.live.publish(params.householdId, result.value.cursor);
      return result.value;
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/households/:householdId/sync/pull",
    summary: "Record states changed after a cursor, oldest change first; page while `more` is true",
    tag: "sync",
    auth: true,
    params: householdParams,
    query: z.object({
      since: z.coerce.number().int().min(0).default(0),
      limit: z.coerce.number().int().min(1).max(50_000).default(10_000),
    }),
    response: z.object({
      records: z.array(
        z.object({
          id: z.string(),
          kind: z.string(),
          scope,
          fields: z.record(z.string(), z.tuple([jsonValue, z.string()])),
          author: z.string().optional(),
        }),
      ),
      cursor: z.number(),
      more: z.boolean(),
    }),
    handler: async ({ principal, services, params, query, reply }) => {
      const access = await requireMember(services, params.householdId, principal.userId);
      const page = await pullRecords(services.db, access, query.since, query.limit, services.now());
      reply.type("application/json");
      return `{"records":[${page.records.join(",")}],"cursor":${page.cursor},"more":${page.more}}`;
    },
  }),
];
