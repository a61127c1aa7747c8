/**
 * Read-only links to a baby's guide card, for a babysitter or a grandparent without an account:
 * made by an owner or a caregiver with the card as their phone shows it, for a day, a week or a
 * month; listed and revoked by anyone who may edit the family's details. The token is shown only
 * in the answer that makes it; only its hash is kept.
 */
import { canEditFamilyDetails } from "@attune/core";
import { cardLimits } from "@attune/core/cues";
import { z } from "zod";
import { randomToken, sha256 } from "../auth/secrets.ts";
import { requireMember } from "../households/access.ts";
import { forbidden, notFound } from "../http/errors.ts";
import { defineRoute } from "../http/route.ts";
import { householdParams, id, ok } from "../http/schemas.ts";
import { isoNow } from "../services.ts";
import { findBaby } from "../store/babies.ts";
import { insertCardLink, liveCardLinks, revokeCardLink } from "../store/card-links.ts";

const dayMs = 86_400_000;
export const cardLinkDays = [1, 7, 30] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
export const cardContent = z.strictObject({
  lang: z.enum(["en", "es"]),
  title: text(cardLimits.title),
  sections: z
    .array(
      z.strictObject({
        title: text(cardLimits.title),
        lines: z.array(text(cardLimits.line)).min(1).max(cardLimits.lines),
      }),
    )
    .min(1)
    .max(cardLimits.sections),
  footer: z.string().trim().max(cardLimits.footer),
});

const linkView = z.object({ id, babyId: id, createdBy: id, createdAt: z.string(), expiresAt: z.string() });

const mayShare = async (
  services: Parameters<typeof requireMember>[0],
  householdId: string,
  userId: string,
) => {
  const access = await requireMember(services, householdId, userId);
  if (!canEditFamilyDetails(access))
    throw forbidden("Only the baby's parents and caregivers can share the card");
  return access;
};

export const cardLinkRoutes = [
  defineRoute({
    method: "POST",
    url: "/api/households/:householdId/card-links",
    summary: "Share a baby's guide card by a read-only link for 1, 7 or 30 days; the link is shown only here",
    tag: "cards",
    auth: true,
    status: 201,
    params: householdParams,
    body: z.object({ babyId: id, days: z.union(cardLinkDays.map((d) => z.literal(d))), card: cardContent }),
    response: linkView.extend({ link: z.string() }),
    handler: async ({ principal, services, params, body }) => {
      await mayShare(services, params.householdId, principal.userId);
      if (!(await findBaby(services.db, params.householdId, body.babyId)))
        throw notFound("No such baby here");
      const token = randomToken(24);
      const row = {
        id: services.newId(),
        household_id: params.householdId,
        baby_id: body.babyId,
        token_hash: sha256(token),
        card: JSON.stringify(body.card),
        created_by: principal.userId,
        created_at: isoNow(services),
        expires_at: new Date(services.now() + body.days * dayMs).toISOString(),
        revoked_at: null,
      };
      await insertCardLink(services.db, row);
      return {
        id: row.id,
        babyId: row.baby_id,
        createdBy: row.created_by,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        link: `${services.options.publicUrl.replace(/\/$/, "")}/card/${token}`,
      };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/households/:householdId/card-links",
    summary: "The card links that still open (the links themselves are not shown again)",
    tag: "cards",
    auth: true,
    params: householdParams,
    response: z.array(linkView),
    handler: async ({ principal, services, params }) => {
      await mayShare(services, params.householdId, principal.userId);
      const rows = await liveCardLinks(services.db, params.householdId, isoNow(services));
      return rows.map((r) => ({
        id: r.id,
        babyId: r.baby_id,
        createdBy: r.created_by,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
      }));
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/households/:householdId/card-links/:linkId",
    summary: "Stop sharing: the link no longer opens",
    tag: "cards",
    auth: true,
    params: householdParams.extend({ linkId: id }),
    response: ok,
    handler: async ({ principal, services, params }) => {
      await mayShare(services, params.householdId, principal.userId);
      if (!(await revokeCardLink(services.db, params.householdId, params.linkId, isoNow(services))))
        throw notFound("No such card link, or it was already stopped");
      return { ok: true as const };
    },
  }),
];
