/**
 * Talking to the server: JSON in and out, the CSRF header on writes, and errors as values a screen
 * can show. A failed network is its own kind of error, so that screens can say "offline".
 */
import type { ApiContract, Endpoint } from "@attune/server/contract";

export interface ApiProblem {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly details: unknown;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiProblem };

export const offlineProblem: ApiProblem = { status: 0, code: "offline", message: "offline", details: null };

let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

const api = async <T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> => {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(method !== "GET" && csrfToken ? { "x-csrf-token": csrfToken } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    return { ok: false, error: offlineProblem };
  }
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const e = json?.error ?? {};
    return {
      ok: false,
      error: {
        status: res.status,
        code: e.code ?? "error",
        message: e.message ?? res.statusText,
        details: e.details ?? null,
      },
    };
  }
  return { ok: true, value: json as T };
};

/**
 * The typed way to call the server: an endpoint as the route table names it and what it takes,
 * checked against the server's own schemas (`@attune/server/contract`, types only). A route whose
 * body or answer changes fails the app's type check here.
 */
type Contract<E extends Endpoint> = ApiContract[E];
/** A part of the request the route has (params, query, body) is given; one it has not is left out. */
type Part<K extends string, T> = unknown extends T ? { readonly [P in K]?: never } : { readonly [P in K]: T };
export type CallArgs<E extends Endpoint> = Part<"params", Contract<E>["params"]> &
  Partial<Part<"query", Contract<E>["query"]>> &
  Part<"body", Contract<E>["body"]>;
export type ResponseOf<E extends Endpoint> = Contract<E>["response"];

/** The path of an endpoint with its params filled in and its query appended. */
export const pathOf = (url: string, params?: Readonly<Record<string, unknown>>, query?: object): string => {
  const path = url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params?.[name] ?? "")));
  const search = new URLSearchParams(
    Object.entries(query ?? {})
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [k, String(v)]),
  ).toString();
  return search ? `${path}?${search}` : path;
};

export const call = <E extends Endpoint>(
  endpoint: E,
  ...[args]: object extends CallArgs<E> ? [CallArgs<E>?] : [CallArgs<E>]
): Promise<ApiResult<ResponseOf<E>>> => {
  const space = endpoint.indexOf(" ");
  const method = endpoint.slice(0, space);
  const a = (args ?? {}) as { params?: Record<string, unknown>; query?: object; body?: unknown };
  return api<ResponseOf<E>>(method, pathOf(endpoint.slice(space + 1), a.params, a.query), a.body);
};

/** The address of a GET endpoint for a link the browser follows itself (a download). */
export const linkTo = <E extends Extract<Endpoint, `GET ${string}`>>(
  endpoint: E,
  ...[args]: object extends CallArgs<E> ? [CallArgs<E>?] : [CallArgs<E>]
): string => {
  const a = (args ?? {}) as { params?: Record<string, unknown>; query?: object };
  return pathOf(endpoint.slice("GET ".length), a.params, a.query);
};
