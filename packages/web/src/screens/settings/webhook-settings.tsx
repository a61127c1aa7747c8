/** The household's webhook: where its reminders are also posted (Home Assistant, ntfy), signed. */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { call } from "../../api/client.ts";
import { useHousehold } from "../../session/session.tsx";
import { problemMessages } from "../../ui/form-errors.ts";

export const WebhookSettings = () => {
  const { t } = useTranslation();
  const { household } = useHousehold();
  const params = { householdId: household.id };
  const [current, setCurrent] = useState<string | null | undefined>();
  const [url, setUrl] = useState("");
  const [secret, setSecret] = useState<string | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  useEffect(() => {
    void call("GET /api/households/:householdId/webhook", { params: { householdId: household.id } }).then(
      (r) => setCurrent(r.ok ? r.value.url : null),
    );
  }, [household.id]);
  const fail = (error: Parameters<typeof problemMessages>[0]) =>
    setMessage(problemMessages(error, t).form ?? t("errors.generic"));
  const save = async () => {
    setMessage(undefined);
    const res = await call("PUT /api/households/:householdId/webhook", { params, body: { url: url.trim() } });
    if (!res.ok) return fail(res.error);
    setCurrent(res.value.url);
    setSecret(res.value.secret);
    setUrl("");
  };
  const test = async () => {
    const res = await call("POST /api/households/:householdId/webhook/test", { params });
    if (!res.ok) return fail(res.error);
    setMessage(
      t("reminders.webhookAnswered", { status: res.value.status || t("reminders.webhookNoAnswer") }),
    );
  };
  const remove = async () => {
    const res = await call("DELETE /api/households/:householdId/webhook", { params });
    if (!res.ok) return fail(res.error);
    setCurrent(null);
    setSecret(undefined);
  };
  return (
    <div className="webhook">
      <h3>{t("reminders.webhook")}</h3>
      <p className="hint">{t("reminders.webhookHint")}</p>
      {current && (
        <p>
          {t("reminders.webhookTo", { url: current })}{" "}
          <button type="button" className="link" onClick={() => void test()}>
            {t("reminders.webhookTest")}
          </button>{" "}
          <button type="button" className="link" onClick={() => void remove()}>
            {t("reminders.webhookRemove")}
          </button>
        </p>
      )}
      {secret && <p className="secret">{t("reminders.webhookSecret", { secret })}</p>}
      <label className="field">
        <span>{t("reminders.webhookUrl")}</span>
        <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <button type="button" className="secondary" disabled={!url.trim()} onClick={() => void save()}>
        {t("reminders.webhookSave")}
      </button>
      {message && (
        <p className="hint" role="status">
          {message}
        </p>
      )}
    </div>
  );
};
