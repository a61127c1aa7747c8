/**
 * The API as types, from the route table itself: what each endpoint ("POST /api/households") takes
 * and answers. The web app imports this with `import type` (nothing of the server reaches its
 * bundle) and calls the server through a client typed by it, so a route that changes its body or
 * its answer fails the app's type check.
 */
import type { apiRoutes } from "../routes.ts";

type Route = (typeof apiRoutes)[number];
type Types<R> = R extends { readonly types?: infer T } ? NonNullable<T> : never;

/** Every endpoint by its method and URL pattern, with what it takes and answers. */
export type ApiContract = { [R in Route as `${R["method"]} ${R["url"]}`]: Types<R> };
export type Endpoint = keyof ApiContract;
