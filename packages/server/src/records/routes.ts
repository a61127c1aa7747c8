/**
 * Records through plain HTTP, for integrations and scripts: list, read, create, change, delete.
 * Writes become change messages stamped by the server's clock and go through the same push as a
 * device's, so the rules and the live fan-out are the same.
 */

import {
  changeIssues,
  fieldValues,
  type Json,
  type Message,
  overlappingIds,
  type RecordState,
  recordKind,
  scope,
} from "@attune/core";
import { z } from "zod";
import { type MemberAccess, requireMember } from "../households/access.ts";
import { ApiError, notFound, pushRefused } from "../http/errors.ts";
import { defineRoute } from "../http/route.ts";
import { householdParams, id } from "../http/schemas.ts";
import type { Services } from "../services.ts";
import { listRecords } from "../store/journal.ts";

const recordParams = z.object({ householdId: id, recordId: id });
const fieldsBody = z.record(
  z.string().max(64),
  z.union([z.string().max(5000), z.number(), z.boolean(), z.null()]),
);

const recordView = z.object({
  id,
  kind: z.string(),
  scope,
  author: z.string().nullable(),
  overlaps: z.boolean(),
  fields: z.record(z.string(), z.unknown()),
});

const view = (state: RecordState, overlaps: Set<string>) => ({
  id: state.id,
  kind: state.kind,
  scope: state.scope,
  author: state.author ?? null,
  overlaps: overlaps.has(state.id),
  fields: fieldValues(state),
});

const overlapsOf = (states: RecordState[], now: number) =>
  overlappingIds(
    states.flatMap((s) => {
      const v = fieldValues(s);
      return typeof v.start === "string"
        ? [
            {
              id: s.id,
              kind: s.kind,
              babyId: v.babyId as string | undefined,
              start: v.start,
              end: v.end as string | undefined,
            },
          ]
        : [];
    }),
    now,
  );

const recordProblems = (
  kind: z.infer<typeof recordKind>,
  before: Record<string, Json> | undefined,
  values: Record<string, Json>,
  now: number,
) => {
  const issues = changeIssues(kind, before, values, now);
  if (issues.length) {
    throw new ApiError(422, "invalid_record", issues.map((i) => i.message).join("; "), issues);
  }
};

const write = async (services: Services, access: MemberAccess, messages: Message[]) => {
  const result = await services.journal.push({ access, messages, now: services.now() });
  if (!result.ok) throw pushRefused(result.error);
  if (result.value.accepted) services.live.publish(access.householdId, result.value.cursor);
};

const readOne = async (services: Services, access: MemberAccess, recordId: string) => {
  const [state] = await listRecords(services.db, access, { id: recordId }, services.now());
  if (!state) throw notFound("No such record");
  return state;
};

export const recordRoutes = [
  defineRoute({
    method: "GET",
    url: "/api/households/:householdId/records",
    summary: "Records, newest first, with overlapping entries flagged",
    tag: "records",
    auth: true,
    params: householdParams,
    query: z.object({
      kind: recordKind.optional(),
      babyId: id.optional(),
      from: z.iso.datetime().optional(),
      to: z.iso.datetime().optional(),
      limit: z.coerce.number().int().min(1).max(5000).default(500),
    }),
    response: z.object({ records: z.array(recordView) }),
    handler: async ({ principal, services, params, query }) => {
      const access = await requireMember(services, params.householdId, principal.userId);
      const states = await listRecords(services.db, access, query, services.now());
      const overlaps = overlapsOf(states, services.now());
      return { records: states.map((s) => view(s, overlaps)) };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/households/:householdId/records/:recordId",
    summary: "One record",
    tag: "records",
    auth: true,
    params: recordParams,
    response: recordView,
    handler: async ({ principal, services, params }) => {
      const access = await requireMember(services, params.householdId, principal.userId);
      return view(await readOne(services, access, params.recordId), new Set());
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/households/:householdId/records",
    summary: "Create a record",
    tag: "records",
    auth: true,
    status: 201,
    params: householdParams,
    body: z.object({ kind: recordKind, scope: scope.default("household"), fields: fieldsBody }),
    response: recordView,
    handler: async ({ principal, services, params, body }) => {
      const access = await requireMember(services, params.householdId, principal.userId);
      const values = Object.fromEntries(Object.entries(body.fields).filter(([, v]) => v !== null));
      recordProblems(body.kind, undefined, values, services.now());
      const recordId = services.newId();
      await write(services, access, services.writer.set(recordId, body.kind, body.scope, values));
      return view(await readOne(services, access, recordId), new Set());
    },
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/households/:householdId/records/:recordId",
    summary: "Change some fields of a record (null clears a field)",
    tag: "records",
    auth: true,
    params: recordParams,
    body: z.object({ fields: fieldsBody }),
    response: recordView,
    handler: async ({ principal, services, params, body }) => {
      const access = await requireMember(services, params.householdId, principal.userId);
      const state = await readOne(services, access, params.recordId);
      const kind = recordKind.parse(state.kind);
      const merged = Object.fromEntries(
        Object.entries({ ...fieldValues(state), ...body.fields }).filter(([, v]) => v !== null),
      ) as Record<string, Json>;
      recordProblems(kind, fieldValues(state), merged, services.now());
      await write(services, access, services.writer.set(state.id, kind, state.scope, body.fields));
      return view(await readOne(services, access, params.recordId), new Set());
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/households/:householdId/records/:recordId",
    summary: "Delete a record (a tombstone that syncs like any change)",
    tag: "records",
    auth: true,
    params: recordParams,
    response: z.object({ ok: z.literal(true) }),
    handler: async ({ principal, services, params }) => {
      const access = await requireMember(services, params.householdId, principal.userId);
      const state = await readOne(services, access, params.recordId);
      await write(
        services,
        access,
        services.writer.remove(state.id, recordKind.parse(state.kind), state.scope),
      );
      return { ok: true as const };
    },
  }),
];
