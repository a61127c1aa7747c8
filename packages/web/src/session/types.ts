/**
 * What the server says about the account and its household, cached for offline starts: the
 * server's own answers (`@attune/server/contract`), never a copy of their shapes.
 */
import type { ResponseOf } from "../api/client.ts";

export type SessionInfo = ResponseOf<"GET /api/session">;
export type HouseholdInfo = ResponseOf<"GET /api/households/:householdId">;
export type Baby = HouseholdInfo["babies"][number];
export type Member = HouseholdInfo["members"][number];
