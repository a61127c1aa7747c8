/**
 * The growth chart: the baby's weight, length or head size by age against the WHO Child Growth
 * Standards (3rd to 97th percentile curves), by corrected age for a baby born early. Plain SVG,
 * described in words.
 */
import {
  type GrowthMeasure,
  growthMonths,
  growthPoints,
  maxGrowthMonths,
  percentileCurves,
} from "@attune/core";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatLength, formatNumber, formatWeight, formatWeightShort } from "../../format.ts";
import { useKindEntries } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { Sources } from "../../ui/sources.tsx";

const width = 320;
const height = 200;
const left = 40;
const bottom = 24;
const measures: readonly GrowthMeasure[] = ["weight", "length", "head"];

/**
 * Where a percentile sits, in words the reader's language builds ("around the 3rd", "alrededor del
 * percentil 3"): never "0th" or "100th", which no chart has.
 */
const percentileWhere = (percentile: number, t: TFunction): string => {
  if (percentile < 1) return t("growth.below1");
  if (percentile > 99) return t("growth.above99");
  return t("growth.around", { count: Math.round(percentile), ordinal: true });
};

export const GrowthCard = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { baby } = useHousehold();
  const [measure, setMeasure] = useState<GrowthMeasure>("weight");
  const entries = useKindEntries("growth", { babyOnly: true });
  if (!baby || !entries) return null;
  const sex = baby.sex;
  const format = (v: number) =>
    measure === "weight" ? formatWeight(v, settings, t) : formatLength(v, settings, t);
  const axis = (v: number) =>
    measure === "weight" ? formatWeightShort(v, settings, t) : formatLength(v, settings, t);

  return (
    <section className="card growth" aria-labelledby="growth-title" data-testid="growth">
      <h2 id="growth-title">{t("growth.title")}</h2>
      <fieldset className="filters">
        <legend className="visually-hidden">{t("growth.title")}</legend>
        {measures.map((m) => (
          <button
            key={m}
            type="button"
            className={m === measure ? "chip active" : "chip"}
            aria-pressed={m === measure}
            onClick={() => setMeasure(m)}
          >
            {t(`growth.measure.${m}`)}
          </button>
        ))}
      </fieldset>
      {!sex ? (
        <p>
          {t("growth.noSex", { name: baby.name })} <Link to="/settings">{t("growth.settingsLink")}</Link>
        </p>
      ) : (
        <Chart measure={measure} sex={sex} entries={entries} format={format} axis={axis} />
      )}
      <Sources ids={["whoGrowth"]} block />
    </section>
  );
};

const Chart = ({
  measure,
  sex,
  entries,
  format,
  axis,
}: {
  measure: GrowthMeasure;
  sex: "female" | "male";
  entries: Parameters<typeof growthPoints>[0];
  format: (v: number) => string;
  /** Shorter, for the axis: one number and its unit. */
  axis: (v: number) => string;
}) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const { baby } = useHousehold();
  if (!baby) return null;
  const points = growthPoints(entries, measure, sex, baby.birthDate, baby.dueDate);
  const ageNow = growthMonths(baby.birthDate, baby.dueDate, new Date().toISOString());
  const toMonths = Math.min(
    maxGrowthMonths,
    Math.max(3, Math.ceil(Math.max(ageNow, ...points.map((p) => p.months))) + 1),
  );
  const curves = percentileCurves(measure, sex, 0, toMonths);
  const all = curves.flatMap((c) => c.points.map((p) => p.value)).concat(points.map((p) => p.value));
  const lo = Math.floor(Math.min(...all));
  const hi = Math.ceil(Math.max(...all));
  const x = (m: number) => left + (m / toMonths) * (width - left - 22);
  const y = (v: number) => 6 + (1 - (v - lo) / (hi - lo)) * (height - bottom - 6);
  const path = (pts: readonly { months: number; value: number }[]) =>
    pts.map((p, i) => `${i ? "L" : "M"}${x(p.months).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  const last = points.at(-1);
  const ticks = Array.from({ length: toMonths + 1 }, (_, i) => i).filter((m) => m % 3 === 0 || toMonths <= 6);
  const measureName = t(`growth.measure.${measure}`);
  return (
    <>
      <svg
        className="growth-chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t("growth.chartLabel", { measure: measureName })}
      >
        {ticks.map((m) => (
          <g key={m}>
            <line x1={x(m)} x2={x(m)} y1={6} y2={height - bottom} className="grid" />
            <text x={x(m)} y={height - 5} className="axis" textAnchor="middle">
              {m}
            </text>
          </g>
        ))}
        {[lo, (lo + hi) / 2, hi].map((v) => (
          <text key={v} x={0} y={y(v) + 3} className="axis">
            {axis(v)}
          </text>
        ))}
        {curves.map((c) => (
          <g key={c.p}>
            <path d={path(c.points)} className={c.p === 50 ? "curve median" : "curve"} />
            <text x={width - 20} y={y(c.points.at(-1)!.value) + 3} className="axis">
              {t("growth.p", { count: c.p, ordinal: true })}
            </text>
          </g>
        ))}
        {points.length > 1 && <path d={path(points)} className="baby-line" />}
        {points.map((p) => (
          <circle key={p.at} cx={x(p.months)} cy={y(p.value)} r={3.2} className="baby-dot" />
        ))}
      </svg>
      <p className="hint">{t("growth.months")}</p>
      {last ? (
        <>
          <p>
            {t("growth.last", {
              value: format(last.value),
              age: t("growth.ageMonths", { value: formatNumber(last.months, settings, 1) }),
              where: percentileWhere(last.percentile, t),
            })}
          </p>
          <p className="hint">
            {t("growth.lastNote")} <Sources ids={["rcpchGrowth"]} />
          </p>
        </>
      ) : (
        <p className="empty">{t("growth.none", { measure: measureName.toLowerCase() })}</p>
      )}
      {baby.dueDate && baby.dueDate > baby.birthDate && <p className="hint">{t("growth.corrected")}</p>}
    </>
  );
};
