/**
 * Talking to the server: JSON in and out, the CSRF header on writes, and errors as values a screen
 * can show. A failed network is its own kind of error, so that screens can say "offline".
 */
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

export const api = async <T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> => {
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
