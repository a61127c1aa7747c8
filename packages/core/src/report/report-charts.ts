/**
 * The report's charts as SVG text (pdfmake draws SVG with the report's own font): a growth chart
 * with the WHO percentile lines and the baby's points, and the 24-hour chart of the span, one row
 * per day with sleeps as bars and feeds as marks.
 */
import { type GrowthSex, maxGrowthMonths, percentileCurves } from "../growth/growth.ts";
import type { DayRow } from "../insights/day-chart.ts";
import type { ReportGrowth } from "./report-data.ts";

const xmlText = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

const n = (v: number) => (Math.round(v * 10) / 10).toString();

export interface ChartUnits {
  readonly convert: (value: number) => number;
  readonly unit: string;
  readonly format: (value: number) => string;
}

/** A growth chart 0 → a little past the last point (months), WHO lines 3rd–97th, the baby's points. */
export const growthChartSvg = (growth: ReportGrowth, sex: GrowthSex, units: ChartUnits): string => {
  const width = 200;
  const height = 150;
  const left = 24;
  const bottom = 16;
  const top = 10;
  const right = 18;
  const last = Math.max(...growth.points.map((p) => p.months), 1);
  const toMonths = Math.min(maxGrowthMonths, Math.max(3, Math.ceil(last + 1)));
  const curves = percentileCurves(growth.measure, sex, 0, toMonths, toMonths > 12 ? 0.5 : 0.25);
  const values = [
    ...curves.flatMap((c) => c.points.map((p) => units.convert(p.value))),
    ...growth.points.map((p) => units.convert(p.value)),
  ];
  const lo = Math.floor(Math.min(...values));
  const hi = Math.ceil(Math.max(...values));
  const x = (m: number) => left + (m / toMonths) * (width - left - right);
  const y = (v: number) => top + (1 - (v - lo) / (hi - lo || 1)) * (height - top - bottom);
  const parts: string[] = [];
  parts.push(
    `<rect x="${left}" y="${top}" width="${width - left - right}" height="${height - top - bottom}" fill="#fbf8f3" stroke="#cccccc" stroke-width="0.5"/>`,
  );
  const valueStep = Math.max(1, Math.round((hi - lo) / 5));
  for (let v = lo; v <= hi; v += valueStep) {
    parts.push(
      `<line x1="${left}" y1="${n(y(v))}" x2="${width - right}" y2="${n(y(v))}" stroke="#e4e0da" stroke-width="0.5"/>`,
    );
    parts.push(
      `<text x="${left - 3}" y="${n(y(v) + 3)}" font-size="8.5" text-anchor="end" fill="#555555">${xmlText(units.format(v))}</text>`,
    );
  }
  const monthStep = toMonths > 12 ? 3 : toMonths > 6 ? 2 : 1;
  for (let m = 0; m <= toMonths; m += monthStep) {
    parts.push(
      `<text x="${n(x(m))}" y="${height - bottom + 11}" font-size="8.5" text-anchor="middle" fill="#555555">${m}</text>`,
    );
  }
  parts.push(
    `<text x="${width - right + 2}" y="${height - bottom + 11}" font-size="7" fill="#555555">m</text>`,
  );
  parts.push(`<text x="2" y="${top - 2}" font-size="8" fill="#555555">${xmlText(units.unit)}</text>`);
  for (const c of curves) {
    const points = c.points.map((p) => `${n(x(p.months))},${n(y(units.convert(p.value)))}`).join(" ");
    const median = c.p === 50;
    parts.push(
      `<polyline points="${points}" fill="none" stroke="${median ? "#7a7a7a" : "#b5b0a8"}" stroke-width="${median ? 1 : 0.6}"/>`,
    );
    const end = c.points[c.points.length - 1]!;
    parts.push(
      `<text x="${width - right + 2}" y="${n(y(units.convert(end.value)) + 3)}" font-size="7.5" fill="#777777">${c.p}</text>`,
    );
  }
  if (growth.points.length > 1) {
    const line = growth.points.map((p) => `${n(x(p.months))},${n(y(units.convert(p.value)))}`).join(" ");
    parts.push(`<polyline points="${line}" fill="none" stroke="#7a4b1f" stroke-width="1"/>`);
  }
  for (const p of growth.points) {
    parts.push(
      `<circle cx="${n(x(p.months))}" cy="${n(y(units.convert(p.value)))}" r="2.4" fill="#7a4b1f"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join("")}</svg>`;
};

/** One row per day (oldest first), 0–24 h: sleeps as bars, feeds as marks. */
export const dayRowsSvg = (
  rows: readonly DayRow[],
  words: { readonly label: (day: string) => string; readonly hour: (h: number) => string },
): string => {
  const rowHeight = rows.length > 40 ? 6 : 10;
  const left = 70;
  const width = 560;
  const top = 14;
  const plot = width - left - 6;
  const height = top + rows.length * rowHeight + 4;
  const x = (h: number) => left + (Math.min(h, 24) / 24) * plot;
  const parts: string[] = [];
  for (let h = 0; h <= 24; h += 3) {
    parts.push(
      `<line x1="${n(x(h))}" y1="${top - 2}" x2="${n(x(h))}" y2="${height - 4}" stroke="#e4e0da" stroke-width="0.5"/>`,
    );
    parts.push(
      `<text x="${n(x(h))}" y="${top - 4}" font-size="7" text-anchor="middle" fill="#555555">${xmlText(words.hour(h % 24))}</text>`,
    );
  }
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    if (rowHeight >= 8 || i % 7 === 0)
      parts.push(
        `<text x="${left - 4}" y="${n(y + rowHeight - 2)}" font-size="${rowHeight >= 8 ? 7 : 6}" text-anchor="end" fill="#333333">${xmlText(words.label(row.day))}</text>`,
      );
    for (const s of row.sleeps) {
      parts.push(
        `<rect x="${n(x(s.from))}" y="${n(y + 1)}" width="${n(Math.max(0.6, x(s.to) - x(s.from)))}" height="${rowHeight - 2}" fill="#5b6f95"/>`,
      );
    }
    for (const f of row.feeds) {
      parts.push(`<rect x="${n(x(f) - 0.7)}" y="${n(y)}" width="1.4" height="${rowHeight}" fill="#d08a2e"/>`);
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join("")}</svg>`;
};
