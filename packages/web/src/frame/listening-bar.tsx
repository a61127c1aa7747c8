/** While this phone listens, a bar on every screen says so, with what it hears, and one tap stops it. */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { stopListening, useListenState } from "../listen/listen-state.ts";

export const ListeningBar = () => {
  const { t } = useTranslation();
  const state = useListenState();
  if (!state.listening) return null;
  return (
    <div
      className={`listening-bar${state.crying ? " crying" : ""}`}
      role="status"
      data-testid="listening-bar"
    >
      <Link to="/listen" className="listening-link">
        {state.crying ? t("listen.barCrying") : t("listen.bar")}
      </Link>
      <button
        type="button"
        className="secondary"
        aria-label={t("listen.stop")}
        onClick={() => void stopListening()}
      >
        {t("listen.stopShort")}
      </button>
    </div>
  );
};
