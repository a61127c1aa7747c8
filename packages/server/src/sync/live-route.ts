/**
 * GET /api/households/:id/live upgrades to a WebSocket that says {"type":"changed","cursor":n}
 * whenever the household's journal moves on. Who may listen is checked before the upgrade, so a
 * stranger gets the same 401 or 404 as on any other route.
 */
import type {} from "@fastify/websocket";
import type { FastifyInstance } from "fastify";
import { authenticate } from "../auth/principal.ts";
import { requireMember } from "../households/access.ts";
import { invalid } from "../http/errors.ts";
import { householdParams } from "../http/schemas.ts";
import type { Services } from "../services.ts";

export const liveUrl = "/api/households/:householdId/live";

export const registerLiveRoute = (app: FastifyInstance, services: Services): void => {
  app.get(
    liveUrl,
    {
      websocket: true,
      preValidation: async (request) => {
        const principal = await authenticate(request, services);
        const params = householdParams.safeParse(request.params);
        if (!params.success) throw invalid("path", params.error);
        await requireMember(services, params.data.householdId, principal.userId);
      },
    },
    (socket, request) => {
      const { householdId } = request.params as { householdId: string };
      const unsubscribe = services.live.subscribe(householdId, (cursor) => {
        socket.send(JSON.stringify({ type: "changed", cursor }));
      });
      socket.on("close", unsubscribe);
      socket.on("error", unsubscribe);
      socket.send(JSON.stringify({ type: "hello" }));
    },
  );
};
