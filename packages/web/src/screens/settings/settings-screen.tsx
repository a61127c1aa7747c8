/** Settings: this phone's language, units, clock and theme; the household's people; export; log out. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { formatTime } from "../../format.ts";
import { useHousehold, useSessionContext } from "../../session/session.tsx";
import { type Settings, updateSettings, useSettings } from "../../settings/settings.ts";
import { useToast } from "../../ui/toast.tsx";

const Choice = <K extends keyof Settings>({
  name,
  options,
}: {
  name: K;
  options: readonly Settings[K][];
}) => {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <div className="field">
      <label htmlFor={`setting-${String(name)}`}>{t(`settings.${String(name)}`)}</label>
      <select
        id={`setting-${String(name)}`}
        value={String(settings[name])}
        onChange={(e) => {
          const raw = e.target.value;
          updateSettings({
            [name]: typeof settings[name] === "boolean" ? raw === "true" : raw,
          } as Partial<Settings>);
        }}
      >
        {options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {t(`settings.options.${String(name)}.${String(o)}`)}
          </option>
        ))}
      </select>
    </div>
  );
};

const Invite = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { household } = useHousehold();
  const [role, setRole] = useState<"caregiver" | "helper" | "owner">("caregiver");
  const [invite, setInvite] = useState<{ code: string; link: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<string>();
  const roles =
    household.role === "owner" ? (["caregiver", "helper", "owner"] as const) : (["helper"] as const);
  const create = async () => {
    const res = await api<{ code: string; link: string; expiresAt: string }>(
      "POST",
      `/api/households/${household.id}/invites`,
      { role },
    );
    if (!res.ok) return setError(res.error.code === "offline" ? t("errors.offline") : t("errors.generic"));
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
            {t("settings.inviteExpires", { time: formatTime(invite.expiresAt, settings) })}
          </p>
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

export const SettingsScreen = () => {
  const { t } = useTranslation();
  const { session, household, engine } = useHousehold();
  const { signOut, reload } = useSessionContext();
  const toast = useToast();
  const removeMember = async (userId: string) => {
    const res = await api("DELETE", `/api/households/${household.id}/members/${userId}`);
    if (!res.ok)
      return toast({
        text: res.error.code === "last_owner" ? t("apiErrors.last_owner") : t("errors.generic"),
      });
    await reload();
  };
  return (
    <div className="settings">
      <h1>{t("settings.title")}</h1>
      <section className="card" aria-labelledby="this-phone">
        <h2 id="this-phone">{t("settings.thisPhone")}</h2>
        <Choice name="language" options={["en", "es"]} />
        <Choice name="volume" options={["ml", "oz"]} />
        <Choice name="weight" options={["kg", "lb"]} />
        <Choice name="temperature" options={["c", "f"]} />
        <Choice name="clock" options={["24", "12"]} />
        <Choice name="theme" options={["system", "light", "dark", "night"]} />
        <Choice name="autoNight" options={[false, true]} />
      </section>
      <section className="card" aria-labelledby="people">
        <h2 id="people">{t("settings.people", { household: household.name })}</h2>
        <ul className="members">
          {household.members.map((m) => (
            <li key={m.userId}>
              <span>
                {m.name} · {t(`roles.${m.role}`)}
              </span>
              {household.role === "owner" && m.userId !== session.user.id && (
                <button type="button" className="link" onClick={() => void removeMember(m.userId)}>
                  {t("settings.remove", { name: m.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      {household.role !== "helper" && <Invite />}
      <section className="card" aria-labelledby="your-data">
        <h2 id="your-data">{t("settings.yourData")}</h2>
        <p>
          <a href="/api/export" download>
            {t("settings.export")}
          </a>
        </p>
        <p className="hint">{t("settings.syncState", { state: t(`sync.${engine.status}`) })}</p>
      </section>
      <section className="card" aria-labelledby="account">
        <h2 id="account">{t("settings.account", { name: session.user.name })}</h2>
        <button type="button" className="secondary" onClick={() => void signOut()}>
          {t("settings.logout")}
        </button>
      </section>
    </div>
  );
};
