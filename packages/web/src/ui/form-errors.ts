/** Turns an API refusal into messages per field (from its details) and one for the form. */
import type { TFunction } from "i18next";
import type { ApiProblem } from "../api/client.ts";

export const problemMessages = (
  problem: ApiProblem,
  t: TFunction,
): { fields: Record<string, string>; form?: string } => {
  if (problem.code === "offline") return { fields: {}, form: t("errors.offline") };
  const fields: Record<string, string> = {};
  if (Array.isArray(problem.details)) {
    for (const d of problem.details as { path?: string; code?: string }[]) {
      if (!d.path) continue;
      // A password refused for a reason says the reason; other fields say what they need.
      fields[d.path] ??=
        problem.code === "weak_password"
          ? t(`apiErrors.weakPassword.${d.code}`, { defaultValue: t("apiErrors.weakPassword.guessable") })
          : problem.code === "wrong_password"
            ? t("apiErrors.wrong_password")
            : t(`apiErrors.field.${d.path}`, { defaultValue: t("errors.invalid") });
    }
  }
  if (problem.code === "too_many_attempts") {
    const seconds = (problem.details as { retryAfterSeconds?: number } | null)?.retryAfterSeconds ?? 60;
    return {
      fields,
      form:
        seconds < 90
          ? t("apiErrors.too_many_attempts_seconds", { count: seconds })
          : t("apiErrors.too_many_attempts_minutes", { count: Math.ceil(seconds / 60) }),
    };
  }
  const known = [
    "unauthorized",
    "email_taken",
    "rate_limited",
    "invalid_invite",
    "already_member",
    "forbidden",
    "last_owner",
    "last_member",
    "invalid_reset",
    "export_running",
  ];
  const form = known.includes(problem.code)
    ? t(`apiErrors.${problem.code}`)
    : Object.keys(fields).length
      ? undefined
      : t("errors.generic");
  return form ? { fields, form } : { fields };
};
