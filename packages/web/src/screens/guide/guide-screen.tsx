/**
 * "How to soothe <baby>": what the baby's signals usually mean, what soothes and what has not
 * helped, learned from the finished moments, with lines the household adds or hides. Shared with
 * everyone in the household (helpers too) and printable as a one-page card.
 */

import {
  buildGuide,
  type GuideLine,
  guideRecordId,
  momentOf,
  needs,
  responseGroups,
  sensoryProfile,
} from "@attune/core/cues";
import type { Json } from "@attune/core/light";
import { canEditFamilyDetails } from "@attune/core/light";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useKindEntries, useRecord } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";
import { heardKey, signKey } from "../moment/reason-text.ts";
import { useMomentEntries } from "../moment/use-moments.ts";
import { guideCardOf } from "./guide-card.ts";
import { HandOver } from "./hand-over.tsx";
import { senseKey, senseText } from "./sense-lines.ts";

const sections = ["signs", "soothes", "avoid", "senses", "notes"] as const;

export const GuideScreen = () => {
  const { t, i18n } = useTranslation();
  const { engine, baby, household } = useHousehold();
  const moments = useMomentEntries();
  const contacts = useKindEntries("contact");
  const plays = useKindEntries("play", { babyOnly: true });
  const cries = useKindEntries("cry", { babyOnly: true });
  const guideId = baby ? guideRecordId(baby.id) : "";
  const guideEntry = useRecord(guideId, "guide");
  if (!baby) return <p className="empty">{t("now.noBaby")}</p>;
  if (!moments || guideEntry === undefined || !contacts || !plays || !cries)
    return <p className="loading">{t("common.loading")}</p>;
  const guide = buildGuide(moments.map(momentOf), guideEntry ?? undefined, cries);
  const senseLines = sensoryProfile(
    moments.map(momentOf),
    plays.map((p) => ({
      activities: p.values.activities ?? [],
      engagement: p.values.engagement ?? [],
      enough: p.values.enough ?? [],
    })),
  ).filter((l) => l.reading !== "unknown" && !guide.hidden.has(senseKey(l)));
  const name = baby.name;
  const canEdit = canEditFamilyDetails(household);
  const save = (fields: Record<string, Json>) =>
    engine.write(
      engine.writer.set(guideId, "guide", "household", {
        ...(guideEntry ? {} : { babyId: baby.id, time: new Date().toISOString() }),
        ...fields,
      }),
    );
  const hide = (key: string) => void save({ hidden: [...guide.hidden, key] });
  const linesJson = (lines: readonly GuideLine[]) =>
    lines.map((l) => ({ section: l.section, text: l.text, ...(l.need ? { need: l.need } : {}) })) as Json;
  const visible = <T extends { key: string }>(xs: readonly T[]) => xs.filter((x) => !guide.hidden.has(x.key));
  const hideButton = (id: string, text: string) =>
    canEdit ? (
      <button
        type="button"
        className="link no-print"
        aria-label={t("guide.hideLabel", { text })}
        onClick={() => hide(id)}
      >
        {t("guide.hide")}
      </button>
    ) : null;
  const added = (section: GuideLine["section"]) =>
    guide.added
      .map((l, i) => ({ l, i }))
      .filter(({ l }) => l.section === section)
      .map(({ l, i }) => (
        <li key={`added-${i}`}>
          {l.need ? `${t(`cues.need.${l.need}`)}: ` : ""}
          {l.text}{" "}
          {canEdit && (
            <button
              type="button"
              className="link no-print"
              aria-label={t("guide.removeLabel", { text: l.text })}
              onClick={() => void save({ added: linesJson(guide.added.filter((_, j) => j !== i)) })}
            >
              {t("guide.remove")}
            </button>
          )}
        </li>
      ));
  const signs = visible(guide.signs);
  const soothes = visible(guide.soothes);
  const avoid = visible(guide.avoid);
  const nothing = guide.learnedFrom === 0 && guide.added.length === 0;

  return (
    <div className="guide" data-testid="guide">
      <h1>{t("guide.title", { name })}</h1>
      <p className="hint">
        {nothing ? t("guide.empty", { name }) : t("guide.intro", { count: guide.learnedFrom })}{" "}
        {t("guide.shared")}
      </p>
      <section className="card" aria-labelledby="guide-signs">
        <h2 id="guide-signs">{t("guide.signsTitle", { name })}</h2>
        <ul>
          {needs.flatMap((need) => {
            const rows = signs.filter((s) => s.need === need);
            if (!rows.length) return [];
            return [
              <li key={need}>
                <strong>{t("guide.signsOf", { need: t(`cues.need.${need}`) })}</strong>
                <ul>
                  {rows.map((s) => {
                    const text = t("guide.signLine", { sign: t(signKey(s.sign)), k: s.k, of: s.of });
                    return (
                      <li key={s.key}>
                        {text} {hideButton(s.key, text)}
                      </li>
                    );
                  })}
                </ul>
              </li>,
            ];
          })}
          {added("signs")}
        </ul>
      </section>
      <section className="card" aria-labelledby="guide-soothes">
        <h2 id="guide-soothes">{t("guide.soothesTitle", { name })}</h2>
        <ul>
          {(Object.keys(responseGroups) as (keyof typeof responseGroups)[]).flatMap((group) => {
            const rows = soothes.filter((s) => s.group === group);
            if (!rows.length) return [];
            return [
              <li key={group}>
                <strong>{t(`guide.group.${group}`)}</strong>
                <ul>
                  {rows.map((s) => {
                    const text = t("guide.soothesLine", {
                      response: t(`cues.response.${s.response}`),
                      name,
                      wins: Math.round(s.wins),
                      tries: s.tries,
                    });
                    return (
                      <li key={s.key}>
                        {text}
                        {s.bestFor ? ` (${t("guide.bestFor", { need: t(`cues.need.${s.bestFor}`) })})` : ""}{" "}
                        {hideButton(s.key, text)}
                      </li>
                    );
                  })}
                </ul>
              </li>,
            ];
          })}
          {added("soothes")}
        </ul>
      </section>
      {guide.heard.some((h) => !guide.hidden.has(h.key)) && (
        <section className="card" aria-labelledby="guide-heard" data-testid="guide-heard">
          <h2 id="guide-heard">{t("guide.heardTitle", { name })}</h2>
          <ul>
            {guide.heard
              .filter((h) => !guide.hidden.has(h.key))
              .map((h) => {
                const text = t("guide.heardLine", {
                  feature: t(heardKey(h.feature)),
                  need: t(`cues.need.${h.need}`),
                  k: h.k,
                  of: h.of,
                });
                return (
                  <li key={h.key}>
                    {text} {hideButton(h.key, text)}
                  </li>
                );
              })}
          </ul>
          <p className="hint">{t("guide.heardHint", { name })}</p>
        </section>
      )}
      <section className="card" aria-labelledby="guide-avoid">
        <h2 id="guide-avoid">{t("guide.avoidTitle")}</h2>
        <ul>
          {avoid.map((s) => {
            const text = t("guide.avoidLine", { response: t(`cues.response.${s.response}`), tries: s.tries });
            return (
              <li key={s.key}>
                {text} {hideButton(s.key, text)}
              </li>
            );
          })}
          {added("avoid")}
        </ul>
      </section>
      <section className="card" aria-labelledby="guide-senses">
        <h2 id="guide-senses">{t("guide.sensesTitle", { name })}</h2>
        {senseLines.length === 0 && !guide.added.some((l) => l.section === "senses") && (
          <p className="hint">{t("guide.sensesEmpty", { name })}</p>
        )}
        <ul>
          {senseLines.map((l) => {
            const text = senseText(l, t, name);
            return (
              <li key={l.sense}>
                {text} {hideButton(senseKey(l), text)}
              </li>
            );
          })}
          {added("senses")}
        </ul>
      </section>
      {guide.added.some((l) => l.section === "notes") && (
        <section className="card" aria-labelledby="guide-notes">
          <h2 id="guide-notes">{t("guide.notesTitle")}</h2>
          <ul>{added("notes")}</ul>
        </section>
      )}
      {canEdit && guide.hidden.size > 0 && (
        <p className="hint no-print">
          {t("guide.hiddenCount", { count: guide.hidden.size })}{" "}
          <button type="button" className="link" onClick={() => void save({ hidden: [] })}>
            {t("guide.showAll")}
          </button>
        </p>
      )}
      {canEdit && <AddLine onAdd={(line) => save({ added: linesJson([...guide.added, line]) })} />}
      <HandOver
        card={guideCardOf(
          guide,
          name,
          contacts,
          t,
          i18n.language === "es" ? "es" : "en",
          Date.now(),
          senseLines.map((l) => senseText(l, t, name)),
        )}
        canShare={canEdit}
      />
    </div>
  );
};

type AddHandler = (line: GuideLine) => void | Promise<void>;

const AddLine = ({ onAdd }: { onAdd: AddHandler }) => {
  const { t } = useTranslation();
  const [section, setSection] = useState<GuideLine["section"]>("soothes");
  const [need, setNeed] = useState("");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const clean = text.trim();
    if (!clean) {
      setError(t("guide.addEmpty"));
      return;
    }
    setError(null);
    await onAdd({ section, text: clean.slice(0, 200), ...(need ? { need: need as GuideLine["need"] } : {}) });
    setText("");
  };
  return (
    <form className="card no-print" onSubmit={(e) => void submit(e)} aria-labelledby="guide-add">
      <h2 id="guide-add">{t("guide.addTitle")}</h2>
      <label className="field">
        <span>{t("guide.addSection")}</span>
        <select value={section} onChange={(e) => setSection(e.target.value as GuideLine["section"])}>
          {sections.map((s) => (
            <option key={s} value={s}>
              {t(`guide.section.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("guide.addNeed")}</span>
        <select value={need} onChange={(e) => setNeed(e.target.value)}>
          <option value="">{t("guide.anyNeed")}</option>
          {needs.map((n) => (
            <option key={n} value={n}>
              {t(`cues.need.${n}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("guide.addText")}</span>
        <input
          value={text}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "guide-add-error" : undefined}
        />
      </label>
      {error && (
        <p id="guide-add-error" className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        {t("guide.add")}
      </button>
    </form>
  );
};
