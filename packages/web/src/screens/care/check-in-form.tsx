/** The ten-second check-in: last night's sleep, stress, mood, help, time for oneself. Private unless shared. */
import type { Json } from "@attune/core/light";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { v7 as uuidv7 } from "uuid";
import { useHousehold } from "../../session/session.tsx";
import { useToast } from "../../ui/toast.tsx";

const Scale = ({
  name,
  label,
  low,
  high,
  value,
  onChange,
}: {
  name: string;
  label: string;
  low: string;
  high: string;
  value: number | undefined;
  onChange: (v: number) => void;
}) => {
  const { t } = useTranslation();
  return (
    <fieldset className="chip-group scale">
      <legend>
        {label} <span className="hint">{t("care.scaleHint", { low, high })}</span>
      </legend>
      {[1, 2, 3, 4, 5].map((v) => (
        <label key={v} className={value === v ? "chip active" : "chip"}>
          <input
            type="radio"
            className="visually-hidden"
            name={name}
            checked={value === v}
            onChange={() => onChange(v)}
            aria-label={t("care.scale", { value: v })}
          />
          {v}
        </label>
      ))}
    </fieldset>
  );
};

const YesNo = ({
  name,
  label,
  value,
  onChange,
}: {
  name: string;
  label: string;
  value: boolean | undefined;
  onChange: (v: boolean) => void;
}) => {
  const { t } = useTranslation();
  return (
    <fieldset className="chip-group">
      <legend>{label}</legend>
      {[true, false].map((v) => (
        <label key={String(v)} className={value === v ? "chip active" : "chip"}>
          <input
            type="radio"
            className="visually-hidden"
            name={name}
            checked={value === v}
            onChange={() => onChange(v)}
          />
          {v ? t("care.yes") : t("care.no")}
        </label>
      ))}
    </fieldset>
  );
};

export const CheckInForm = () => {
  const { t } = useTranslation();
  const toast = useToast();
  const { engine } = useHousehold();
  const [sleep, setSleep] = useState("");
  const [stress, setStress] = useState<number>();
  const [mood, setMood] = useState<number>();
  const [hadHelp, setHadHelp] = useState<boolean>();
  const [ownTime, setOwnTime] = useState<boolean>();
  const [share, setShare] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const fields: Record<string, Json> = { time: new Date().toISOString() };
    if (sleep.trim()) {
      const hours = Number(sleep.replace(",", "."));
      if (!Number.isFinite(hours) || hours < 0 || hours > 24) {
        setError(t("care.sleepInvalid"));
        return;
      }
      fields.sleepHours = hours;
    }
    if (stress) fields.stress = stress;
    if (mood) fields.mood = mood;
    if (hadHelp !== undefined) fields.hadHelp = hadHelp;
    if (ownTime !== undefined) fields.ownTime = ownTime;
    if (Object.keys(fields).length === 1) {
      setError(t("care.needAnswer"));
      return;
    }
    setError(null);
    await engine.write(engine.writer.set(uuidv7(), "checkin", share ? "household" : "private", fields));
    setSleep("");
    setStress(undefined);
    setMood(undefined);
    setHadHelp(undefined);
    setOwnTime(undefined);
    setShare(false);
    toast({ text: t("care.saved") });
  };

  return (
    <form
      className="card check-in"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="checkin-title"
      noValidate
    >
      <h2 id="checkin-title">{t("care.checkinTitle")}</h2>
      <label className="field">
        <span>{t("care.sleep")}</span>
        <input
          inputMode="decimal"
          value={sleep}
          onChange={(e) => setSleep(e.target.value)}
          aria-invalid={error === t("care.sleepInvalid") ? true : undefined}
        />
      </label>
      <Scale
        name="stress"
        label={t("care.stress")}
        low={t("care.stressLow")}
        high={t("care.stressHigh")}
        value={stress}
        onChange={setStress}
      />
      <Scale
        name="mood"
        label={t("care.mood")}
        low={t("care.moodLow")}
        high={t("care.moodHigh")}
        value={mood}
        onChange={setMood}
      />
      <YesNo name="help" label={t("care.hadHelp")} value={hadHelp} onChange={setHadHelp} />
      <YesNo name="own" label={t("care.ownTime")} value={ownTime} onChange={setOwnTime} />
      <label className="switch">
        <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} />{" "}
        {t("care.share")}
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        {t("care.save")}
      </button>
    </form>
  );
};
