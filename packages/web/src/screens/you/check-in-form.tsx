/** The ten-second check-in: last night's sleep, stress, mood, help, time for oneself. Private unless shared. */
import type { Json } from "@attune/core/light";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { v7 as uuidv7 } from "uuid";
import { useHousehold } from "../../session/session.tsx";
import { useToast } from "../../ui/toast.tsx";

/** One answer out of a few, as chips (radio buttons underneath, for keyboards and screen readers). */
const RadioChips = <T extends number | boolean>({
  name,
  legend,
  className = "chip-group",
  options,
  value,
  onChange,
}: {
  name: string;
  legend: ReactNode;
  className?: string;
  options: readonly { value: T; label: string; ariaLabel?: string }[];
  value: T | undefined;
  onChange: (v: T) => void;
}) => (
  <fieldset className={className}>
    <legend>{legend}</legend>
    {options.map((o) => (
      <label key={String(o.value)} className={value === o.value ? "chip active" : "chip"}>
        <input
          type="radio"
          className="visually-hidden"
          name={name}
          checked={value === o.value}
          onChange={() => onChange(o.value)}
          aria-label={o.ariaLabel}
        />
        {o.label}
      </label>
    ))}
  </fieldset>
);

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
  const oneToFive = [1, 2, 3, 4, 5].map((v) => ({
    value: v,
    label: String(v),
    ariaLabel: t("you.scale", { value: v }),
  }));
  const yesNo = [
    { value: true, label: t("you.yes") },
    { value: false, label: t("you.no") },
  ];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const fields: Record<string, Json> = { time: new Date().toISOString() };
    if (sleep.trim()) {
      const hours = Number(sleep.replace(",", "."));
      if (!Number.isFinite(hours) || hours < 0 || hours > 24) {
        setError(t("you.sleepInvalid"));
        return;
      }
      fields.sleepHours = hours;
    }
    if (stress) fields.stress = stress;
    if (mood) fields.mood = mood;
    if (hadHelp !== undefined) fields.hadHelp = hadHelp;
    if (ownTime !== undefined) fields.ownTime = ownTime;
    if (Object.keys(fields).length === 1) {
      setError(t("you.needAnswer"));
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
    toast({ text: t("you.saved") });
  };

  return (
    <form
      className="card check-in"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="checkin-title"
      noValidate
    >
      <h2 id="checkin-title">{t("you.checkinTitle")}</h2>
      <label className="field">
        <span>{t("you.sleep")}</span>
        <input
          inputMode="decimal"
          value={sleep}
          onChange={(e) => setSleep(e.target.value)}
          aria-invalid={error === t("you.sleepInvalid") ? true : undefined}
        />
      </label>
      {(["stress", "mood"] as const).map((scale) => (
        <RadioChips
          key={scale}
          name={scale}
          className="chip-group scale"
          legend={
            <>
              {t(`you.${scale}`)}{" "}
              <span className="hint">
                {t("you.scaleHint", { low: t(`you.${scale}Low`), high: t(`you.${scale}High`) })}
              </span>
            </>
          }
          options={oneToFive}
          value={scale === "stress" ? stress : mood}
          onChange={scale === "stress" ? setStress : setMood}
        />
      ))}
      <RadioChips
        name="help"
        legend={t("you.hadHelp")}
        options={yesNo}
        value={hadHelp}
        onChange={setHadHelp}
      />
      <RadioChips
        name="own"
        legend={t("you.ownTime")}
        options={yesNo}
        value={ownTime}
        onChange={setOwnTime}
      />
      <label className="check-line">
        <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} />{" "}
        {t("you.share")}
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        {t("you.save")}
      </button>
    </form>
  );
};
