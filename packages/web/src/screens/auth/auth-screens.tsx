/** Log in and sign up. A code from an invite link is kept and used right after. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { call } from "../../api/client.ts";
import { useSessionContext } from "../../session/session.tsx";
import { updateSettings, useSettings } from "../../settings/settings.ts";
import { Field } from "../../ui/field.tsx";
import { problemMessages } from "../../ui/form-errors.ts";
import { PasswordField } from "../../ui/password-field.tsx";

const AuthForm = ({ mode }: { mode: "login" | "signup" }) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { reload } = useSessionContext();
  const navigate = useNavigate();
  const [form, setForm] = useState({ name: "", email: "", password: "" });
  const [errors, setErrors] = useState<{ fields: Record<string, string>; form?: string }>({ fields: {} });
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    const res =
      mode === "signup"
        ? await call("POST /api/auth/signup", { body: { ...form, locale: settings.language } })
        : await call("POST /api/auth/login", { body: { email: form.email, password: form.password } });
    setBusy(false);
    if (!res.ok) {
      setErrors(problemMessages(res.error, t));
      return;
    }
    await reload();
    const code = sessionStorage.getItem("attune-join-code");
    navigate(code ? `/join?code=${encodeURIComponent(code)}` : "/");
  };

  return (
    <main className="auth">
      <h1 className="brand">{t("app.name")}</h1>
      <p className="tagline">{t("app.tagline")}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2>{t(mode === "signup" ? "auth.signupTitle" : "auth.loginTitle")}</h2>
        {mode === "signup" && (
          <Field label={t("auth.name")} error={errors.fields.name}>
            {(p) => (
              <input
                {...p}
                autoComplete="name"
                value={form.name}
                onChange={(e) => setForm({ ...form, name: e.target.value })}
              />
            )}
          </Field>
        )}
        <Field label={t("auth.email")} error={errors.fields.email}>
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="email"
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.target.value })}
            />
          )}
        </Field>
        <PasswordField
          label={t("auth.password")}
          error={errors.fields.password}
          hint={mode === "signup" ? t("auth.passwordHint") : undefined}
          kind={mode === "signup" ? "new" : "current"}
          value={form.password}
          onChange={(password) => setForm({ ...form, password })}
        />
        {errors.form && (
          <p className="error" role="alert">
            {errors.form}
          </p>
        )}
        <button type="submit" className="primary big" disabled={busy}>
          {t(mode === "signup" ? "auth.signup" : "auth.login")}
        </button>
      </form>
      <p className="switch">
        {mode === "signup" ? (
          <Link to="/login">{t("auth.haveAccount")}</Link>
        ) : (
          <Link to="/signup">{t("auth.noAccount")}</Link>
        )}
      </p>
      {mode === "login" && (
        <p className="switch">
          <Link to="/forgot">{t("auth.forgot")}</Link>
        </p>
      )}
      <LanguagePicker />
    </main>
  );
};

export const LanguagePicker = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <div className="language-picker">
      <label htmlFor="language-picker">{t("settings.language")}</label>
      <select
        id="language-picker"
        value={settings.language}
        onChange={(e) => updateSettings({ language: e.target.value as "en" | "es" })}
      >
        <option value="en">English</option>
        <option value="es">Español</option>
      </select>
    </div>
  );
};

export const LoginScreen = () => <AuthForm mode="login" />;
export const SignupScreen = () => <AuthForm mode="signup" />;
