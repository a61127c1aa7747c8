/** Asking before something that cannot easily be undone: what it does, then Cancel or the action. */
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";

export const Confirm = ({
  title,
  children,
  error,
  yes,
  danger = false,
  onYes,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  error?: string | undefined;
  yes: string;
  danger?: boolean;
  onYes: () => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="confirm" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
        <button type="button" className={danger ? "primary danger" : "primary"} onClick={onYes}>
          {yes}
        </button>
      </div>
    </section>
  );
};
