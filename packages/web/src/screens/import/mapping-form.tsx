/**
 * Mapping another app's columns: what the rows are (one kind, or a column whose values say it),
 * which column holds the time, the end or the duration, and the values each kind needs. Options
 * show each column with a value from the file, so a tired parent can see which is which.
 */
import { type ColumnMapping, columnValues, csvPreview, type MappableKind, mappableKinds } from "@attune/core";
import { useTranslation } from "react-i18next";
import { Field } from "../../ui/field.tsx";

export interface MappingState {
  kindMode: MappableKind | "column";
  kindColumn: string;
  kindValues: Record<string, MappableKind | "skip">;
  start: string;
  time: string;
  end: string;
  duration: string;
  dateOrder: ColumnMapping["dateOrder"];
  amount: string;
  amountUnit: "ml" | "oz";
  side: string;
  contents: string;
  weight: string;
  weightUnit: "kg" | "lb";
  length: string;
  lengthUnit: "cm" | "in";
  head: string;
  note: string;
}

export const emptyMapping = (): MappingState => ({
  kindMode: "feed",
  kindColumn: "",
  kindValues: {},
  start: "",
  time: "",
  end: "",
  duration: "",
  dateOrder: "auto",
  amount: "",
  amountUnit: "ml",
  side: "",
  contents: "",
  weight: "",
  weightUnit: "kg",
  length: "",
  lengthUnit: "cm",
  head: "",
  note: "",
});

/** The core mapping from the form, or the key of what is missing. */
export const mappingOf = (m: MappingState): ColumnMapping | { missing: string } => {
  if (!m.start) return { missing: "import.map.needStart" };
  if (m.kindMode === "column" && !m.kindColumn) return { missing: "import.map.needKindColumn" };
  const opt = (v: string) => v || undefined;
  return {
    kind: m.kindMode === "column" ? { column: m.kindColumn, values: m.kindValues } : { fixed: m.kindMode },
    start: m.start,
    time: opt(m.time),
    end: opt(m.end),
    duration: opt(m.duration),
    dateOrder: m.dateOrder,
    amount: opt(m.amount),
    amountUnit: m.amountUnit,
    side: opt(m.side),
    contents: opt(m.contents),
    weight: opt(m.weight),
    weightUnit: m.weightUnit,
    length: opt(m.length),
    lengthUnit: m.lengthUnit,
    head: opt(m.head),
    note: opt(m.note),
  };
};

export const MappingForm = ({
  text,
  value,
  onChange,
}: {
  text: string;
  value: MappingState;
  onChange: (m: MappingState) => void;
}) => {
  const { t } = useTranslation();
  const { headers, rows } = csvPreview(text, 1);
  const sample = (h: string) => rows[0]?.[h];
  const set = <K extends keyof MappingState>(k: K, v: MappingState[K]) => onChange({ ...value, [k]: v });
  const columnSelect = (key: keyof MappingState, label: string, optional = true) => (
    <Field label={label}>
      {(p) => (
        <select {...p} value={value[key] as string} onChange={(e) => set(key, e.target.value as never)}>
          <option value="">{optional ? t("import.map.none") : t("form.choose")}</option>
          {headers.map((h) => (
            <option key={h} value={h}>
              {sample(h)
                ? t("import.map.columnWithSample", { column: h, sample: sample(h)!.slice(0, 24) })
                : h}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const kinds =
    value.kindMode === "column" ? new Set(Object.values(value.kindValues)) : new Set([value.kindMode]);
  const values = value.kindMode === "column" && value.kindColumn ? columnValues(text, value.kindColumn) : [];

  return (
    <section className="card mapping" aria-labelledby="mapping-title" data-testid="mapping">
      <h2 id="mapping-title">{t("import.map.title")}</h2>
      <p className="hint">{t("import.map.intro")}</p>
      <Field label={t("import.map.kind")}>
        {(p) => (
          <select
            {...p}
            value={value.kindMode}
            onChange={(e) => set("kindMode", e.target.value as MappingState["kindMode"])}
          >
            {mappableKinds.map((k) => (
              <option key={k} value={k}>
                {t("import.map.allAre", { kind: t(`kinds.${k}`) })}
              </option>
            ))}
            <option value="column">{t("import.map.fromColumn")}</option>
          </select>
        )}
      </Field>
      {value.kindMode === "column" && (
        <>
          {columnSelect("kindColumn", t("import.map.kindColumn"), false)}
          {values.map((v) => (
            <Field key={v} label={t("import.map.valueIs", { value: v })}>
              {(p) => (
                <select
                  {...p}
                  value={value.kindValues[v] ?? ""}
                  onChange={(e) =>
                    set("kindValues", { ...value.kindValues, [v]: e.target.value as MappableKind | "skip" })
                  }
                >
                  <option value="">{t("form.choose")}</option>
                  {mappableKinds.map((k) => (
                    <option key={k} value={k}>
                      {t(`kinds.${k}`)}
                    </option>
                  ))}
                  <option value="skip">{t("import.map.skip")}</option>
                </select>
              )}
            </Field>
          ))}
        </>
      )}
      {columnSelect("start", t("import.map.start"), false)}
      {columnSelect("time", t("import.map.time"))}
      <Field label={t("import.map.dateOrder")}>
        {(p) => (
          <select
            {...p}
            value={value.dateOrder}
            onChange={(e) => set("dateOrder", e.target.value as MappingState["dateOrder"])}
          >
            {(["auto", "dmy", "mdy", "ymd"] as const).map((o) => (
              <option key={o} value={o}>
                {t(`import.map.order.${o}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {(kinds.has("feed") || kinds.has("sleep")) && (
        <>
          {columnSelect("end", t("import.map.end"))}
          {columnSelect("duration", t("import.map.duration"))}
        </>
      )}
      {kinds.has("feed") && (
        <>
          {columnSelect("amount", t("import.map.amount"))}
          <Field label={t("import.map.amountUnit")}>
            {(p) => (
              <select
                {...p}
                value={value.amountUnit}
                onChange={(e) => set("amountUnit", e.target.value as "ml" | "oz")}
              >
                <option value="ml">{t("unitNames.ml")}</option>
                <option value="oz">{t("unitNames.oz")}</option>
              </select>
            )}
          </Field>
          {columnSelect("side", t("import.map.side"))}
        </>
      )}
      {kinds.has("diaper") && columnSelect("contents", t("import.map.contents"))}
      {kinds.has("growth") && (
        <>
          {columnSelect("weight", t("import.map.weight"))}
          <Field label={t("import.map.weightUnit")}>
            {(p) => (
              <select
                {...p}
                value={value.weightUnit}
                onChange={(e) => set("weightUnit", e.target.value as "kg" | "lb")}
              >
                <option value="kg">{t("unitNames.kg")}</option>
                <option value="lb">{t("unitNames.lb")}</option>
              </select>
            )}
          </Field>
          {columnSelect("length", t("import.map.length"))}
          {columnSelect("head", t("import.map.head"))}
          <Field label={t("import.map.lengthUnit")}>
            {(p) => (
              <select
                {...p}
                value={value.lengthUnit}
                onChange={(e) => set("lengthUnit", e.target.value as "cm" | "in")}
              >
                <option value="cm">{t("unitNames.cm")}</option>
                <option value="in">{t("unitNames.in")}</option>
              </select>
            )}
          </Field>
        </>
      )}
      {columnSelect("note", t("import.map.note"))}
    </section>
  );
};
