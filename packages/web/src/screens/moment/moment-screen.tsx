/**
 * One cue moment, from first signs to what it turned out to be: tick the signs, see the likely
 * needs for this baby and why, try a response, say how it went, repair a miss, resolve it. Every
 * tap is saved at once, so a moment can be left and finished later.
 */

import {
  momentOf,
  needModelOf,
  needOdds,
  needs,
  type Outcome,
  observationOf,
  type Response,
  resolvedMoments,
  suggestResponses,
  withHeard,
} from "@attune/core/cues";
import type { Json } from "@attune/core/light";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { v7 as uuidv7 } from "uuid";
import { useKindEntries } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";
import { useToast } from "../../ui/toast.tsx";
import { EndSleep } from "../now/quick-log.tsx";
import { useRecentEntries } from "../now/use-entries.ts";
import { FussyNote } from "./fussy-note.tsx";
import { HeardCryCard } from "./heard-cry-card.tsx";
import { IllnessCheckCard } from "./illness-check.tsx";
import { useLogTry } from "./log-try.ts";
import { NeedOddsCard } from "./need-odds.tsx";
import { ResolveCard } from "./resolve-card.tsx";
import { SignPicker } from "./sign-picker.tsx";
import { TriesList, TryCard } from "./try-card.tsx";
import { useHouseholdPopulation } from "./use-household-population.ts";
import { useMomentEntries, useUpdateMoment } from "./use-moments.ts";

export const MomentScreen = () => {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { baby } = useHousehold();
  const navigate = useNavigate();
  const toast = useToast();
  const entries = useMomentEntries();
  const update = useUpdateMoment(id);
  const logTry = useLogTry();
  const recent = useRecentEntries(24);
  const sleeping = recent?.find((e) => e.kind === "sleep" && !e.values.end);
  const [note, setNote] = useState<string | null>(null);
  const entry = entries?.find((e) => e.id === id);
  // The helper learns from the baby's other resolved moments, never from the one being answered.
  const cries = useKindEntries("cry", { babyOnly: true });
  // It starts from what the household's other babies taught it, if any (siblings, twins).
  const { population, from } = useHouseholdPopulation();
  const model = useMemo(
    () =>
      needModelOf(
        resolvedMoments(withHeard((entries ?? []).filter((e) => e.id !== id).map(momentOf), cries ?? [])),
        population,
      ),
    [entries, cries, id, population],
  );
  if (!entries) return <p className="loading">{t("common.loading")}</p>;
  if (!entry || !baby) return <p className="empty">{t("cues.notFound")}</p>;
  const [moment] = withHeard([momentOf(entry)], cries ?? []) as [ReturnType<typeof momentOf>];
  const odds = needOdds(model, observationOf(moment), moment.tries);
  const suggestions = suggestResponses(model, odds, moment.tries);
  const nowIso = () => new Date().toISOString();
  const tryJson = (x: (typeof moment.tries)[number]) =>
    ({
      response: x.response,
      at: x.at,
      ...(x.outcome ? { outcome: x.outcome } : {}),
      ...(x.outcomeAt ? { outcomeAt: x.outcomeAt } : {}),
      ...(x.loggedId ? { loggedId: x.loggedId } : {}),
    }) as Json;

  // Each try has a field of its own, so a try added on another phone at the same time is kept.
  const tryResponse = (response: Response) =>
    void update({ [`try:${uuidv7()}`]: tryJson({ response, at: nowIso() }) });
  const markOutcome = async (outcome: Outcome) => {
    const last = moment.tries.at(-1);
    if (!last) return;
    // A feed or a change that settled the baby is also a feed or a diaper in the log, once.
    const loggedId =
      outcome === "settled" && !last.loggedId ? await logTry(last.response, last.at) : last.loggedId;
    const marked = { ...last, outcome, outcomeAt: nowIso(), ...(loggedId ? { loggedId } : {}) };
    const settledEnd = outcome === "settled" && !moment.end ? { end: nowIso() } : {};
    if (last.field) return void update({ [last.field]: tryJson(marked), ...settledEnd });
    // A moment from before tries had fields of their own: its list is written whole.
    void update({ tries: moment.tries.map((x) => tryJson(x === last ? marked : x)), ...settledEnd });
  };
  const finish = async () => {
    const fields: Record<string, Json> = {};
    if (!moment.end) fields.end = nowIso();
    if (note !== null) fields.note = note;
    if (Object.keys(fields).length) await update(fields);
    toast({ text: t("cues.saved") });
    navigate("/");
  };
  const discomfort = entry.values.discomfort;
  const heardCry = moment.cryId ? cries?.find((c) => c.id === moment.cryId) : undefined;

  return (
    <div className="moment">
      <h1>{t("cues.title", { name: baby.name })}</h1>
      {sleeping && <EndSleep sleep={sleeping} />}
      <SignPicker
        signs={moment.signs}
        ownSigns={moment.ownSigns}
        onSigns={(signs) => void update({ signs })}
        onOwnSigns={(ownSigns) => void update({ ownSigns })}
      />
      <IllnessCheckCard signs={moment.signs} name={baby.name} />
      <FussyNote moments={entries ?? []} name={baby.name} />
      <NeedOddsCard odds={odds} name={baby.name} alsoFrom={from} />
      <TryCard
        moment={moment}
        suggestions={suggestions}
        name={baby.name}
        onTry={tryResponse}
        onOutcome={(outcome) => void markOutcome(outcome)}
      />
      <details className="card guess">
        <summary>{t("cues.guess")}</summary>
        <fieldset className="chip-group">
          <legend className="visually-hidden">{t("cues.guess")}</legend>
          {needs.map((n) => (
            <button
              key={n}
              type="button"
              className={moment.guess === n ? "chip active" : "chip"}
              aria-pressed={moment.guess === n}
              onClick={() => void update({ guess: moment.guess === n ? null : n })}
            >
              {t(`cues.need.${n}`)}
            </button>
          ))}
        </fieldset>
      </details>
      {heardCry && <HeardCryCard cry={heardCry} cries={cries ?? []} timeZone={baby.timeZone} />}
      <TriesList moment={moment} />
      <ResolveCard
        moment={moment}
        discomfort={discomfort}
        onNeed={(need) => void update({ need, ...(need !== "discomfort" ? { discomfort: null } : {}) })}
        onDiscomfort={(kind) => void update({ discomfort: kind })}
      />
      <section className="card">
        <label className="field">
          <span>{t("cues.note")}</span>
          <textarea
            value={note ?? moment.note ?? ""}
            maxLength={5000}
            rows={2}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
      </section>
      <div className="form-actions">
        <button type="button" className="secondary" onClick={() => navigate("/")}>
          {t("cues.later")}
        </button>
        <button type="button" className="primary" disabled={!moment.need} onClick={() => void finish()}>
          {t("cues.done")}
        </button>
      </div>
    </div>
  );
};
