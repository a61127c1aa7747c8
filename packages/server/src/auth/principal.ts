/**
 * Who is asking: a session cookie (the app in a browser) or a bearer API token (an integration).
 * Writes made with a cookie must carry the session's CSRF token in a header, which a page on
 * another site cannot read or send.
 */
import type {} from "@fastify/cookie";
import type { FastifyRequest } from "fastify";
import { ApiError, unauthorized } from "../http/errors.ts";
import { isoNow, type Services } from "../services.ts";
import { apiTokenExists, findApiTokenByHash, noteApiTokenUse } from "../store/api-tokens.ts";
import { findSession } from "../store/sessions.ts";
import { sameSecret, sha256 } from "./secrets.ts";

export const sessionCookie = "attune_session";
export const csrfHeader = "x-csrf-token";
export const apiTokenPrefix = "att_";

export interface Principal {
  readonly userId: string;
  readonly via: "session" | "token";
  readonly sessionHash?: string;
  readonly tokenId?: string;
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export const authenticate = async (request: FastifyRequest, services: Services): Promise<Principal> => {
  const { db, reader } = services;
  const now = isoNow(services);
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]?.startsWith(apiTokenPrefix))
      throw unauthorized("The Authorization header must be 'Bearer att_…'");
    const row = await findApiTokenByHash(reader, sha256(match[1]));
    if (!row) throw unauthorized("This API token is not valid or was revoked");
    // Note the use at most once a minute, so that a busy integration does not write on every read.
    if (!row.last_used_at || Date.parse(now) - Date.parse(row.last_used_at) > 60_000) {
      await noteApiTokenUse(db, row.id, now);
    }
    return { userId: row.user_id, via: "token", tokenId: row.id };
  }
  const token = request.cookies[sessionCookie];
  if (!token) throw unauthorized();
  const tokenHash = sha256(token);
  const session = await services.access.session(tokenHash, () => findSession(reader, tokenHash));
  if (!session || session.expires_at <= now) throw unauthorized("Your session has ended; log in again");
  if (!safeMethods.has(request.method)) {
    const sent = request.headers[csrfHeader];
    if (typeof sent !== "string" || !sameSecret(sent, session.csrf_token)) {
      throw new ApiError(403, "csrf", `Writes need the ${csrfHeader} header from /api/session`);
    }
  }
  return { userId: session.user_id, via: "session", sessionHash: tokenHash };
};

/** Whether what a principal logged in with still holds: the session not ended, the token not revoked. */
export const stillValid = async (principal: Principal, services: Services): Promise<boolean> => {
  if (principal.sessionHash) {
    const hash = principal.sessionHash;
    const session = await services.access.session(hash, () => findSession(services.reader, hash));
    return !!session && session.user_id === principal.userId && session.expires_at > isoNow(services);
  }
  if (principal.tokenId) {
    return apiTokenExists(services.reader, principal.tokenId, principal.userId);
  }
  return false;
};
