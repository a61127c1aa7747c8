/** Inviting someone: a caregiver or an owner, or a helper for a day, a week, a month or until removed. */
import { invitableRoles, type Role } from "@attune/core/light";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { call, type ResponseOf } from "../../api/client.ts";
import { formatDateTime } from "../../format.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { problemMessages } from "../../ui/form-errors.ts";
import { type HelperAccess, helperAccessChoices, helperAccessHours } from "./helper-access.ts";

export const InviteCard = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { household } = useHousehold();
  const roles = invitableRoles(household);
  const [role, setRole] = useState<Role>(roles[0] ?? "helper");
  const [access, setAccess] = useState<HelperAccess>("day");
  const [invite, setInvite] = useState<ResponseOf<"POST /api/households/:householdId/invites"> | null>(null);
  const [error, setError] = useState<string>();
  const create = async () => {
    const res = await call("POST /api/households/:householdId/invites", {
      params: { householdId: household.id },
      body: role === "helper" ? { role, helperAccessHours: helperAccessHours[access] } : { role },
    });
    if (!res.ok) return setError(problemMessages(res.error, t).form ?? t("errors.generic"));
    setError(undefined);
    setInvite(res.value);
  };
  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t("settings.inviteTitle")}</h2>
      <div className="field">
        <label htmlFor="invite-role">{t("settings.inviteRole")}</label>
        <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as typeof role)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="hint">{t(`settings.roleHelp.${role}`)}</p>
      {role === "helper" && (
        <div className="field">
          <label htmlFor="invite-access">{t("settings.helperAccessFor")}</label>
          <select
            id="invite-access"
            value={access}
            onChange={(e) => setAccess(e.target.value as HelperAccess)}
          >
            {helperAccessChoices.map((a) => (
              <option key={a} value={a}>
                {t(`settings.helperAccess.${a}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="button" className="secondary" onClick={() => void create()}>
        {t("settings.createInvite")}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {invite && (
        <div className="invite" data-testid="invite">
          <p>
            {t("settings.inviteCode")} <strong className="code">{invite.code}</strong>
          </p>
          <p className="hint">
            {t("settings.inviteExpires", { time: formatDateTime(invite.expiresAt, settings) })}
          </p>
          {invite.accessUntil && (
            <p className="hint">
              {t("settings.inviteAccessUntil", { time: formatDateTime(invite.accessUntil, settings) })}
            </p>
          )}
          <input
            aria-label={t("settings.inviteLink")}
            readOnly
            value={invite.link}
            onFocus={(e) => e.target.select()}
          />
        </div>
      )}
    </section>
  );
};
