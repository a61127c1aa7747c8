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
    for (const d of problem.details as { path?: string }[]) {
      if (d.path) fields[d.path] ??= t(`apiErrors.field.${d.path}`, { defaultValue: t("errors.invalid") });
    }
  }
  const known = [
    "unauthorized",
    "email_taken",
    "rate_limited",
    "invalid_invite",
    "already_member",
    "forbidden",
    "last_owner",
  ];
  const form = known.includes(problem.code)
    ? t(`apiErrors.${problem.code}`)
    : Object.keys(fields).length
      ? undefined
      : t("errors.generic");
  return form ? { fields, form } : { fields };
};
