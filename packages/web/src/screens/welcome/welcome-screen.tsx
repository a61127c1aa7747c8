/** After signing up: start a household with the baby, or join one with an invite code. */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { api } from "../../api/client.ts";
import { formatDateTime } from "../../format.ts";
import { useSessionContext } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { Field } from "../../ui/field.tsx";
import { problemMessages } from "../../ui/form-errors.ts";

const today = () => new Date().toISOString().slice(0, 10);

export const WelcomeScreen = () => {
  const { t } = useTranslation();
  const { reload } = useSessionContext();
  const [form, setForm] = useState({ household: "", baby: "", birthDate: "", dueDate: "", sex: "" });
  const [errors, setErrors] = useState<{ fields: Record<string, string>; form?: string }>({ fields: {} });

  const create = async () => {
    const fields: Record<string, string> = {};
    if (!form.baby.trim()) fields.name = t("errors.required");
    if (!form.birthDate) fields.birthDate = t("errors.required");
    else if (form.birthDate > today()) fields.birthDate = t("errors.future");
    if (Object.keys(fields).length) return setErrors({ fields });
    const household = await api<{ id: string }>("POST", "/api/households", {
      name: form.household.trim() || t("welcome.defaultHousehold", { baby: form.baby.trim() }),
    });
    if (!household.ok) return setErrors(problemMessages(household.error, t));
    const baby = await api("POST", `/api/households/${household.value.id}/babies`, {
      name: form.baby.trim(),
      birthDate: form.birthDate,
      dueDate: form.dueDate || null,
      sex: form.sex || null,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    if (!baby.ok) return setErrors(problemMessages(baby.error, t));
    await reload();
  };

  return (
    <main className="welcome">
      <h1>{t("welcome.title")}</h1>
      <p>{t("welcome.intro")}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <h2>{t("welcome.createTitle")}</h2>
        <Field label={t("welcome.babyName")} error={errors.fields.name}>
          {(p) => (
            <input {...p} value={form.baby} onChange={(e) => setForm({ ...form, baby: e.target.value })} />
          )}
        </Field>
        <Field label={t("welcome.birthDate")} error={errors.fields.birthDate}>
          {(p) => (
            <input
              {...p}
              type="date"
              max={today()}
              value={form.birthDate}
              onChange={(e) => setForm({ ...form, birthDate: e.target.value })}
            />
          )}
        </Field>
        <Field label={t("welcome.dueDate")} hint={t("welcome.dueDateHint")} error={errors.fields.dueDate}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={form.dueDate}
              onChange={(e) => setForm({ ...form, dueDate: e.target.value })}
            />
          )}
        </Field>
        <Field label={t("welcome.sex")} hint={t("welcome.sexHint")}>
          {(p) => (
            <select {...p} value={form.sex} onChange={(e) => setForm({ ...form, sex: e.target.value })}>
              <option value="">{t("welcome.sexNone")}</option>
              <option value="female">{t("welcome.sexFemale")}</option>
              <option value="male">{t("welcome.sexMale")}</option>
            </select>
          )}
        </Field>
        <Field label={t("welcome.householdName")} hint={t("welcome.householdHint")}>
          {(p) => (
            <input
              {...p}
              value={form.household}
              onChange={(e) => setForm({ ...form, household: e.target.value })}
            />
          )}
        </Field>
        {errors.form && (
          <p className="error" role="alert">
            {errors.form}
          </p>
        )}
        <button type="submit" className="primary big">
          {t("welcome.create")}
        </button>
      </form>
      <JoinForm />
    </main>
  );
};

interface InvitePreview {
  readonly householdName: string;
  readonly invitedBy: string | null;
  readonly role: "owner" | "caregiver" | "helper";
  readonly expiresAt: string;
  readonly accessUntil: string | null;
}

/** What a code is for, once it is typed whole: the household, who invited, the role, until when. */
const useInvitePreview = (code: string): InvitePreview | null => {
  const [preview, setPreview] = useState<InvitePreview | null>(null);
  const whole = code.replace(/[^a-z0-9]/gi, "").length === 12;
  useEffect(() => {
    setPreview(null);
    if (!whole) return;
    let current = true;
    void api<InvitePreview>("GET", `/api/invites/preview?code=${encodeURIComponent(code.trim())}`).then(
      (res) => {
        if (current && res.ok) setPreview(res.value);
      },
    );
    return () => {
      current = false;
    };
  }, [code, whole]);
  return preview;
};

const InviteSummary = ({ preview }: { preview: InvitePreview }) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const role = t(`roles.${preview.role}`).toLowerCase();
  return (
    <div className="notice invite-preview" data-testid="invite-preview">
      <p>
        {preview.invitedBy
          ? t("welcome.invitedBy", { name: preview.invitedBy, household: preview.householdName, role })
          : t("welcome.invitedTo", { household: preview.householdName, role })}
      </p>
      {preview.role === "helper" && (
        <p>
          {preview.accessUntil
            ? t("welcome.helperUntil", { time: formatDateTime(preview.accessUntil, settings) })
            : t("welcome.helperUntilRemoved")}
        </p>
      )}
      <p className="hint">
        {t("welcome.codeWorksUntil", { time: formatDateTime(preview.expiresAt, settings) })}
      </p>
    </div>
  );
};

export const JoinForm = ({ initialCode = "" }: { initialCode?: string }) => {
  const { t } = useTranslation();
  const { chooseHousehold } = useSessionContext();
  const navigate = useNavigate();
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<string>();
  const preview = useInvitePreview(code);
  const join = async () => {
    if (!code.trim()) return setError(t("errors.required"));
    const res = await api<{ householdId: string }>("POST", "/api/invites/accept", { code: code.trim() });
    if (!res.ok) {
      const m = problemMessages(res.error, t);
      return setError(m.form ?? m.fields.code ?? t("apiErrors.invalid_invite"));
    }
    sessionStorage.removeItem("attune-join-code");
    // Show the household just joined, also to someone who already had one.
    await chooseHousehold(res.value.householdId);
    navigate("/");
  };
  return (
    <form
      className="join"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void join();
      }}
    >
      <h2>{t("welcome.joinTitle")}</h2>
      <Field label={t("welcome.code")} error={error} hint={t("welcome.codeHint")}>
        {(p) => (
          <input {...p} autoCapitalize="characters" value={code} onChange={(e) => setCode(e.target.value)} />
        )}
      </Field>
      {preview && <InviteSummary preview={preview} />}
      <button type="submit" className="secondary big">
        {t("welcome.join")}
      </button>
    </form>
  );
};

/**
 * /join?code=…: what the invite is for, then, signed in, a tap to join; signed out, the code is kept
 * while the person creates an account or logs in.
 */
export const JoinScreen = ({ signedIn }: { signedIn: boolean }) => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const code = params.get("code") ?? "";
  const preview = useInvitePreview(code);
  useEffect(() => {
    if (!signedIn && code) sessionStorage.setItem("attune-join-code", code);
  }, [signedIn, code]);
  if (!signedIn)
    return (
      <main className="welcome">
        <h1>{t("welcome.joinTitle")}</h1>
        {preview && <InviteSummary preview={preview} />}
        <p>{t("welcome.joinSignedOut")}</p>
        <p>
          <Link className="button primary big" to="/signup">
            {t("auth.signup")}
          </Link>
        </p>
        <p>
          <Link to="/login">{t("auth.haveAccount")}</Link>
        </p>
      </main>
    );
  return (
    <main className="welcome">
      <h1>{t("welcome.joinTitle")}</h1>
      <JoinForm initialCode={code} />
    </main>
  );
};
