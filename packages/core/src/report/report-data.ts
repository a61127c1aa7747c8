/**
 * What the report for the baby's doctor says, worked out from the journal for one baby and a span
 * of days: who the baby is, growth on the WHO standard, each day in numbers (the same day summaries
 * the Patterns screen shows), the health notes, medicines and milestones with their times, the
 * family's questions, and — if the caregiver chooses — the baby's guide and the weekly reflection.
 *
 * Only what belongs to the baby and is shared with the household goes in: a caregiver's private
 * records (check-ins, self-checks, their own circumstances) and the household's notes are never
 * read, whatever the caller passes.
 */
import { DateTime } from "luxon";
import type { SourceId } from "../content/sources.ts";
import { buildGuide, type Guide } from "../cues/guide.ts";
import { momentOf } from "../cues/moments.ts";
import { type ReflectionWeek, reflectionSources, reflectionWeeks } from "../cues/reflection.ts";
import { type GrowthMeasure, type GrowthPoint, type GrowthSex, growthPoints } from "../growth/growth.ts";
import { type FeverAdvice, feverAdvice, feverSources } from "../health/fever.ts";
import { contentId } from "../import/ids.ts";
import { type CryingDay, cryingByDay } from "../insights/crying.ts";
import { type DayRow, dayRows } from "../insights/day-chart.ts";
import { type DaySummary, daySummary } from "../insights/day-summary.ts";
import { type Range, referenceRanges } from "../insights/ranges.ts";
import type { RecordKind } from "../kinds/index.ts";
import { type BabyAge, babyAge } from "../projections/age.ts";
import { type Entry, ofKind } from "../projections/entries.ts";

export interface ReportBaby {
  readonly id: string;
  readonly name: string;
  readonly birthDate: string;
  readonly dueDate: string | null;
  readonly sex: GrowthSex | null;
}

export interface ReportRequest {
  readonly baby: ReportBaby;
  readonly timeZone: string;
  /** The household's entries as this caregiver sees them; only the baby's shared ones are read. */
  readonly entries: readonly Entry[];
  /** First and last day of the span (YYYY-MM-DD, in the household's zone), both included. */
  readonly from: string;
  readonly to: string;
  readonly now: number;
  readonly include?: { readonly guide?: boolean; readonly reflection?: boolean };
}

export type ReportDay = DaySummary;

/** A health note, medicine or milestone, with its time. */
export type ReportEvent =
  | {
      readonly kind: "temperature";
      readonly at: string;
      readonly temperatureC: number;
      readonly site?: string | undefined;
      readonly fever: FeverAdvice;
      readonly note?: string | undefined;
    }
  | {
      readonly kind: "symptom";
      readonly at: string;
      readonly text: string;
      readonly note?: string | undefined;
    }
  | {
      readonly kind: "medicine";
      readonly at: string;
      readonly name: string;
      readonly dose?: number | undefined;
      readonly doseUnit?: string | undefined;
      readonly note?: string | undefined;
    }
  | {
      readonly kind: "milestone";
      readonly at: string;
      readonly title: string;
      readonly note?: string | undefined;
    };

export interface ReportGrowth {
  readonly measure: GrowthMeasure;
  /** Every measurement up to the span's end (a growth chart needs the earlier points too). */
  readonly points: readonly GrowthPoint[];
}

export interface ReportData {
  readonly baby: ReportBaby;
  readonly timeZone: string;
  readonly from: string;
  readonly to: string;
  readonly madeAt: number;
  /** The baby's age on the span's last day. */
  readonly age: BabyAge;
  readonly days: readonly ReportDay[];
  readonly chart: readonly DayRow[];
  /** Set only when the baby's sex is known, as the WHO standard is given by sex. */
  readonly growth: readonly ReportGrowth[] | undefined;
  readonly measurements: readonly {
    readonly at: string;
    readonly weightKg?: number | undefined;
    readonly lengthCm?: number | undefined;
    readonly headCm?: number | undefined;
  }[];
  readonly events: readonly ReportEvent[];
  /** Crying a listening phone heard, per day of the span that had any (none when no phone listened). */
  readonly crying: readonly CryingDay[];
  readonly ranges: readonly Range[];
  readonly questions: string;
  readonly guide: Guide | undefined;
  readonly reflection: readonly ReflectionWeek[] | undefined;
  /** Every source a figure or range on the report rests on. */
  readonly sources: readonly SourceId[];
}

/** The record holding a baby's next check-up (questions, the last report's span), one per baby. */
export const checkupRecordId = (babyId: string): string => contentId(["checkup", babyId]);

/** The kinds a report may read: the baby's own shared entries. Nothing private, no household notes. */
const reportKinds = new Set<RecordKind>([
  "feed",
  "sleep",
  "diaper",
  "growth",
  "health",
  "medicine",
  "milestone",
  "moment",
  "cry",
  "guide",
  "checkup",
]);

/** Days from `from` to `to`, both included; an empty list when `to` is before `from`. */
export const spanDays = (from: string, to: string): string[] => {
  const out: string[] = [];
  let d = DateTime.fromISO(from, { zone: "UTC" });
  const last = DateTime.fromISO(to, { zone: "UTC" });
  while (d <= last && out.length < 400) {
    out.push(d.toISODate()!);
    d = d.plus({ days: 1 });
  }
  return out;
};

/** The longest span a report may cover (a year and a bit), so that it stays a few pages. */
export const maxReportDays = 366;

/** The default span: from the day after the last report (when it was within 12 weeks), or the last 4 weeks. */
export const defaultReportSpan = (
  timeZone: string,
  now: number,
  lastReportTo?: string,
): { from: string; to: string } => {
  const today = DateTime.fromMillis(now, { zone: timeZone }).startOf("day");
  const to = today.toISODate()!;
  const fourWeeks = today.minus({ days: 27 }).toISODate()!;
  if (lastReportTo && lastReportTo < to) {
    const next = DateTime.fromISO(lastReportTo, { zone: timeZone }).plus({ days: 1 });
    if (today.diff(next, "days").days <= 84) return { from: next.toISODate()!, to };
  }
  return { from: fourWeeks, to };
};

const inSpan = (at: string, start: number, end: number) => {
  const t = Date.parse(at);
  return t >= start && t < end;
};

export const buildReport = (request: ReportRequest): ReportData => {
  const { baby, timeZone, from, to, now } = request;
  const entries = request.entries.filter(
    (e) =>
      !e.deleted &&
      e.scope === "household" &&
      reportKinds.has(e.kind) &&
      (e.values as { babyId?: string }).babyId === baby.id,
  );
  const days = spanDays(from, to);
  const start = DateTime.fromISO(from, { zone: timeZone }).startOf("day").toMillis();
  const end = DateTime.fromISO(to, { zone: timeZone }).startOf("day").plus({ days: 1 }).toMillis();
  const until = Math.min(end, now);
  const summaries: ReportDay[] = days.map((day) => daySummary(entries, day, timeZone, until));

  const events: ReportEvent[] = [];
  for (const e of entries) {
    if (!inSpan(e.at, start, end)) continue;
    const note = e.values.note || undefined;
    if (e.kind === "health") {
      const v = e.values;
      if (v.type === "temperature" && v.temperatureC !== undefined) {
        events.push({
          kind: "temperature",
          at: e.at,
          temperatureC: v.temperatureC,
          site: v.site,
          fever: feverAdvice(baby.birthDate, v.temperatureC, Date.parse(e.at)),
          note,
        });
      } else if (v.type === "symptom" && v.symptom) {
        events.push({ kind: "symptom", at: e.at, text: v.symptom, note });
      } else if (v.type === "medication" && v.medication) {
        events.push({
          kind: "medicine",
          at: e.at,
          name: v.medication,
          dose: v.dose,
          doseUnit: v.doseUnit,
          note,
        });
      }
    } else if (e.kind === "medicine" && e.values.name) {
      const v = e.values;
      events.push({ kind: "medicine", at: e.at, name: v.name!, dose: v.dose, doseUnit: v.doseUnit, note });
    } else if (e.kind === "milestone" && e.values.title) {
      events.push({ kind: "milestone", at: e.at, title: e.values.title, note });
    }
  }
  events.sort((a, b) => a.at.localeCompare(b.at));

  const upToEnd = entries.filter((e) => Date.parse(e.at) < end);
  const growthEntries = upToEnd.filter(ofKind("growth"));
  const measurements = growthEntries
    .map((e) => ({
      at: e.at,
      weightKg: e.values.weightKg,
      lengthCm: e.values.lengthCm,
      headCm: e.values.headCm,
    }))
    .sort((a, b) => a.at.localeCompare(b.at));
  const growth = baby.sex
    ? (["weight", "length", "head"] as const).map((measure) => ({
        measure,
        points: growthPoints(growthEntries, measure, baby.sex!, baby.birthDate, baby.dueDate),
      }))
    : undefined;

  const age = babyAge(baby.birthDate, baby.dueDate, Math.min(until, end - 1));
  const ranges = referenceRanges(age.correctedDays ?? age.days);
  const checkup = entries.find(ofKind("checkup"));
  const include = request.include ?? {};
  const moments = upToEnd.filter(ofKind("moment")).map(momentOf);
  const guide = include.guide
    ? buildGuide(moments, entries.find(ofKind("guide")), entries.filter(ofKind("cry")))
    : undefined;
  const weeks = Math.max(1, Math.ceil(days.length / 7));
  const reflection = include.reflection
    ? reflectionWeeks(
        moments.filter((m) => inSpan(m.start, start, end)),
        weeks,
        timeZone,
        until - 1,
      )
    : undefined;

  const sources = new Set<SourceId>(ranges.map((r) => r.source));
  if (events.some((e) => e.kind === "temperature")) for (const s of feverSources) sources.add(s);
  if (growth && measurements.length) sources.add("whoGrowth");
  if (age.correctedDays !== undefined) sources.add("aapCorrectedAge");
  if (reflection) for (const s of reflectionSources) sources.add(s);

  return {
    baby,
    timeZone,
    from,
    to,
    madeAt: now,
    age,
    days: summaries,
    chart: dayRows(entries, days, timeZone, until),
    growth,
    measurements,
    events,
    crying: cryingByDay(entries, days, timeZone).filter((d) => d.seconds > 0),
    ranges,
    questions: checkup?.values.questions?.trim() ?? "",
    guide,
    reflection,
    sources: [...sources],
  };
};
