/**
 * `npm run attune -- report`: the report for a baby's doctor as a PDF, made from the same core code
 * as on the phone, from the baby's shared records (nothing private is read).
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { entryOf } from "@attune/core";
import {
  buildReport,
  checkupRecordId,
  defaultReportSpan,
  maxReportDays,
  reportDocument,
  spanDays,
} from "@attune/core/report";
import { z } from "zod";
import { readConfig } from "../config.ts";
import { reportLocales, wordsFor } from "../i18n/words.ts";
import { servicesFromConfig } from "../start.ts";
import { findBabyAnywhere } from "../store/babies.ts";
import { sharedRecordsOfBaby } from "../store/journal.ts";
import { UsageError } from "../usage-error.ts";
import { renderPdf } from "./render-pdf.ts";

const day = z.iso.date();

export const reportCommand = async (args: string[]): Promise<void> => {
  const { values } = parseArgs({
    args,
    options: {
      baby: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      locale: { type: "string", default: "en" },
      page: { type: "string", default: "a4" },
      units: { type: "string", default: "metric" },
      out: { type: "string" },
      guide: { type: "boolean", default: false },
      reflection: { type: "boolean", default: false },
    },
  });
  if (!values.baby || !z.uuid().safeParse(values.baby).success)
    throw new UsageError("Say which baby with --baby <id> (see the baby's id in Settings or the API)");
  if (!values.out) throw new UsageError("Say where to write the PDF with --out <file.pdf>");
  const locale = values.locale as (typeof reportLocales)[number];
  if (!reportLocales.includes(locale))
    throw new UsageError("The report is in English or Spanish: --locale en|es");
  if (values.page !== "a4" && values.page !== "letter")
    throw new UsageError("Choose the paper: --page a4|letter");
  if (values.units !== "metric" && values.units !== "us")
    throw new UsageError("Choose the units: --units metric|us");
  for (const [name, value] of [
    ["from", values.from],
    ["to", values.to],
  ] as const) {
    if (value !== undefined && !day.safeParse(value).success)
      throw new UsageError(`--${name} must be a date written YYYY-MM-DD, such as 2026-11-02`);
  }

  const running = await servicesFromConfig(readConfig());
  try {
    const { db } = running.services;
    const found = await findBabyAnywhere(db, values.baby);
    if (!found) throw new UsageError(`There is no baby with id ${values.baby} here`);
    const { baby, householdId } = found;
    const now = running.services.now();
    const entries = (await sharedRecordsOfBaby(db, householdId, baby.id)).map(entryOf);
    const checkup = entries.find((e) => e.id === checkupRecordId(baby.id));
    const lastReportTo = checkup?.kind === "checkup" ? checkup.values.lastReportTo : undefined;
    const fallback = defaultReportSpan(baby.timeZone, now, lastReportTo);
    const from = values.from ?? fallback.from;
    const to = values.to ?? fallback.to;
    if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
    if (from < baby.birthDate && to < baby.birthDate)
      throw new UsageError(`${baby.name} was born on ${baby.birthDate}: choose days from then on`);
    if (spanDays(from, to).length > maxReportDays)
      throw new UsageError(`A report covers at most ${maxReportDays} days; choose a shorter span`);
    const data = buildReport({
      baby,
      timeZone: baby.timeZone,
      entries,
      from: from < baby.birthDate ? baby.birthDate : from,
      to,
      now,
      include: { guide: values.guide, reflection: values.reflection },
    });
    const us = values.units === "us";
    const document = reportDocument(data, {
      locale,
      t: await wordsFor(locale),
      pageSize: values.page === "letter" ? "LETTER" : "A4",
      units: { volume: us ? "oz" : "ml", weight: us ? "lb" : "kg", temperature: us ? "f" : "c", hour12: us },
    });
    const file = resolve(values.out);
    writeFileSync(file, await renderPdf(document));
    console.log(
      `Wrote the report for ${baby.name}, ${data.from} to ${data.to} (${data.days.length} days), to ${file}`,
    );
  } finally {
    await running.close();
  }
};
