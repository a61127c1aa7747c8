/**
 * Invites: a single-use code (and a link carrying it) that lets one more person join a household
 * in a given role until it expires. Only the code's hash is stored.
 */
import { canEditFamilyDetails, canInvite, defaultHelperWindowDays, type Role, role } from "@attune/core";
import { z } from "zod";
import { inviteCode, normaliseInviteCode, sha256 } from "../auth/secrets.ts";
import { requireMember } from "../households/access.ts";
import { ApiError, forbidden, notFound } from "../http/errors.ts";
import { defineRoute } from "../http/route.ts";
import { householdParams, id, ok } from "../http/schemas.ts";
import { isoNow } from "../services.ts";
import {
  claimInvite,
  deleteInvite,
  findInviteByCode,
  insertInvite,
  openInvites,
  previewInvite,
} from "../store/invites.ts";
import { addMember, findMember } from "../store/members.ts";
import { makerMayStillInvite } from "./validity.ts";

const hourMs = 3600 * 1000;

const inviteView = z.object({
  id,
  role,
  expiresAt: z.string(),
  accessUntil: z.string().nullable(),
  windowDays: z.number().nullable(),
});

export const inviteRoutes = [
  defineRoute({
    method: "POST",
    url: "/api/households/:householdId/invites",
    summary: "Create an invite; the code and link are shown only in this answer",
    tag: "invites",
    auth: true,
    status: 201,
    rateLimit: "invite",
    params: householdParams,
    body: z.object({
      role: role.default("caregiver"),
      expiresInHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 14)
        .default(72),
      /**
       * For a helper: how many hours from now their access lasts (the invite expires by then too),
       * or null for access until someone removes them.
       */
      helperAccessHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 90)
        .nullable()
        .default(24),
      windowDays: z.number().int().min(1).max(14).default(defaultHelperWindowDays),
    }),
    response: inviteView.extend({ code: z.string(), link: z.string() }),
    handler: async ({ principal, services, params, body }) => {
      const access = await requireMember(services, params.householdId, principal.userId);
      if (!canInvite(access, body.role)) throw forbidden(`A ${access.role} cannot invite a ${body.role}`);
      const code = inviteCode();
      const now = services.now();
      const helper = body.role === "helper";
      const accessHours = helper ? body.helperAccessHours : null;
      const hours = accessHours ? Math.min(body.expiresInHours, accessHours) : body.expiresInHours;
      const row = {
        id: services.newId(),
        household_id: params.householdId,
        code_hash: sha256(code),
        role: body.role,
        created_by: principal.userId,
        created_at: isoNow(services),
        expires_at: new Date(now + hours * hourMs).toISOString(),
        access_until: accessHours ? new Date(now + accessHours * hourMs).toISOString() : null,
        window_days: helper ? body.windowDays : null,
        used_at: null,
        used_by: null,
      };
      await insertInvite(services.db, row);
      return {
        id: row.id,
        role: body.role,
        code,
        link: `${services.options.publicUrl}/join?code=${encodeURIComponent(code)}`,
        expiresAt: row.expires_at,
        accessUntil: row.access_until,
        windowDays: row.window_days,
      };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/households/:householdId/invites",
    summary: "Invites still open",
    tag: "invites",
    auth: true,
    params: householdParams,
    response: z.object({ invites: z.array(inviteView) }),
    handler: async ({ principal, services, params }) => {
      const access = await requireMember(services, params.householdId, principal.userId);
      if (!canEditFamilyDetails(access)) throw forbidden("A helper cannot see invites");
      const rows = await openInvites(services.db, params.householdId, isoNow(services));
      return {
        invites: rows.map((r) => ({
          id: r.id,
          role: r.role as "helper",
          expiresAt: r.expires_at,
          accessUntil: r.access_until,
          windowDays: r.window_days,
        })),
      };
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/households/:householdId/invites/:inviteId",
    summary: "Withdraw an invite",
    tag: "invites",
    auth: true,
    params: z.object({ householdId: id, inviteId: id }),
    response: ok,
    handler: async ({ principal, services, params }) => {
      const access = await requireMember(services, params.householdId, principal.userId);
      if (!canEditFamilyDetails(access)) throw forbidden("A helper cannot withdraw invites");
      if (!(await deleteInvite(services.db, params.inviteId, params.householdId)))
        throw notFound("No such invite");
      return { ok: true };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/invites/preview",
    summary: "What an invite code is for (household, who invited, role, until when), before joining",
    tag: "invites",
    auth: false,
    rateLimit: "invite",
    query: z.object({ code: z.string().trim().min(4).max(40) }),
    response: z.object({
      householdName: z.string(),
      invitedBy: z.string().nullable(),
      role,
      expiresAt: z.string(),
      accessUntil: z.string().nullable(),
    }),
    handler: async ({ services, query }) => {
      const invite = await previewInvite(services.db, sha256(normaliseInviteCode(query.code)));
      const valid =
        invite &&
        !invite.used_at &&
        invite.expires_at > isoNow(services) &&
        (await makerMayStillInvite(services.db, invite, services.now()));
      if (!invite || !valid)
        throw new ApiError(
          404,
          "invalid_invite",
          "This invite code is not valid, was already used, or has expired; ask for a new one",
        );
      return {
        householdName: invite.household_name,
        invitedBy: invite.maker_name,
        role: invite.role as "helper",
        expiresAt: invite.expires_at,
        accessUntil: invite.access_until,
      };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/invites/accept",
    summary: "Join a household with an invite code",
    tag: "invites",
    auth: true,
    rateLimit: "invite",
    body: z.object({ code: z.string().trim().min(4).max(40) }),
    response: z.object({ householdId: id, role }),
    handler: async ({ principal, services, body }) => {
      const now = isoNow(services);
      return services.db.transaction().execute(async (tx) => {
        const invite = await findInviteByCode(tx, sha256(normaliseInviteCode(body.code)));
        const valid =
          invite &&
          !invite.used_at &&
          invite.expires_at > now &&
          (await makerMayStillInvite(tx, invite, services.now()));
        if (!invite || !valid) {
          throw new ApiError(
            404,
            "invalid_invite",
            "This invite code is not valid, was already used, or has expired; ask for a new one",
          );
        }
        if (await findMember(tx, invite.household_id, principal.userId))
          throw new ApiError(409, "already_member", "You are already a member of this household");
        if (!(await claimInvite(tx, invite.id, principal.userId, now))) {
          throw new ApiError(404, "invalid_invite", "This invite code was already used; ask for a new one");
        }
        await addMember(
          tx,
          {
            householdId: invite.household_id,
            userId: principal.userId,
            role: invite.role as Role,
            accessUntil: invite.access_until,
            windowDays: invite.window_days,
          },
          now,
        );
        return { householdId: invite.household_id, role: invite.role as "helper" };
      });
    },
  }),
];
