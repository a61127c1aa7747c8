/**
 * Bringing history in from another app: pick the app and its exported files, see what would be
 * added (counts, dates, and every row that could not be read, with why), then confirm. Nothing is
 * written before the confirmation, and entries already here are not added again.
 */
import {
  detectFormat,
  type Entry,
  type ImportFormat,
  type ImportProblem,
  type ImportResult,
  importFiles,
  importFormatNames,
  importMappedFiles,
  importSummary,
} from "@attune/core";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime, formatDayWithYear } from "../../format.ts";
import { idsHere } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { Field } from "../../ui/field.tsx";
import { entrySummary } from "../entry/summary.ts";
import { emptyMapping, MappingForm, type MappingState, mappingOf } from "./mapping-form.tsx";

/** An unreadable row's reason in the reader's language; the fields a rule refused by their names. */
const problemReason = (p: ImportProblem, t: TFunction): string => {
  const fields =
    typeof p.params?.fields === "string"
      ? p.params.fields
          .split(", ")
          .map((f) => t(`fields.${f}`, { defaultValue: f }))
          .join(", ")
      : undefined;
  return t(`import.problems.${p.code}`, {
    ...p.params,
    ...(fields ? { fields } : {}),
    defaultValue: p.reason,
  });
};

export const ImportScreen = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { engine, baby } = useHousehold();
  const [format, setFormat] = useState<ImportFormat | "other" | "">("");
  const [files, setFiles] = useState<File[]>([]);
  const [firstText, setFirstText] = useState("");
  const [mapping, setMapping] = useState<MappingState>(emptyMapping);
  const [error, setError] = useState<string>();
  const [preview, setPreview] = useState<{ result: ImportResult; fresh: number } | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  if (!baby) return <p className="empty">{t("now.noBaby")}</p>;

  /** Which of these records this phone has already (ids only: reading 10,000 states is slow). */
  const alreadyHere = (records: readonly { id: string }[]) =>
    idsHere(
      engine.db,
      records.map((r) => r.id),
    );

  const read = async () => {
    if (!format) return setError(t("import.chooseApp"));
    if (!files.length) return setError(t("import.chooseFiles"));
    setError(undefined);
    setBusy(true);
    const sources = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    const options = { babyId: baby.id, timeZone: baby.timeZone };
    let result: ImportResult;
    if (format === "other") {
      const mapped = mappingOf(mapping);
      if ("missing" in mapped) {
        setBusy(false);
        return setError(t(mapped.missing));
      }
      result = importMappedFiles(sources, mapped, options, Date.now());
    } else {
      result = importFiles(format, sources, options, Date.now());
    }
    const here = await alreadyHere(result.records);
    setPreview({ result, fresh: result.records.filter((r) => !here.has(r.id)).length });
    setDone(null);
    setBusy(false);
  };

  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    const here = await alreadyHere(preview.result.records);
    const fresh = preview.result.records.filter((r) => !here.has(r.id));
    await engine.write(fresh.flatMap((r) => engine.writer.set(r.id, r.kind, "household", r.fields)));
    setDone(fresh.length);
    setPreview(null);
    setBusy(false);
  };

  const summary = preview ? importSummary(preview.result) : undefined;
  return (
    <div className="import">
      <h1>{t("import.title")}</h1>
      <p>{t("import.intro", { name: baby.name })}</p>
      <Field label={t("import.app")}>
        {(p) => (
          <select {...p} value={format} onChange={(e) => setFormat(e.target.value as ImportFormat | "other")}>
            <option value="">{t("form.choose")}</option>
            {importFormatNames.map((f) => (
              <option key={f} value={f}>
                {t(`import.formats.${f}`)}
              </option>
            ))}
            <option value="other">{t("import.formats.other")}</option>
          </select>
        )}
      </Field>
      <Field label={t("import.files")} hint={t("import.filesHint")} error={error}>
        {(p) => (
          // The browser's own file button speaks the browser's language, not the caregiver's.
          <div className="file-pick">
            <label className="secondary file-button">
              {t("import.pickFiles")}
              <input
                {...p}
                className="visually-hidden"
                type="file"
                multiple
                accept=".csv,.txt,text/csv,text/plain"
                onChange={(e) => {
                  const chosen = [...(e.target.files ?? [])];
                  setFiles(chosen);
                  setPreview(null);
                  void (chosen[0]?.text() ?? Promise.resolve("")).then((text) => {
                    setFirstText(text);
                    // The app the files come from, when they say it and none was chosen yet.
                    const found = detectFormat([{ name: chosen[0]?.name ?? "", text }]);
                    if (found && !format) setFormat(found);
                  });
                }}
              />
            </label>
            <span className="file-names">
              {files.length ? files.map((f) => f.name).join(", ") : t("import.noFiles")}
            </span>
          </div>
        )}
      </Field>
      {format === "other" && firstText && (
        <MappingForm text={firstText} value={mapping} onChange={setMapping} />
      )}
      <button type="button" className="secondary big" disabled={busy} onClick={() => void read()}>
        {t("import.preview")}
      </button>
      {preview && summary && (
        <section className="card import-preview" aria-labelledby="preview-title" data-testid="import-preview">
          <h2 id="preview-title">{t("import.previewTitle")}</h2>
          <ul className="import-kinds">
            {Object.entries(summary.records).map(([kind, n]) => {
              // Each kind as it will appear: how many, over which days, and its first rows.
              const rows = preview.result.records
                .filter((r) => r.kind === kind)
                .map(
                  (r) =>
                    ({
                      id: r.id,
                      kind: r.kind,
                      scope: "household",
                      values: r.fields,
                      at: String(r.fields.start ?? r.fields.time ?? ""),
                      deleted: false,
                    }) as Entry,
                );
              const times = rows
                .map((e) => e.at)
                .filter(Boolean)
                .sort();
              return (
                <li key={kind}>
                  <strong>{t("import.count", { count: n, kind: t(`kinds.${kind}`) })}</strong>
                  {times.length > 0 && (
                    <span className="hint">
                      {" "}
                      {t("import.span", {
                        from: formatDayWithYear(times[0]!.slice(0, 10), settings),
                        to: formatDayWithYear(times.at(-1)!.slice(0, 10), settings),
                      })}
                    </span>
                  )}
                  <ul className="import-rows">
                    {rows.slice(0, 3).map((e) => (
                      <li key={e.id}>
                        {formatDateTime(e.at, settings)}: {entrySummary(e, settings, t, Date.now())}
                        {e.kind !== "note" && e.values.note ? ` · ${e.values.note}` : ""}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
          {summary.from && summary.to && (
            <p>
              {t("import.span", {
                from: formatDayWithYear(summary.from.slice(0, 10), settings),
                to: formatDayWithYear(summary.to.slice(0, 10), settings),
              })}
            </p>
          )}
          <p>
            {t("import.fresh", {
              count: preview.fresh,
              already: preview.result.records.length - preview.fresh,
            })}
          </p>
          {summary.problems.length > 0 && (
            <details open={summary.problems.length <= 10}>
              <summary>{t("import.problems", { count: summary.problems.length })}</summary>
              <ul className="problems">
                {summary.problems.map((p) => (
                  <li key={`${p.file}-${p.row}-${p.reason}`}>
                    {t("import.problem", {
                      file: p.file,
                      row: p.row,
                      reason: problemReason(p, t),
                    })}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="form-actions">
            <button type="button" className="secondary" onClick={() => setPreview(null)}>
              {t("common.cancel")}
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy || preview.fresh === 0}
              onClick={() => void confirm()}
            >
              {t("import.confirm", { count: preview.fresh })}
            </button>
          </div>
        </section>
      )}
      {done !== null && (
        <p className="notice" role="status">
          {t("import.done", { count: done })} <Link to="/timeline">{t("import.seeTimeline")}</Link>
        </p>
      )}
    </div>
  );
};
