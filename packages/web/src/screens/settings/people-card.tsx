/** The household's people: their roles and a helper's access; an owner changes them; anyone may leave. */
import { canManagePeople, type Role, roleNames } from "@attune/core/light";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiResult } from "../../api/client.ts";
import { formatDateTime } from "../../format.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { Confirm } from "../../ui/confirm.tsx";
import { problemMessages } from "../../ui/form-errors.ts";
import { useToast } from "../../ui/toast.tsx";
import { accessUntilFromNow, type HelperAccess, helperAccessChoices } from "./helper-access.ts";
import { useMembers } from "./use-members.ts";

export const PeopleCard = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { session, household } = useHousehold();
  const { members, changeRole, changeAccess, remove, leave: leaveHousehold } = useMembers();
  const toast = useToast();
  const [leaving, setLeaving] = useState(false);
  const [leaveError, setLeaveError] = useState<string>();
  /** A refused change is said in a toast; the list stays as the server has it. */
  const act = async (change: Promise<ApiResult<unknown>>) => {
    const res = await change;
    if (!res.ok) toast({ text: problemMessages(res.error, t).form ?? t("errors.generic") });
  };
  const leave = async () => {
    const res = await leaveHousehold();
    if (!res.ok) setLeaveError(problemMessages(res.error, t).form ?? t("errors.generic"));
  };
  const owner = canManagePeople(household);
  const accessText = (m: (typeof household.members)[number]) =>
    m.role !== "helper"
      ? undefined
      : m.accessUntil
        ? t("settings.helperUntil", { time: formatDateTime(m.accessUntil, settings) })
        : t("settings.helperUntilRemoved");
  return (
    <section className="card" aria-labelledby="people">
      <h2 id="people">{t("settings.people", { household: household.name })}</h2>
      <ul className="members">
        {members.map((m) => (
          <li key={m.userId}>
            <span>
              {m.userId === session.user.id ? t("settings.you", { name: m.name }) : m.name}
              {accessText(m) && <span className="hint member-access">{accessText(m)}</span>}
            </span>
            {owner && m.userId !== session.user.id ? (
              <span className="member-actions">
                <select
                  aria-label={t("settings.roleOf", { name: m.name })}
                  value={m.role}
                  onChange={(e) => void act(changeRole(m.userId, e.target.value as Role))}
                >
                  {roleNames.map((r) => (
                    <option key={r} value={r}>
                      {t(`roles.${r}`)}
                    </option>
                  ))}
                </select>
                {m.role === "helper" && (
                  <select
                    aria-label={t("settings.helperAccessOf", { name: m.name })}
                    value=""
                    onChange={(e) =>
                      void act(
                        changeAccess(
                          m.userId,
                          accessUntilFromNow(e.target.value as HelperAccess, Date.now()),
                        ),
                      )
                    }
                  >
                    <option value="">{t("settings.helperAccessChange")}</option>
                    {helperAccessChoices.map((a) => (
                      <option key={a} value={a}>
                        {t(`settings.helperAccessFromNow.${a}`)}
                      </option>
                    ))}
                  </select>
                )}
                <button type="button" className="link" onClick={() => void act(remove(m.userId))}>
                  {t("settings.remove", { name: m.name })}
                </button>
              </span>
            ) : (
              <span className="hint">{t(`roles.${m.role}`)}</span>
            )}
          </li>
        ))}
      </ul>
      {leaving ? (
        <Confirm
          title={t("settings.leaveConfirm", { household: household.name })}
          error={leaveError}
          yes={t("settings.leaveYes")}
          danger
          onYes={() => void leave()}
          onCancel={() => setLeaving(false)}
        >
          <p>{t("settings.leaveExplain")}</p>
        </Confirm>
      ) : (
        <button type="button" className="secondary" onClick={() => setLeaving(true)}>
          {t("settings.leave", { household: household.name })}
        </button>
      )}
    </section>
  );
};
