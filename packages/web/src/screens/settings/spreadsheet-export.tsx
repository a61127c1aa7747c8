/**
 * "Download as spreadsheets": the household's entries as one CSV per kind in a zip, made on this
 * phone from what it holds (offline too), by the same code as the command line's export.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { entriesFrom } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";

export const SpreadsheetExport = () => {
  const { t } = useTranslation();
  const { engine, household } = useHousehold();
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  const download = async () => {
    setState("busy");
    try {
      const [{ csvExportFiles, zipFiles }, entries] = await Promise.all([
        import("@attune/core/export"),
        entriesFrom(engine.db, ""),
      ]);
      const zip = zipFiles(csvExportFiles(entries, household.babies));
      const url = URL.createObjectURL(new Blob([zip as BlobPart], { type: "application/zip" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = `${t("settings.csvFileName", { name: household.name })}.zip`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState("idle");
    } catch {
      setState("failed");
    }
  };
  return (
    <>
      <p>
        <button type="button" className="link" disabled={state === "busy"} onClick={() => void download()}>
          {state === "busy" ? t("settings.csvMaking") : t("settings.csv")}
        </button>
      </p>
      <p className="hint">{t("settings.csvHint")}</p>
      {state === "failed" && (
        <p className="error" role="alert">
          {t("settings.csvFailed")}
        </p>
      )}
    </>
  );
};
