/**
 * The account: change the password, log out on every phone, download everything, delete the
 * account. Each says plainly what it does before it does it; the password is asked where it matters.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { call, linkTo } from "../../api/client.ts";
import { forgetAccount, useHousehold, useSessionContext } from "../../session/session.tsx";
import { Confirm } from "../../ui/confirm.tsx";
import { problemMessages } from "../../ui/form-errors.ts";
import { PasswordField } from "../../ui/password-field.tsx";
import { useToast } from "../../ui/toast.tsx";

type Errors = { fields: Record<string, string>; form?: string };

const ChangePassword = () => {
  const { t } = useTranslation();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ current: "", next: "" });
  const [errors, setErrors] = useState<Errors>({ fields: {} });
  const save = async () => {
    const missing: Record<string, string> = {};
    if (!form.current) missing.current = t("errors.required");
    if (!form.next) missing.next = t("errors.required");
    if (Object.keys(missing).length) return setErrors({ fields: missing });
    const res = await call("POST /api/account/password", { body: form });
    if (!res.ok) return setErrors(problemMessages(res.error, t));
    setErrors({ fields: {} });
    setForm({ current: "", next: "" });
    setOpen(false);
    toast({ text: t("account.passwordChanged") });
  };
  if (!open)
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t("account.changePassword")}
      </button>
    );
  return (
    <form
      noValidate
      data-testid="change-password"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{t("account.changePassword")}</h3>
      <PasswordField
        label={t("account.currentPassword")}
        error={errors.fields.current}
        kind="current"
        value={form.current}
        onChange={(current) => setForm({ ...form, current })}
      />
      <PasswordField
        label={t("auth.newPassword")}
        error={errors.fields.next}
        hint={t("auth.passwordHint")}
        kind="new"
        value={form.next}
        onChange={(next) => setForm({ ...form, next })}
      />
      <p className="hint">{t("account.changePasswordHint")}</p>
      {errors.form && (
        <p className="error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="primary">
          {t("account.changePasswordSave")}
        </button>
      </div>
    </form>
  );
};

const LogoutEverywhere = () => {
  const { t } = useTranslation();
  const { reload } = useSessionContext();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string>();
  const go = async () => {
    const res = await call("POST /api/auth/logout-everywhere");
    if (!res.ok) return setError(problemMessages(res.error, t).form);
    await reload();
  };
  return (
    <div className="confirmable">
      {asking ? (
        <Confirm
          title={t("account.logoutEverywhere")}
          error={error}
          yes={t("account.logoutEverywhereYes")}
          onYes={() => void go()}
          onCancel={() => setAsking(false)}
        >
          <p>{t("account.logoutEverywhereExplain")}</p>
        </Confirm>
      ) : (
        <button type="button" className="secondary" onClick={() => setAsking(true)}>
          {t("account.logoutEverywhere")}
        </button>
      )}
    </div>
  );
};

const DeleteAccount = () => {
  const { t } = useTranslation();
  const { reload } = useSessionContext();
  const { session } = useHousehold();
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Errors>({ fields: {} });
  const remove = async () => {
    if (!password) return setErrors({ fields: { password: t("errors.required") } });
    const res = await call("DELETE /api/account", { body: { password } });
    if (!res.ok) {
      if (res.error.code === "last_owner")
        return setErrors({ fields: {}, form: t("account.deleteLastOwner") });
      return setErrors(problemMessages(res.error, t));
    }
    await forgetAccount(session.user.id);
    await reload();
  };
  if (!asking)
    return (
      <button type="button" className="secondary danger" onClick={() => setAsking(true)}>
        {t("account.delete")}
      </button>
    );
  return (
    <form
      noValidate
      className="confirm"
      data-testid="delete-account"
      onSubmit={(e) => {
        e.preventDefault();
        void remove();
      }}
    >
      <h3>{t("account.delete")}</h3>
      <p>{t("account.deleteExplain")}</p>
      <ul>
        <li>{t("account.deletePrivate")}</li>
        <li>{t("account.deleteAlone")}</li>
        <li>{t("account.deleteShared")}</li>
      </ul>
      <p>
        <a href={linkTo("GET /api/export")} download>
          {t("account.deleteExportFirst")}
        </a>
      </p>
      <PasswordField
        label={t("account.deletePassword")}
        error={errors.fields.password}
        kind="current"
        value={password}
        onChange={setPassword}
      />
      {errors.form && (
        <p className="error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="primary danger">
          {t("account.deleteYes")}
        </button>
      </div>
    </form>
  );
};

export const AccountCard = () => {
  const { t } = useTranslation();
  const { session } = useHousehold();
  const { signOut } = useSessionContext();
  return (
    <section className="card account" aria-labelledby="account">
      <h2 id="account">{t("settings.account", { name: session.user.name })}</h2>
      <p className="hint">{session.user.email}</p>
      <div className="stack">
        <button type="button" className="secondary" onClick={() => void signOut()}>
          {t("settings.logout")}
        </button>
        <ChangePassword />
        <LogoutEverywhere />
        <DeleteAccount />
      </div>
    </section>
  );
};
