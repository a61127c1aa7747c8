/**
 * Getting help: the urgent signs first, for everyone; the intake of what the family lives with (the
 * baby's part shared, the caregiver's own private); the guidance it brings, with where to seek help;
 * and the household's numbers to keep at hand (also shown on the safety screen).
 */
import {
  babyCircumstances,
  canEditFamilyDetails,
  caregiverCircumstances,
  contentId,
  crisisLinesFor,
  dueDateFromWeeksEarly,
  guidanceFor,
  type Json,
  recordIssues,
  urgentSigns,
} from "@attune/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { v7 as uuidv7 } from "uuid";
import { call } from "../../api/client.ts";
import { useKindEntries, useRecord } from "../../local/records.ts";
import { useHousehold, useSessionContext } from "../../session/session.tsx";
import { Sources } from "../../ui/sources.tsx";
import { useToast } from "../../ui/toast.tsx";
import { deviceCountry, telHref } from "./reach-help.ts";

export const HelpScreen = () => {
  const { t } = useTranslation();
  const { baby, session, household } = useHousehold();
  const lines = crisisLinesFor(deviceCountry());
  const babyIntakeId = baby ? contentId(["intake", baby.id]) : "";
  const ownIntakeId = contentId(["intake", session.user.id, household.id]);
  const babyIntake = useRecord(babyIntakeId, "intake");
  const ownIntake = useRecord(ownIntakeId, "intake");
  if (babyIntake === undefined || ownIntake === undefined)
    return <p className="loading">{t("common.loading")}</p>;
  const babyFlags: string[] = babyIntake?.values.flags ?? [];
  const ownFlags: string[] = ownIntake?.values.flags ?? [];
  const guidance = guidanceFor([...babyFlags, ...ownFlags]);

  return (
    <div className="help">
      <h1>{t("help.title")}</h1>
      <section className="urgent" aria-labelledby="urgent-title">
        <h2 id="urgent-title">{t("help.urgentTitle")}</h2>
        <ul>
          {urgentSigns.map((s) => (
            <li key={s.id}>{t(`help.urgent.${s.id}`)}</li>
          ))}
        </ul>
        <p>
          <strong>
            {lines ? t("help.urgentAction", { number: lines.emergency }) : t("help.urgentActionUnknown")}
          </strong>
        </p>
        {/* Said once under the list, not after every sign: the action must stand out. */}
        <Sources ids={[...new Set(urgentSigns.map((s) => s.source))]} block />
      </section>
      <section className="card" aria-labelledby="guidance-title" data-testid="guidance">
        <h2 id="guidance-title">{t("help.guidanceTitle")}</h2>
        {guidance.length === 0 && <p className="hint">{t("help.guidanceEmpty")}</p>}
        {guidance.map((g) => (
          <article key={g.id} className="guidance">
            <p>{t(`help.guidance.${g.id}`)}</p>
            <ul className="places">
              {g.places.map((p) => (
                <li key={p}>
                  {t(`help.place.${p}`)}
                  {p === "domesticAbuse" && lines?.abuse && (
                    <> · {t("help.abuseLine", { name: lines.abuse.name, number: lines.abuse.phone })}</>
                  )}
                </li>
              ))}
            </ul>
            <Sources ids={g.sources} block />
          </article>
        ))}
      </section>
      <IntakeForm
        key={`${babyIntake?.id ?? "none"}-${ownIntake?.id ?? "none"}`}
        babyFlags={babyFlags}
        ownFlags={ownFlags}
        weeksEarly={babyIntake?.values.weeksEarly}
        babyIntakeId={babyIntakeId}
        ownIntakeId={ownIntakeId}
        hasBaby={!!babyIntake}
        hasOwn={!!ownIntake}
      />
      <Contacts />
    </div>
  );
};

const IntakeForm = (props: {
  babyFlags: string[];
  ownFlags: string[];
  weeksEarly: number | undefined;
  babyIntakeId: string;
  ownIntakeId: string;
  hasBaby: boolean;
  hasOwn: boolean;
}) => {
  const { t } = useTranslation();
  const toast = useToast();
  const { reload } = useSessionContext();
  const { engine, baby, household } = useHousehold();
  const [babyFlags, setBabyFlags] = useState(props.babyFlags);
  const [ownFlags, setOwnFlags] = useState(props.ownFlags);
  const [weeks, setWeeks] = useState(props.weeksEarly ? String(props.weeksEarly) : "");
  const [error, setError] = useState<string | null>(null);
  const canEditBaby = canEditFamilyDetails(household);
  if (!baby) return null;
  const toggle = (list: string[], set: (l: string[]) => void, f: string) =>
    set(list.includes(f) ? list.filter((x) => x !== f) : [...list, f]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const early = babyFlags.includes("born_early");
    const weeksEarly = early && weeks.trim() ? Number(weeks) : undefined;
    if (weeksEarly !== undefined && (!Number.isInteger(weeksEarly) || weeksEarly < 1 || weeksEarly > 20)) {
      setError(t("help.weeksEarlyInvalid"));
      return;
    }
    setError(null);
    const time = new Date().toISOString();
    await engine.write(
      engine.writer.set(props.ownIntakeId, "intake", "private", {
        ...(props.hasOwn ? {} : { time, subject: "caregiver" }),
        flags: ownFlags as Json,
      }),
    );
    if (canEditBaby) {
      await engine.write(
        engine.writer.set(props.babyIntakeId, "intake", "household", {
          ...(props.hasBaby ? {} : { time, subject: "baby", babyId: baby.id }),
          flags: babyFlags as Json,
          weeksEarly: weeksEarly ?? null,
        }),
      );
      // Corrected age everywhere: the baby's due date follows the weeks born early.
      const dueDate = weeksEarly
        ? dueDateFromWeeksEarly(baby.birthDate, weeksEarly)
        : early
          ? baby.dueDate
          : null;
      if (dueDate !== baby.dueDate) {
        const res = await call("PATCH /api/households/:householdId/babies/:babyId", {
          params: { householdId: household.id, babyId: baby.id },
          body: { dueDate },
        });
        if (res.ok) await reload();
      }
    }
    toast({ text: t("help.saved") });
  };

  const box = (list: string[], set: (l: string[]) => void, f: string, disabled = false) => (
    <label key={f} className="check-line">
      <input
        type="checkbox"
        checked={list.includes(f)}
        disabled={disabled}
        onChange={() => toggle(list, set, f)}
      />{" "}
      {t(`help.flag.${f}`)}
    </label>
  );

  return (
    <form className="card intake" onSubmit={(e) => void submit(e)} aria-labelledby="intake-title" noValidate>
      <h2 id="intake-title">{t("help.intakeTitle")}</h2>
      <p className="hint">{t("help.intakeIntro")}</p>
      <fieldset>
        <legend>{t("help.babyTitle")}</legend>
        {babyCircumstances.map((f) => box(babyFlags, setBabyFlags, f, !canEditBaby))}
        {babyFlags.includes("born_early") && (
          <label className="field">
            <span>{t("help.weeksEarly")}</span>
            <input
              inputMode="numeric"
              value={weeks}
              disabled={!canEditBaby}
              onChange={(e) => setWeeks(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "weeks-error" : undefined}
            />
          </label>
        )}
        {error && (
          <p id="weeks-error" className="error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t("help.caregiverTitle")}</legend>
        {caregiverCircumstances.map((f) => box(ownFlags, setOwnFlags, f))}
      </fieldset>
      <button type="submit" className="primary">
        {t("help.save")}
      </button>
    </form>
  );
};

const Contacts = () => {
  const { t } = useTranslation();
  const { engine, household } = useHousehold();
  const contacts = useKindEntries("contact") ?? [];
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [role, setRole] = useState("crisis");
  const [error, setError] = useState<string | null>(null);
  const canEdit = canEditFamilyDetails(household);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const fields = { time: new Date().toISOString(), name: name.trim(), phone: phone.trim(), role };
    if (recordIssues("contact", fields, Date.now()).length > 0) {
      setError(t("help.contactInvalid"));
      return;
    }
    setError(null);
    await engine.write(engine.writer.set(uuidv7(), "contact", "household", fields));
    setName("");
    setPhone("");
  };
  return (
    <section className="card" aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t("help.contactsTitle")}</h2>
      <p className="hint">{t("help.contactsIntro")}</p>
      <ul className="contacts">
        {contacts.map((c) => (
          <li key={c.id}>
            <a
              href={telHref(c.values.phone ?? "")}
              aria-label={t("help.callContact", { name: c.values.name })}
            >
              {c.values.name}: {c.values.phone}
            </a>{" "}
            <span className="hint">({t(`help.role.${c.values.role ?? "other"}`)})</span>{" "}
            {canEdit && (
              <button
                type="button"
                className="link"
                onClick={() => void engine.write(engine.writer.remove(c.id, "contact", "household"))}
              >
                {t("help.removeContact", { name: c.values.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form className="inline-form" onSubmit={(e) => void add(e)} noValidate>
          <label className="field">
            <span>{t("help.contactName")}</span>
            <input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="field">
            <span>{t("help.contactPhone")}</span>
            <input type="tel" value={phone} maxLength={30} onChange={(e) => setPhone(e.target.value)} />
          </label>
          <label className="field">
            <span>{t("help.contactRole")}</span>
            <select value={role} onChange={(e) => setRole(e.target.value)}>
              {(["crisis", "doctor", "health_visitor", "other"] as const).map((r) => (
                <option key={r} value={r}>
                  {t(`help.role.${r}`)}
                </option>
              ))}
            </select>
          </label>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="secondary">
            {t("help.addContact")}
          </button>
        </form>
      )}
    </section>
  );
};
