/**
 * The report for the doctor as a PDF document description (pdfmake's document definition: plain
 * data, no I/O), in the reader's language and the family's units. The same description is drawn
 * into a PDF by pdfmake on the phone and by the command line, so both make the same report.
 */
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { sourceText } from "../content/sources.ts";
import type { GuideLine } from "../cues/guide.ts";
import type { GrowthMeasure } from "../growth/growth.ts";
import {
  lengthFromCm,
  lengthUnitFor,
  type TemperatureUnit,
  temperatureFromC,
  type VolumeUnit,
  volumeFromMl,
  type WeightUnit,
  weightFromKg,
} from "../units/units.ts";
import { dayRowsSvg, growthChartSvg } from "./report-charts.ts";
import type { ReportData, ReportEvent } from "./report-data.ts";

/** The reader's words: the app's language files, by key, with {{placeholders}} filled in. */
export type ReportWords = (key: string, vars?: Record<string, string | number>) => string;

export interface ReportLook {
  readonly locale: "en" | "es";
  readonly t: ReportWords;
  readonly pageSize: "A4" | "LETTER";
  readonly units: {
    readonly volume: VolumeUnit;
    readonly weight: WeightUnit;
    readonly temperature: TemperatureUnit;
    readonly hour12: boolean;
  };
}

const grey = "#555555";
const accent = "#7a4b1f";

const fmt = (locale: string, value: number, digits: number) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);

export const reportDocument = (data: ReportData, look: ReportLook): TDocumentDefinitions => {
  const { t, locale, units } = look;
  const zone = data.timeZone;
  const dateFormat = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    day: "numeric",
    month: "short",
    year: "numeric",
  });
  const dayFormat = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    weekday: "short",
    day: "numeric",
    month: "short",
  });
  const timeFormat = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    day: "numeric",
    month: "short",
    hour: "numeric",
    minute: "2-digit",
    hour12: units.hour12,
  });
  const day = (d: string) => dayFormat.format(new Date(`${d}T12:00:00Z`));
  const date = (d: string) => dateFormat.format(new Date(`${d}T12:00:00Z`));
  const when = (iso: string) => timeFormat.format(new Date(iso));
  const madeOn = dateFormat.format(new Date(data.madeAt));
  const hm = (ms: number) => {
    const minutes = Math.round(ms / 60_000);
    return t("report.hm", { h: Math.floor(minutes / 60), m: String(minutes % 60).padStart(2, "0") });
  };
  const volume = (ml: number) =>
    t(`units.${units.volume}`, {
      value: fmt(locale, volumeFromMl(ml, units.volume), units.volume === "ml" ? 0 : 1),
    });
  const weight = (kg: number) =>
    t(`units.${units.weight}`, {
      value: fmt(locale, weightFromKg(kg, units.weight), units.weight === "kg" ? 2 : 1),
    });
  const lengthUnit = lengthUnitFor(units.weight);
  const length = (cm: number) =>
    t(`units.${lengthUnit}`, { value: fmt(locale, lengthFromCm(cm, lengthUnit), 1) });
  const temperature = (c: number) =>
    t(`units.${units.temperature}`, { value: fmt(locale, temperatureFromC(c, units.temperature), 1) });
  const ordinal = (p: number) => t("report.percentile", { p: fmt(locale, p, p < 1 || p > 99 ? 1 : 0) });

  const heading = (text: string): Content => ({ text, style: "h2" });
  const small = (text: string): Content => ({ text, style: "small" });
  const name = data.baby.name;

  // — who the baby is
  const ageText = (days: number) =>
    days < 14
      ? t("report.ageDays", { count: days })
      : days < 91
        ? t("report.ageWeeks", { count: Math.floor(days / 7) })
        : t("report.ageMonths", { count: Math.floor(days / 30.4375) });
  const babyRows: TableCell[][] = [
    [t("report.born"), date(data.baby.birthDate)],
    [
      t("report.age"),
      data.age.correctedDays !== undefined
        ? t("report.ageCorrected", {
            age: ageText(data.age.days),
            corrected: ageText(data.age.correctedDays),
          })
        : ageText(data.age.days),
    ],
  ];
  if (data.baby.dueDate && data.age.correctedDays !== undefined)
    babyRows.push([t("report.due"), date(data.baby.dueDate)]);
  if (data.baby.sex)
    babyRows.push([t("report.sex"), t(data.baby.sex === "female" ? "welcome.sexFemale" : "welcome.sexMale")]);

  const content: Content[] = [
    { text: t("report.title", { name }), style: "h1" },
    {
      text: t("report.span", { from: date(data.from), to: date(data.to), count: data.days.length }),
      style: "lead",
    },
    { table: { widths: [110, "*"], body: babyRows }, layout: "noBorders", margin: [0, 4, 0, 8] },
  ];

  // — the family's questions
  if (data.questions) {
    content.push(heading(t("report.questionsTitle")), { text: data.questions, margin: [0, 0, 0, 8] });
  }

  // — growth
  content.push(heading(t("report.growthTitle")));
  if (!data.measurements.length) content.push(small(t("report.noMeasurements")));
  else {
    if (data.growth) {
      const charts = data.growth
        .filter((g) => g.points.length)
        .map((g) => ({
          stack: [
            { text: t(`report.measure.${g.measure}`), style: "chartTitle" },
            {
              svg: growthChartSvg(g, data.baby.sex!, chartUnits(g.measure, units.weight, locale)),
              width: 160,
            },
          ],
          width: 165,
        }));
      if (charts.length) content.push({ columns: charts, columnGap: 10, margin: [0, 0, 0, 4] });
      content.push(small(t("report.growthLines", { name })));
    } else content.push(small(t("report.growthNoSex")));
    const pct = (g: GrowthMeasure, at: string) => {
      const p = data.growth?.find((x) => x.measure === g)?.points.find((x) => x.at === at);
      return p ? ` (${ordinal(p.percentile)})` : "";
    };
    content.push({
      table: {
        headerRows: 1,
        widths: ["auto", "*", "*", "*"],
        body: [
          [
            t("report.when"),
            t("report.measure.weight"),
            t("report.measure.length"),
            t("report.measure.head"),
          ].map((text) => ({ text, style: "th" })),
          ...data.measurements.map((m) => [
            when(m.at),
            m.weightKg !== undefined ? weight(m.weightKg) + pct("weight", m.at) : "",
            m.lengthCm !== undefined ? length(m.lengthCm) + pct("length", m.at) : "",
            m.headCm !== undefined ? length(m.headCm) + pct("head", m.at) : "",
          ]),
        ],
      },
      layout: "lightHorizontalLines",
      margin: [0, 4, 0, 8],
    });
  }

  // — each day
  content.push(heading(t("report.daysTitle")));
  const breast = (s: number) => (s ? String(Math.round(s / 60)) : "–");
  content.push({
    table: {
      headerRows: 2,
      widths: ["auto", "auto", "auto", "auto", "auto", "auto", "auto", "auto", "auto", "auto", "auto"],
      body: [
        [
          { text: t("report.day"), style: "th", rowSpan: 2 },
          { text: t("report.feeds"), style: "th", colSpan: 5 },
          {},
          {},
          {},
          {},
          { text: t("report.sleep"), style: "th", colSpan: 3 },
          {},
          {},
          { text: t("report.diapers"), style: "th", colSpan: 2 },
          {},
        ],
        [
          "",
          t("report.count"),
          t("report.breastLeft"),
          t("report.breastRight"),
          t("report.bottle"),
          t("report.solids"),
          t("report.total"),
          t("report.nightDay"),
          t("report.longest"),
          t("report.wet"),
          t("report.dirty"),
        ].map((text) => ({ text, style: "th" })),
        ...data.days.map((d) => [
          day(d.day),
          String(d.feeds),
          breast(d.breastLeftS),
          breast(d.breastRightS),
          d.bottleMl ? volume(d.bottleMl) : "–",
          d.solids ? String(d.solids) : "–",
          d.sleepMs ? hm(d.sleepMs) : "–",
          d.sleepMs ? `${hm(d.nightSleepMs)} / ${hm(d.daySleepMs)}` : "–",
          d.longestSleepMs ? hm(d.longestSleepMs) : "–",
          String(d.wet),
          String(d.dirty),
        ]),
      ],
    },
    layout: "lightHorizontalLines",
    style: "table",
  });
  content.push(small(t("report.daysKey")));
  for (const r of data.ranges) {
    content.push(
      small(
        t(`report.range.${r.metric}`, {
          min: r.min,
          max: r.max ?? r.min,
          source: `[${data.sources.indexOf(r.source) + 1}]`,
        }),
      ),
    );
  }

  // — the 24-hour chart
  if (data.chart.length) {
    content.push(heading(t("report.chartTitle")));
    content.push({
      svg: dayRowsSvg(data.chart, {
        label: (d) => dayFormat.format(new Date(`${d}T12:00:00Z`)),
        hour: (h) =>
          units.hour12 ? `${((h + 11) % 12) + 1}${h < 12 ? "a" : "p"}` : String(h).padStart(2, "0"),
      }),
      width: 480,
    });
    content.push(small(t("report.chartKey")));
  }

  // — crying a listening phone heard, only when one listened
  if (data.crying.length) {
    content.push(heading(t("report.cryingTitle")));
    content.push(
      small(
        data.crying
          .map((d) =>
            t("report.cryingDay", { day: day(d.day), minutes: Math.max(1, d.minutes), count: d.episodes }),
          )
          .join(" · "),
      ),
      small(t("report.cryingNote")),
    );
  }

  // — health, medicines, milestones
  content.push(heading(t("report.eventsTitle")));
  if (!data.events.length) content.push(small(t("report.noEvents")));
  else {
    const what = (e: ReportEvent): TableCell => {
      switch (e.kind) {
        case "temperature":
          return e.fever === "none"
            ? temperature(e.temperatureC)
            : {
                text: [
                  `${temperature(e.temperatureC)} — `,
                  { text: t(`report.fever.${e.fever}`), bold: true, color: "#a00000" },
                ],
              };
        case "symptom":
          return e.text;
        case "medicine":
          return [
            e.name,
            e.dose !== undefined
              ? `${fmt(locale, e.dose, 2)} ${e.doseUnit ? t(`doseUnit.${e.doseUnit}`) : ""}`
              : "",
          ]
            .filter(Boolean)
            .join(", ");
        case "milestone":
          return e.title;
      }
    };
    content.push({
      table: {
        headerRows: 1,
        widths: ["auto", "auto", "*", "*"],
        body: [
          [t("report.when"), t("report.what"), t("report.detail"), t("report.note")].map((text) => ({
            text,
            style: "th",
          })),
          ...data.events.map((e) => [when(e.at), t(`report.event.${e.kind}`), what(e), e.note ?? ""]),
        ],
      },
      layout: "lightHorizontalLines",
      style: "table",
    });
    if (data.events.some((e) => e.kind === "temperature" && e.fever !== "none"))
      content.push(small(t("report.feverRule")));
  }

  // — the guide, if chosen
  if (data.guide) {
    const g = data.guide;
    const hidden = (key: string) => g.hidden.has(key);
    const added = (section: GuideLine["section"]) =>
      g.added
        .filter((l) => l.section === section)
        .map((l) => (l.need ? `${t(`cues.need.${l.need}`)}: ${l.text}` : l.text));
    const signKey = (s: string) => (s.startsWith("own:") ? s.slice(4) : t(`cues.sign.${s}`));
    const signs = g.signs
      .filter((s) => !hidden(s.key))
      .map(
        (s) =>
          `${t(`cues.need.${s.need}`)}: ${t("guide.signLine", { sign: signKey(s.sign), k: s.k, of: s.of })}`,
      );
    const soothes = g.soothes
      .filter((s) => !hidden(s.key))
      .map((s) =>
        t("guide.soothesLine", {
          response: t(`cues.response.${s.response}`),
          name,
          wins: fmt(locale, s.wins, 1),
          tries: s.tries,
        }),
      );
    const avoid = g.avoid
      .filter((s) => !hidden(s.key))
      .map((s) => t("guide.avoidLine", { response: t(`cues.response.${s.response}`), tries: s.tries }));
    content.push(heading(t("report.guideTitle", { name })));
    const part = (title: string, lines: string[]) =>
      lines.length
        ? [{ text: title, style: "h3" } as Content, { ul: lines, margin: [0, 0, 0, 4] } as Content]
        : [];
    const parts = [
      ...part(t("guide.signsTitle", { name }), [...signs, ...added("signs")]),
      ...part(t("guide.soothesTitle", { name }), [...soothes, ...added("soothes")]),
      ...part(t("guide.avoidTitle"), [...avoid, ...added("avoid")]),
      ...part(t("guide.notesTitle"), added("notes")),
    ];
    content.push(...(parts.length ? parts : [small(t("report.guideEmpty"))]));
  }

  // — the reflection, if chosen
  if (data.reflection) {
    content.push(heading(t("report.reflectionTitle")));
    content.push({
      table: {
        headerRows: 1,
        widths: ["auto", "auto", "auto", "auto", "auto"],
        body: [
          [
            t("report.weekOf"),
            t("report.moments"),
            t("report.firstSettled"),
            t("report.repaired"),
            t("report.medianSettle"),
          ].map((text) => ({ text, style: "th" })),
          ...data.reflection.map((w) => [
            date(w.weekStart),
            String(w.moments),
            String(w.firstSettled),
            t("report.repairedOf", { repaired: w.repaired, missed: w.missed }),
            w.medianSettleMin !== undefined
              ? t("report.minutes", { count: Math.round(w.medianSettleMin) })
              : "–",
          ]),
        ],
      },
      layout: "lightHorizontalLines",
      style: "table",
    });
    content.push(small(t("report.reflectionKey")));
  }

  // — sources
  if (data.sources.length) {
    content.push(heading(t("report.sourcesTitle")));
    content.push({ ol: data.sources.map((s) => sourceText(s)), style: "small" });
  }
  content.push({ text: t("report.notRecord", { date: madeOn }), style: "small", margin: [0, 10, 0, 0] });

  return {
    pageSize: look.pageSize,
    pageMargins: [36, 40, 36, 44],
    info: { title: t("report.title", { name }), creator: "Attune", producer: "Attune" },
    language: locale,
    defaultStyle: { font: "Roboto", fontSize: 9, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 17, bold: true, color: accent, margin: [0, 0, 0, 2] },
      lead: { fontSize: 10.5, color: grey, margin: [0, 0, 0, 4] },
      h2: { fontSize: 12.5, bold: true, color: accent, margin: [0, 10, 0, 4] },
      h3: { fontSize: 10, bold: true, margin: [0, 4, 0, 2] },
      th: { bold: true, fontSize: 8.5 },
      table: { fontSize: 8.5, margin: [0, 2, 0, 4] },
      small: { fontSize: 8, color: grey, margin: [0, 1, 0, 1] },
      chartTitle: { fontSize: 9, bold: true, margin: [0, 0, 0, 2] },
    },
    footer: (page: number, pages: number) => ({
      text: t("report.footer", { name, date: madeOn, page, pages }),
      style: "small",
      alignment: "center",
      margin: [36, 12, 36, 0],
    }),
    content,
  };
};

/** How a chart writes its values: weight in the family's unit, lengths in cm or inches. */
const chartUnits = (measure: GrowthMeasure, weightUnit: WeightUnit, locale: string) => {
  const lengthUnit = lengthUnitFor(weightUnit);
  if (measure === "weight")
    return {
      convert: (kg: number) => weightFromKg(kg, weightUnit),
      unit: weightUnit,
      format: (v: number) => fmt(locale, v, 1),
    };
  return {
    convert: (cm: number) => lengthFromCm(cm, lengthUnit),
    unit: lengthUnit,
    format: (v: number) => fmt(locale, v, 0),
  };
};
