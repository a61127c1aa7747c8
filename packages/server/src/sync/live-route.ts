/**
 * GET /api/households/:id/live upgrades to a WebSocket that says {"type":"changed","cursor":n}
 * whenever the household's journal moves on. Who may listen is checked before the upgrade, so a
 * stranger gets the same 401 or 404 as on any other route, and again before every notice and
 * whenever access changes: a socket closes the moment its session ends, its member is removed,
 * a helper's access runs out, or the account or household is deleted. A page on another site
 * cannot open one (the Origin must be this server's).
 */
import type {} from "@fastify/websocket";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { authenticate, type Principal, stillValid } from "../auth/principal.ts";
import { requireMember } from "../households/access.ts";
import { ApiError, invalid } from "../http/errors.ts";
import { householdParams } from "../http/schemas.ts";
import type { Services } from "../services.ts";
import { findMember } from "../store/members.ts";
import type { LiveEvent } from "./live.ts";

export const liveUrl = "/api/households/:householdId/live";

/** Close codes: the application range 4000–4999, named after the HTTP status they stand for. */
export const closedForAccess = 4403;

/** A browser always sends Origin with a WebSocket; it must be this server's own address. */
const sameOrigin = (request: FastifyRequest, publicUrl: string): boolean => {
  const origin = request.headers.origin;
  if (origin === undefined) return true; // not a browser: a script or an integration with its token
  if (origin === "null") return false;
  try {
    const url = new URL(origin);
    return url.origin === new URL(publicUrl).origin || url.host === request.headers.host;
  } catch {
    return false;
  }
};

const allowed = async (services: Services, principal: Principal, householdId: string) => {
  if (!(await stillValid(principal, services))) return false;
  try {
    await requireMember(services, householdId, principal.userId);
    return true;
  } catch {
    return false;
  }
};

export const registerLiveRoute = (app: FastifyInstance, services: Services): void => {
  const principals = new WeakMap<FastifyRequest, Principal>();
  app.get(
    liveUrl,
    {
      websocket: true,
      preValidation: async (request) => {
        if (!sameOrigin(request, services.options.publicUrl))
          throw new ApiError(403, "bad_origin", "Live updates can only be opened from Attune's own pages");
        const principal = await authenticate(request, services);
        const params = householdParams.safeParse(request.params);
        if (!params.success) throw invalid("path", params.error);
        await requireMember(services, params.data.householdId, principal.userId);
        principals.set(request, principal);
      },
    },
    (socket, request) => {
      const { householdId } = request.params as { householdId: string };
      const principal = principals.get(request)!;
      let open = true;
      let expiry: NodeJS.Timeout | undefined;
      const close = () => {
        if (!open) return;
        open = false;
        unsubscribe();
        clearTimeout(expiry);
        socket.close(closedForAccess, "access ended");
      };
      // A helper's access ends at a set time: check again then, with no notice needed.
      const watchExpiry = async () => {
        const member = await findMember(services.reader, householdId, principal.userId);
        clearTimeout(expiry);
        if (!open || !member?.accessUntil) return;
        const ms = Math.max(Date.parse(member.accessUntil) - services.now(), 0) + 50;
        expiry = setTimeout(() => onEvent({ type: "access" }), Math.min(ms, 2 ** 31 - 1));
      };
      // Checks run one after another, so a notice is never sent after the check that closed.
      let checks = Promise.resolve();
      const onEvent = (event: LiveEvent) => {
        checks = checks
          .then(async () => {
            if (!open) return;
            if (!(await allowed(services, principal, householdId))) return close();
            if (event.type === "changed")
              socket.send(JSON.stringify({ type: "changed", cursor: event.cursor }));
            // As when it connected: the device catches up with a pull.
            else if (event.type === "missed") socket.send(JSON.stringify({ type: "hello" }));
            else await watchExpiry();
          })
          .catch(() => close());
      };
      const unsubscribe = services.live.subscribe({
        householdId,
        userId: principal.userId,
        listener: onEvent,
      });
      socket.on("close", () => {
        open = false;
        unsubscribe();
        clearTimeout(expiry);
      });
      socket.on("error", () => socket.terminate());
      void watchExpiry().catch(() => close());
      socket.send(JSON.stringify({ type: "hello" }));
    },
  );
};
