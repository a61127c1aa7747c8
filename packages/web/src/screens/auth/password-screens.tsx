/**
 * Getting back in after forgetting the password: ask for a link by e-mail (or learn that this
 * server cannot send mail, and whom to ask), then choose a new password from the link.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { call } from "../../api/client.ts";
import { useSessionContext } from "../../session/session.tsx";
import { Field } from "../../ui/field.tsx";
import { problemMessages } from "../../ui/form-errors.ts";
import { PasswordField } from "../../ui/password-field.tsx";
import { LanguagePicker } from "./auth-screens.tsx";

type Errors = { fields: Record<string, string>; form?: string };

export const ForgotPasswordScreen = () => {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [errors, setErrors] = useState<Errors>({ fields: {} });
  const [sent, setSent] = useState<"mail" | "no-mail" | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (!email.trim()) return setErrors({ fields: { email: t("errors.required") } });
    setBusy(true);
    const res = await call("POST /api/auth/password-reset", { body: { email: email.trim() } });
    setBusy(false);
    if (!res.ok) return setErrors(problemMessages(res.error, t));
    setErrors({ fields: {} });
    setSent(res.value.mail ? "mail" : "no-mail");
  };
  return (
    <main className="auth">
      <h1 className="brand">{t("app.name")}</h1>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <h2>{t("auth.forgotTitle")}</h2>
        <p>{t("auth.forgotIntro")}</p>
        <Field label={t("auth.email")} error={errors.fields.email}>
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        {errors.form && (
          <p className="error" role="alert">
            {errors.form}
          </p>
        )}
        {sent && (
          <p className="notice" role="status" data-testid="reset-sent">
            {t(sent === "mail" ? "auth.forgotSent" : "auth.forgotNoMail")}
          </p>
        )}
        <button type="submit" className="primary big" disabled={busy}>
          {t("auth.forgotSend")}
        </button>
      </form>
      <p className="switch">
        <Link to="/login">{t("auth.backToLogin")}</Link>
      </p>
      <LanguagePicker />
    </main>
  );
};

export const ResetPasswordScreen = () => {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { reload } = useSessionContext();
  const navigate = useNavigate();
  const token = params.get("token") ?? "";
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Errors>({ fields: {} });
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!password) return setErrors({ fields: { password: t("errors.required") } });
    setBusy(true);
    const res = await call("POST /api/auth/password-reset/confirm", { body: { token, password } });
    setBusy(false);
    if (!res.ok) return setErrors(problemMessages(res.error, t));
    await reload();
    navigate("/");
  };
  return (
    <main className="auth">
      <h1 className="brand">{t("app.name")}</h1>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2>{t("auth.resetTitle")}</h2>
        <PasswordField
          label={t("auth.newPassword")}
          error={errors.fields.password}
          hint={t("auth.passwordHint")}
          kind="new"
          value={password}
          onChange={setPassword}
        />
        {errors.form && (
          <p className="error" role="alert">
            {errors.form}
          </p>
        )}
        <button type="submit" className="primary big" disabled={busy}>
          {t("auth.resetSave")}
        </button>
      </form>
      <p className="switch">
        <Link to="/forgot">{t("auth.askAgain")}</Link>
      </p>
    </main>
  );
};
