/** Settings: this phone's language, units, clock and theme; the household's people; export; log out. */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../../api/client.ts";
import { formatDateTime } from "../../format.ts";
import { useHousehold, useSessionContext } from "../../session/session.tsx";
import { type Settings, updateSettings, useSettings } from "../../settings/settings.ts";
import { Confirm } from "../../ui/confirm.tsx";
import { Field } from "../../ui/field.tsx";
import { problemMessages } from "../../ui/form-errors.ts";
import { useToast } from "../../ui/toast.tsx";
import { AccountCard } from "./account-card.tsx";

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

/** How long a helper's access lasts, chosen by whoever invites them. */
const helperAccessHours = { day: 24, week: 24 * 7, month: 24 * 30, untilRemoved: null } as const;
type HelperAccess = keyof typeof helperAccessHours;

const Invite = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { household } = useHousehold();
  const roles =
    household.role === "owner" ? (["caregiver", "helper", "owner"] as const) : (["helper"] as const);
  const [role, setRole] = useState<"caregiver" | "helper" | "owner">(roles[0]);
  const [access, setAccess] = useState<HelperAccess>("day");
  const [invite, setInvite] = useState<{
    code: string;
    link: string;
    expiresAt: string;
    accessUntil: string | null;
  } | null>(null);
  const [error, setError] = useState<string>();
  const create = async () => {
    const res = await api<{ code: string; link: string; expiresAt: string; accessUntil: string | null }>(
      "POST",
      `/api/households/${household.id}/invites`,
      role === "helper" ? { role, helperAccessHours: helperAccessHours[access] } : { role },
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
      {role === "helper" && (
        <div className="field">
          <label htmlFor="invite-access">{t("settings.helperAccessFor")}</label>
          <select
            id="invite-access"
            value={access}
            onChange={(e) => setAccess(e.target.value as HelperAccess)}
          >
            {(Object.keys(helperAccessHours) as HelperAccess[]).map((a) => (
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

const People = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { session, household } = useHousehold();
  const { reload } = useSessionContext();
  const toast = useToast();
  const [leaving, setLeaving] = useState(false);
  const [leaveError, setLeaveError] = useState<string>();
  const act = async (method: string, path: string, body?: unknown) => {
    const res = await api(method, `/api/households/${household.id}${path}`, body);
    if (!res.ok) {
      const text = problemMessages(res.error, t).form ?? t("errors.generic");
      toast({ text });
      return false;
    }
    await reload();
    return true;
  };
  const leave = async () => {
    const res = await api("DELETE", `/api/households/${household.id}/members/${session.user.id}`);
    if (!res.ok) return setLeaveError(problemMessages(res.error, t).form ?? t("errors.generic"));
    await reload();
  };
  const owner = household.role === "owner";
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
        {household.members.map((m) => (
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
                  onChange={(e) => void act("PATCH", `/members/${m.userId}`, { role: e.target.value })}
                >
                  {(["owner", "caregiver", "helper"] as const).map((r) => (
                    <option key={r} value={r}>
                      {t(`roles.${r}`)}
                    </option>
                  ))}
                </select>
                {m.role === "helper" && (
                  <select
                    aria-label={t("settings.helperAccessOf", { name: m.name })}
                    value=""
                    onChange={(e) => {
                      const hours = helperAccessHours[e.target.value as HelperAccess];
                      void act("PATCH", `/members/${m.userId}`, {
                        accessUntil:
                          hours === null ? null : new Date(Date.now() + hours * 3600_000).toISOString(),
                      });
                    }}
                  >
                    <option value="">{t("settings.helperAccessChange")}</option>
                    {(Object.keys(helperAccessHours) as HelperAccess[]).map((a) => (
                      <option key={a} value={a}>
                        {t(`settings.helperAccessFromNow.${a}`)}
                      </option>
                    ))}
                  </select>
                )}
                <button
                  type="button"
                  className="link"
                  onClick={() => void act("DELETE", `/members/${m.userId}`)}
                >
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

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Every IANA zone the browser knows, with the given one kept even if the browser lacks it. */
const zonesWith = (current: string): string[] => {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return known.includes(current) ? known : [current, ...known];
};

const Babies = () => {
  const { t } = useTranslation();
  const { household } = useHousehold();
  const { reload } = useSessionContext();
  const [editing, setEditing] = useState<{
    id?: string;
    name: string;
    birthDate: string;
    dueDate: string;
    sex: string;
    timeZone: string;
  } | null>(null);
  const [error, setError] = useState<string>();
  if (household.role === "helper") return null;
  const save = async () => {
    if (!editing) return;
    if (!editing.name.trim() || !editing.birthDate) return setError(t("errors.required"));
    const body = {
      name: editing.name.trim(),
      birthDate: editing.birthDate,
      dueDate: editing.dueDate || null,
      sex: editing.sex || null,
      timeZone: editing.timeZone,
    };
    const res = editing.id
      ? await api("PATCH", `/api/households/${household.id}/babies/${editing.id}`, body)
      : await api("POST", `/api/households/${household.id}/babies`, body);
    if (!res.ok) return setError(res.error.code === "offline" ? t("errors.offline") : res.error.message);
    setError(undefined);
    setEditing(null);
    await reload();
  };
  return (
    <section className="card" aria-labelledby="babies">
      <h2 id="babies">{t("settings.babies")}</h2>
      <ul className="members">
        {household.babies.map((b) => (
          <li key={b.id}>
            <span>{b.name}</span>
            <button
              type="button"
              className="link"
              onClick={() =>
                setEditing({
                  id: b.id,
                  name: b.name,
                  birthDate: b.birthDate,
                  dueDate: b.dueDate ?? "",
                  sex: b.sex ?? "",
                  timeZone: b.timeZone,
                })
              }
            >
              {t("settings.editBaby", { name: b.name })}
            </button>
          </li>
        ))}
      </ul>
      {editing ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Field label={t("welcome.babyName")}>
            {(p) => (
              <input
                {...p}
                value={editing.name}
                onChange={(e) => setEditing({ ...editing, name: e.target.value })}
              />
            )}
          </Field>
          <Field label={t("welcome.birthDate")}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={editing.birthDate}
                onChange={(e) => setEditing({ ...editing, birthDate: e.target.value })}
              />
            )}
          </Field>
          <Field label={t("welcome.dueDate")} hint={t("welcome.dueDateHint")} error={error}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={editing.dueDate}
                onChange={(e) => setEditing({ ...editing, dueDate: e.target.value })}
              />
            )}
          </Field>
          <Field label={t("welcome.sex")} hint={t("welcome.sexHint")}>
            {(p) => (
              <select
                {...p}
                value={editing.sex}
                onChange={(e) => setEditing({ ...editing, sex: e.target.value })}
              >
                <option value="">{t("welcome.sexNone")}</option>
                <option value="female">{t("welcome.sexFemale")}</option>
                <option value="male">{t("welcome.sexMale")}</option>
              </select>
            )}
          </Field>
          <Field label={t("settings.timeZone")} hint={t("settings.timeZoneHint", { device: deviceZone() })}>
            {(p) => (
              <select
                {...p}
                value={editing.timeZone}
                onChange={(e) => setEditing({ ...editing, timeZone: e.target.value })}
              >
                {zonesWith(editing.timeZone).map((z) => (
                  <option key={z} value={z}>
                    {z.replaceAll("_", " ")}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form-actions">
            <button type="button" className="secondary" onClick={() => setEditing(null)}>
              {t("common.cancel")}
            </button>
            <button type="submit" className="primary">
              {t("common.save")}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setEditing({ name: "", birthDate: "", dueDate: "", sex: "", timeZone: deviceZone() })
          }
        >
          {t("settings.addBaby")}
        </button>
      )}
    </section>
  );
};

/** For someone in more than one household (a grandparent, a babysitter for two families). */
const Households = () => {
  const { t } = useTranslation();
  const { session, household } = useHousehold();
  const { chooseHousehold } = useSessionContext();
  if (session.households.length < 2) return null;
  return (
    <section className="card" aria-labelledby="households">
      <h2 id="households">{t("settings.households.title")}</h2>
      <Field label={t("settings.households.choose")} hint={t("settings.households.hint")}>
        {(p) => (
          <select {...p} value={household.id} onChange={(e) => void chooseHousehold(e.target.value)}>
            {session.households.map((h) => (
              <option key={h.householdId} value={h.householdId}>
                {h.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </section>
  );
};

export const SettingsScreen = () => {
  const { t } = useTranslation();
  const { household, engine } = useHousehold();
  const { reload } = useSessionContext();
  // The people and babies as they are now: someone may have joined since the app opened.
  useEffect(() => {
    void reload();
  }, [reload]);
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
      <Households />
      <People />
      <Babies />
      {household.role !== "helper" && <Invite />}
      <section className="card" aria-labelledby="your-data">
        <h2 id="your-data">{t("settings.yourData")}</h2>
        <p>
          <a href="/api/export" download>
            {t("settings.export")}
          </a>
        </p>
        <p className="hint">{t("settings.exportHint")}</p>
        {household.role !== "helper" && (
          <p>
            <Link to="/import">{t("settings.import")}</Link>
          </p>
        )}
        <p className="hint">{t("settings.syncState", { state: t(`sync.${engine.status}`) })}</p>
      </section>
      <AccountCard />
    </div>
  );
};
