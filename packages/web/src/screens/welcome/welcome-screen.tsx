/** After signing up: start a household with the baby, or join one with an invite code. */
import type { BabyDetails } from "@attune/core/light";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { type ApiProblem, call, type ResponseOf } from "../../api/client.ts";
import { formatDateTime } from "../../format.ts";
import { useSessionContext } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { Field } from "../../ui/field.tsx";
import { problemMessages } from "../../ui/form-errors.ts";
import { BabyForm } from "../babies/baby-form.tsx";
import { saveBaby } from "../babies/use-babies.ts";

export const WelcomeScreen = () => {
  const { t } = useTranslation();
  const { reload } = useSessionContext();
  const [household, setHousehold] = useState("");

  const create = async (baby: BabyDetails): Promise<ApiProblem | null> => {
    const made = await call("POST /api/households", {
      body: { name: household.trim() || t("welcome.defaultHousehold", { baby: baby.name }) },
    });
    if (!made.ok) return made.error;
    const saved = await saveBaby(made.value.id, baby);
    if (!saved.ok) return saved.error;
    await reload();
    return null;
  };

  return (
    <main className="welcome">
      <h1>{t("welcome.title")}</h1>
      <p>{t("welcome.intro")}</p>
      <BabyForm
        heading={<h2>{t("welcome.createTitle")}</h2>}
        submitLabel={t("welcome.create")}
        onSubmit={create}
      >
        <Field label={t("welcome.householdName")} hint={t("welcome.householdHint")}>
          {(p) => <input {...p} value={household} onChange={(e) => setHousehold(e.target.value)} />}
        </Field>
      </BabyForm>
      <JoinForm />
    </main>
  );
};

type InvitePreview = ResponseOf<"GET /api/invites/preview">;

/** What a code is for, once it is typed whole: the household, who invited, the role, until when. */
const useInvitePreview = (code: string): InvitePreview | null => {
  const [preview, setPreview] = useState<InvitePreview | null>(null);
  const whole = code.replace(/[^a-z0-9]/gi, "").length === 12;
  useEffect(() => {
    setPreview(null);
    if (!whole) return;
    let current = true;
    void call("GET /api/invites/preview", { query: { code: code.trim() } }).then((res) => {
      if (current && res.ok) setPreview(res.value);
    });
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
    const res = await call("POST /api/invites/accept", { body: { code: code.trim() } });
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
