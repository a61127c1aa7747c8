/** Every HTTP route of the API, in one list: the app registers it, the OpenAPI document and the tests read it. */
import { exportRoutes } from "./account/export.ts";
import { passwordRoutes } from "./auth/password-routes.ts";
import { authRoutes } from "./auth/routes.ts";
import { cardLinkRoutes } from "./cards/card-link-routes.ts";
import { babyRoutes } from "./households/baby-routes.ts";
import { householdRoutes } from "./households/household-routes.ts";
import { memberRoutes } from "./households/member-routes.ts";
import type { RouteSpec } from "./http/route.ts";
import { inviteRoutes } from "./invites/routes.ts";
import { recordRoutes } from "./records/routes.ts";
import { reminderRoutes } from "./reminders/routes.ts";
import { syncRoutes } from "./sync/routes.ts";

export const apiRoutes = [
  ...authRoutes,
  ...passwordRoutes,
  ...exportRoutes,
  ...householdRoutes,
  ...memberRoutes,
  ...babyRoutes,
  ...inviteRoutes,
  ...cardLinkRoutes,
  ...reminderRoutes,
  ...syncRoutes,
  ...recordRoutes,
] satisfies readonly RouteSpec[];
