/**
 * Trying a response and saying how it went. After a miss it offers the repair: the next most likely
 * need and what to try for it, in words that make trying again the point rather than a failure.
 */
import {
  isMiss,
  type Moment,
  type Outcome,
  outcomes,
  pendingTry,
  type Response,
  responses,
  type Suggestion,
} from "@attune/core/cues";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export const TryCard = ({
  moment,
  suggestions,
  name,
  onTry,
  onOutcome,
}: {
  moment: Moment;
  suggestions: readonly Suggestion[];
  name: string;
  onTry: (response: Response) => void;
  onOutcome: (outcome: Outcome) => void;
}) => {
  const { t } = useTranslation();
  const [other, setOther] = useState("");
  const pending = pendingTry(moment);
  const marked = moment.tries.filter((x) => x.outcome);
  const last = marked.at(-1);
  const settled = last?.outcome === "settled";
  const repaired = settled && marked.slice(0, -1).some((x) => isMiss(x.outcome));

  if (pending) {
    return (
      <section className="card try" aria-labelledby="try-title">
        <h2 id="try-title">{t("cues.didItHelp", { response: t(`cues.response.${pending.response}`) })}</h2>
        <div className="choice-grid">
          {outcomes.map((o) => (
            <button key={o} type="button" className="choice" onClick={() => onOutcome(o)}>
              {t(`cues.outcome.${o}`)}
            </button>
          ))}
        </div>
      </section>
    );
  }
  if (settled) {
    return (
      <section className="card try" aria-live="polite">
        <p className={repaired ? "repair-note" : ""}>
          {repaired ? t("cues.repaired", { name }) : t("cues.settled", { name })}
        </p>
      </section>
    );
  }
  const missed = last !== undefined && isMiss(last.outcome);
  return (
    <section className="card try" aria-labelledby="try-title">
      {missed && (
        <div className="repair" aria-live="polite">
          <h2>{t("cues.repairTitle")}</h2>
          <p>{t("cues.repairText", { name })}</p>
        </div>
      )}
      <h2 id="try-title">{t("cues.tryTitle")}</h2>
      <div className="suggestions">
        {suggestions.map((s) => (
          <button
            key={s.response}
            type="button"
            className="choice suggestion"
            onClick={() => onTry(s.response)}
          >
            <strong>{t(`cues.response.${s.response}`)}</strong>
            <span className="hint">
              {s.worked
                ? t("cues.worked", { name, k: s.worked.k, of: s.worked.of })
                : t("cues.often", { need: t(`cues.need.${s.need}`) })}
            </span>
          </button>
        ))}
      </div>
      <p className="hint">
        {t("cues.breatheFirst", { name })} <Link to="/you/calm">{t("now.breathe")}</Link>
      </p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (other) onTry(other as Response);
          setOther("");
        }}
      >
        <label className="field">
          <span>{t("cues.somethingElse")}</span>
          <select value={other} onChange={(e) => setOther(e.target.value)}>
            <option value="">{t("cues.choose")}</option>
            {responses.map((r) => (
              <option key={r} value={r}>
                {t(`cues.response.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="secondary" disabled={!other}>
          {t("cues.tryIt")}
        </button>
      </form>
    </section>
  );
};

/** The tries so far, in order, with how each went. */
export const TriesList = ({ moment }: { moment: Moment }) => {
  const { t } = useTranslation();
  if (moment.tries.length === 0) return null;
  return (
    <section className="card" aria-labelledby="tries-title">
      <h2 id="tries-title">{t("cues.triesTitle")}</h2>
      <ol className="tries">
        {moment.tries.map((x) => (
          <li key={`${x.response}-${x.at}`}>
            {t(`cues.response.${x.response}`)}
            {x.outcome ? ` · ${t(`cues.outcome.${x.outcome}`)}` : " · …"}
          </li>
        ))}
      </ol>
    </section>
  );
};
