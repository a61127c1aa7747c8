/**
 * The one form for a baby's details, used to start a household (welcome) and to add or change a
 * baby (settings). It checks the same rules the server keeps (core's `babyProblems`) before
 * sending, and says what the server refused in the reader's language.
 */
import { type BabyDetails, type BabyProblem, babyProblems, babySexes } from "@attune/core/light";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../ui/field.tsx";
import { problemMessages } from "../../ui/form-errors.ts";
import type { SubmitBaby } from "./use-babies.ts";

const today = () => new Date().toISOString().slice(0, 10);
export const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Every IANA zone the browser knows, with the given one kept even if the browser lacks it. */
const zonesWith = (current: string): string[] => {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return known.includes(current) ? known : [current, ...known];
};

interface Form {
  name: string;
  birthDate: string;
  dueDate: string;
  sex: string;
  timeZone: string;
}

const formOf = (b?: Partial<BabyDetails>): Form => ({
  name: b?.name ?? "",
  birthDate: b?.birthDate ?? "",
  dueDate: b?.dueDate ?? "",
  sex: b?.sex ?? "",
  timeZone: b?.timeZone ?? deviceZone(),
});

const detailsOf = (f: Form): BabyDetails => ({
  name: f.name.trim(),
  birthDate: f.birthDate,
  dueDate: f.dueDate || null,
  sex: (babySexes as readonly string[]).includes(f.sex) ? (f.sex as BabyDetails["sex"]) : null,
  timeZone: f.timeZone,
});

const problemKeys: Record<BabyProblem, string> = {
  required: "errors.required",
  too_long: "babyForm.tooLong",
  invalid_date: "babyForm.invalidDate",
  future: "babyForm.future",
  due_far: "babyForm.dueFar",
  invalid_zone: "babyForm.invalidZone",
};

export const BabyForm = ({
  heading,
  baby,
  withTimeZone = false,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  /** A heading inside the form, above its fields. */
  heading?: ReactNode;
  /** The baby to change; none to add one. */
  baby?: Partial<BabyDetails> | undefined;
  /** Settings lets a family set the zone its days are cut in; welcome uses the phone's. */
  withTimeZone?: boolean;
  submitLabel: string;
  /** Saves; a problem comes back to be shown. */
  onSubmit: SubmitBaby;
  onCancel?: () => void;
  /** More fields of the same form (welcome's household name). */
  children?: ReactNode;
}) => {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(() => formOf(baby));
  const [errors, setErrors] = useState<{ fields: Record<string, string>; form?: string }>({ fields: {} });
  const [busy, setBusy] = useState(false);
  const set = (field: keyof Form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [field]: e.target.value });

  const submit = async () => {
    const details = detailsOf(form);
    const problems = Object.entries(babyProblems(details, Date.now())) as [keyof Form, BabyProblem][];
    if (problems.length)
      return setErrors({
        fields: Object.fromEntries(problems.map(([f, code]) => [f, t(problemKeys[code])])),
      });
    setBusy(true);
    const problem = await onSubmit(details);
    setBusy(false);
    if (!problem) return setErrors({ fields: {} });
    // The server's own check of the same rules names each field's problem by its code.
    const coded = Array.isArray(problem.details)
      ? (problem.details as { path?: string; code?: string }[]).filter(
          (d): d is { path: string; code: BabyProblem } => !!d.path && !!d.code && d.code in problemKeys,
        )
      : [];
    setErrors(
      coded.length
        ? { fields: Object.fromEntries(coded.map((d) => [d.path, t(problemKeys[d.code])])) }
        : problemMessages(problem, t),
    );
  };

  return (
    <form
      className="baby-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {heading}
      <Field label={t("welcome.babyName")} error={errors.fields.name}>
        {(p) => <input {...p} value={form.name} onChange={set("name")} />}
      </Field>
      <Field label={t("welcome.birthDate")} error={errors.fields.birthDate}>
        {(p) => <input {...p} type="date" max={today()} value={form.birthDate} onChange={set("birthDate")} />}
      </Field>
      <Field label={t("welcome.dueDate")} hint={t("welcome.dueDateHint")} error={errors.fields.dueDate}>
        {(p) => <input {...p} type="date" value={form.dueDate} onChange={set("dueDate")} />}
      </Field>
      <Field label={t("welcome.sex")} hint={t("welcome.sexHint")} error={errors.fields.sex}>
        {(p) => (
          <select {...p} value={form.sex} onChange={set("sex")}>
            <option value="">{t("welcome.sexNone")}</option>
            <option value="female">{t("welcome.sexFemale")}</option>
            <option value="male">{t("welcome.sexMale")}</option>
          </select>
        )}
      </Field>
      {withTimeZone && (
        <Field
          label={t("settings.timeZone")}
          hint={t("settings.timeZoneHint", { device: deviceZone() })}
          error={errors.fields.timeZone}
        >
          {(p) => (
            <select {...p} value={form.timeZone} onChange={set("timeZone")}>
              {zonesWith(form.timeZone).map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll("_", " ")}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {children}
      {errors.form && (
        <p className="error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="form-actions">
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        )}
        <button type="submit" className="primary big" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
};
