/**
 * Adding or changing any kind of entry. The journal's own rules (core) check the whole entry;
 * each problem shows next to its field, and nothing is saved until there are none.
 */
import {
  changeIssues,
  defaultHelperWindowDays,
  type Entry,
  feverAdvice,
  type InputType,
  type Json,
  kinds,
  lengthUnitFor,
  type RecordKind,
  type StoolAdvice,
  stoolAdvice,
  visibleFrom,
} from "@attune/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { v7 as uuidv7 } from "uuid";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { Field } from "../../ui/field.tsx";
import { useToast } from "../../ui/toast.tsx";
import { FeverNotice } from "./fever-notice.tsx";
import { formFields, fromInput, isShown, numericInputs, toInput } from "./fields.ts";
import { StoolNotice } from "./stool-notice.tsx";

const unitKey = (type: InputType, s: ReturnType<typeof useSettings>) =>
  type === "volume"
    ? s.volume
    : type === "weight"
      ? s.weight === "lb"
        ? "lbOz"
        : "kg"
      : type === "temperature"
        ? s.temperature
        : type === "minutes"
          ? "min"
          : type === "length"
            ? lengthUnitFor(s.weight)
            : undefined;

export const EntryForm = ({
  kind,
  entry,
  preset,
  onDone,
}: {
  kind: RecordKind;
  entry?: Entry | undefined;
  preset?: Record<string, Json> | undefined;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const toast = useToast();
  const { engine, baby, household, session } = useHousehold();
  const me = household.members.find((m) => m.userId === session.user.id);
  const specs = formFields(kind);
  // The form works on any kind by its fields' names (kinds/<kind>.ts); the rules check the result.
  const stored = (entry?.values ?? {}) as Readonly<Record<string, Json | undefined>>;
  const [initial] = useState<Record<string, string>>(() => {
    const base: Record<string, Json | undefined> = { ...(preset ?? {}), ...stored };
    if (!entry) {
      const at = new Date().toISOString();
      if (specs.some((s) => s.name === "time") && base.time === undefined) base.time = at;
      if (specs.some((s) => s.name === "start") && base.start === undefined) base.start = at;
    }
    return Object.fromEntries(specs.map((spec) => [spec.name, toInput(spec, base[spec.name], settings)]));
  });
  const [form, setForm] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [fever, setFever] = useState<ReturnType<typeof feverAdvice>>("none");
  const [stool, setStool] = useState<StoolAdvice>("none");

  const visible = specs.filter((s) => isShown(s, form));

  const save = async () => {
    const values: Record<string, Json> = {};
    if (baby) values.babyId = stored.babyId ?? baby.id;
    for (const spec of visible) {
      // What the caregiver did not touch keeps its exact value: a time shown to the minute keeps
      // its seconds, so an entry shorter than a minute can still have its amount or note changed.
      const kept = entry && form[spec.name] === initial[spec.name] ? stored[spec.name] : undefined;
      const v = kept ?? fromInput(spec, form[spec.name] ?? "", settings);
      if (v !== undefined) values[spec.name] = v;
    }
    // A bottle, solids or pumping noted without an end happened then: an instant, not a timer.
    const instant = (kinds[kind] as { instant?: (v: Record<string, Json>) => boolean }).instant?.(values);
    if (instant && typeof values.start === "string" && values.end === undefined) values.end = values.start;
    // Only what this change makes wrong stops it: an entry that already broke a rule (an import's)
    // can still be ended, shortened, or have its note changed.
    const issues = changeIssues(kind, entry ? stored : undefined, values, Date.now());
    if (issues.length) {
      const found: Record<string, string> = {};
      for (const issue of issues) {
        const spec = specs.find((s) => s.name === issue.field);
        const numeric = spec && numericInputs.has(spec.input);
        found[issue.field] ??= t(
          issue.code === "invalid" && numeric ? "errors.number" : `errors.${issue.code}`,
        );
      }
      setErrors(found);
      return;
    }
    // A helper's phone would keep an older entry to itself: the server takes only the last few days.
    const from = me ? visibleFrom(me, Date.now()) : undefined;
    const when =
      typeof values.start === "string" ? "start" : typeof values.time === "string" ? "time" : undefined;
    if (from && when && String(values[when]) < from) {
      setErrors({
        [when]: t("errors.helperWindow", { count: me?.windowDays ?? defaultHelperWindowDays }),
      });
      return;
    }
    setErrors({});
    const id = entry?.id ?? uuidv7();
    const scope = entry?.scope ?? "household";
    let changes: Record<string, Json> = values;
    if (entry) {
      changes = {};
      for (const [k, v] of Object.entries(values)) if (stored[k] !== v) changes[k] = v;
      for (const spec of specs)
        if (stored[spec.name] !== undefined && values[spec.name] === undefined) changes[spec.name] = null;
    }
    await engine.write(engine.writer.set(id, kind, scope, changes));
    if (kind === "health" && typeof values.temperatureC === "number" && baby) {
      const advice = feverAdvice(baby.birthDate, values.temperatureC, Date.parse(String(values.time)));
      if (advice !== "none") {
        setFever(advice);
        return;
      }
    }
    if (kind === "diaper" && typeof values.colour === "string" && values.colour !== stored.colour && baby) {
      const ageDays =
        (Date.parse(String(values.time)) - Date.parse(`${baby.birthDate}T00:00:00Z`)) / 86_400_000;
      const advice = stoolAdvice(values.colour, ageDays);
      if (advice !== "none") {
        setStool(advice);
        return;
      }
    }
    toast({ text: t(entry ? "toast.updated" : "toast.saved") });
    onDone();
  };

  if (fever !== "none") return <FeverNotice advice={fever} onDone={onDone} />;
  if (stool !== "none") return <StoolNotice advice={stool} onDone={onDone} />;

  return (
    <form
      className="entry-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {visible.map((spec) => {
        const unit = unitKey(spec.input, settings);
        const label = unit
          ? t("form.withUnit", { label: t(`fields.${spec.name}`), unit: t(`unitNames.${unit}`) })
          : t(`fields.${spec.name}`);
        return (
          <Field key={spec.name} label={label} error={errors[spec.name]}>
            {(props) =>
              spec.input === "choice" ? (
                <select
                  {...props}
                  value={form[spec.name] ?? ""}
                  onChange={(e) => setForm({ ...form, [spec.name]: e.target.value })}
                >
                  <option value="">{t("form.choose")}</option>
                  {spec.options?.map((o) => (
                    <option key={o} value={o}>
                      {t(`options.${spec.name}.${o}`)}
                    </option>
                  ))}
                </select>
              ) : spec.input === "longText" ? (
                <textarea
                  {...props}
                  rows={3}
                  value={form[spec.name] ?? ""}
                  onChange={(e) => setForm({ ...form, [spec.name]: e.target.value })}
                />
              ) : (
                <input
                  {...props}
                  type={spec.input === "datetime" ? "datetime-local" : "text"}
                  inputMode={
                    numericInputs.has(spec.input) && !(spec.input === "weight" && settings.weight === "lb")
                      ? "decimal"
                      : undefined
                  }
                  value={form[spec.name] ?? ""}
                  onChange={(e) => setForm({ ...form, [spec.name]: e.target.value })}
                />
              )
            }
          </Field>
        );
      })}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onDone}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="primary">
          {t("common.save")}
        </button>
      </div>
    </form>
  );
};
