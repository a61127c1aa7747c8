/**
 * Every error the API returns has one shape, { error: { code, message, details } }, and a 4xx
 * status for anything the caller sent wrong. A 5xx means a bug of ours, never bad input.
 */
import type { FastifyError, FastifyInstance } from "fastify";
import type { z } from "zod";
import type { PushRejection, PushRejectionCode } from "../store/journal.ts";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
  }
}

export const notFound = (what = "Not found") => new ApiError(404, "not_found", what);
export const unauthorized = (message = "Log in first") => new ApiError(401, "unauthorized", message);
export const forbidden = (message: string) => new ApiError(403, "forbidden", message);

/** Too many wrong passwords: the caller may try again after the wait (Retry-After says when). */
export const tooManyAttempts = (waitMs: number) => {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new ApiError(
    429,
    "too_many_attempts",
    `Too many wrong passwords for this account; wait ${seconds} seconds and try again`,
    { retryAfterSeconds: seconds },
  );
};

export const zodDetails = (error: z.ZodError) =>
  error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message, code: issue.code }));

export const invalid = (where: string, error: z.ZodError) =>
  new ApiError(
    400,
    `invalid_${where}`,
    `The ${where} is not valid: ${describeIssues(error)}`,
    zodDetails(error),
  );

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");

/** Fastify's own errors for bad requests (malformed JSON, too large, wrong content type). */
const fastifyClientError = (error: FastifyError): ApiError | undefined => {
  const status = error.statusCode ?? 500;
  if (status >= 500) return undefined;
  const codes: Record<string, [string, string]> = {
    FST_ERR_CTP_INVALID_JSON_BODY: ["invalid_json", "The body is not valid JSON"],
    FST_ERR_CTP_EMPTY_JSON_BODY: ["invalid_json", "The body is empty but the content type says JSON"],
    FST_ERR_CTP_BODY_TOO_LARGE: ["too_large", "The body is too large"],
    FST_ERR_CTP_INVALID_MEDIA_TYPE: ["unsupported_media_type", "Send the body as application/json"],
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: ["invalid_body", "The Content-Length does not match the body"],
  };
  const [code, message] = codes[error.code] ?? ["bad_request", error.message];
  if (error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error.name === "SyntaxError") {
    return new ApiError(400, "invalid_json", "The body is not valid JSON", error.message);
  }
  return new ApiError(status === 413 ? 413 : status, code, message);
};

/** `appIndex`: page addresses that are not files get the web app's index.html (it routes itself). */
export const installErrorHandling = (app: FastifyInstance, { appIndex = false } = {}): void => {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    const apiError =
      error instanceof ApiError
        ? error
        : error.statusCode === 429
          ? new ApiError(429, "rate_limited", "Too many attempts; wait a minute and try again")
          : fastifyClientError(error as FastifyError);
    if (apiError) {
      const retry = (apiError.details as { retryAfterSeconds?: number } | null)?.retryAfterSeconds;
      if (apiError.status === 429 && retry) reply.header("retry-after", String(retry));
      return reply
        .status(apiError.status)
        .send({ error: { code: apiError.code, message: apiError.message, details: apiError.details } });
    }
    request.log.error(error);
    return reply
      .status(500)
      .send({ error: { code: "internal", message: "Something went wrong on the server", details: null } });
  });
  app.setNotFoundHandler((request, reply) => {
    if (
      appIndex &&
      (request.method === "GET" || request.method === "HEAD") &&
      !request.url.startsWith("/api/")
    ) {
      return reply.type("text/html").sendFile("index.html");
    }
    return reply.status(404).send({
      error: { code: "not_found", message: `No route ${request.method} ${request.url}`, details: null },
    });
  });
};

/** The status each refusal of a push is said with: the store says why, the HTTP layer how. */
const pushRejectionStatus: Record<PushRejectionCode, number> = {
  invalid_messages: 422,
  invalid_records: 422,
  unknown_baby: 422,
  forbidden: 403,
  outside_window: 403,
  record_conflict: 409,
};

export const pushRefused = (rejection: PushRejection): ApiError =>
  new ApiError(pushRejectionStatus[rejection.code], rejection.code, rejection.message, rejection.details);
