/**
 * `npm run attune -- export --household <id> --format csv|json --out <path>`: what a household
 * shares (never a caregiver's private records), as the JSON Attune keeps or as one CSV per kind in a
 * zip (core's csv-export.ts, the same files the app's Settings make). The JSON is streamed to the
 * file a thousand records at a time.
 */

import { once } from "node:events";
import { createWriteStream, existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { entryOf, fieldValues } from "@attune/core";
import { csvExportFiles, zipFiles } from "@attune/core/export";
import { z } from "zod";
import { readConfig } from "../config.ts";
import { isoNow } from "../services.ts";
import { servicesFromConfig } from "../start.ts";
import { babyRowsForExport, listBabies } from "../store/babies.ts";
import { findHousehold } from "../store/households.ts";
import { sharedRecordPages } from "../store/journal.ts";
import { memberRowsForExport } from "../store/members.ts";
import { UsageError } from "../usage-error.ts";

export const exportCommand = async (args: string[]): Promise<void> => {
  const { values } = parseArgs({
    args,
    options: {
      household: { type: "string" },
      format: { type: "string", default: "json" },
      out: { type: "string" },
      force: { type: "boolean", default: false },
    },
  });
  if (!values.household || !z.uuid().safeParse(values.household).success)
    throw new UsageError(
      "Say which household with --household <id> (its id is in the API and the JSON export)",
    );
  if (values.format !== "csv" && values.format !== "json")
    throw new UsageError("Choose --format csv or --format json");
  if (!values.out)
    throw new UsageError(
      `Say where to write it with --out <file.${values.format === "csv" ? "zip" : "json"}>`,
    );
  const file = resolve(values.out);
  if (existsSync(file) && !values.force)
    throw new UsageError(`${file} exists already; pick another name or add --force`);

  const running = await servicesFromConfig(readConfig());
  try {
    const { db } = running.services;
    const household = await findHousehold(db, values.household);
    if (!household) throw new UsageError(`There is no household with id ${values.household} here`);
    // Written to a temporary name first, so a failure never leaves half a file under the real one.
    const partial = `${file}.partial`;
    if (values.format === "csv") {
      const babies = await listBabies(db, household.id);
      const entries = [];
      for await (const page of sharedRecordPages(db, household.id)) entries.push(...page.map(entryOf));
      writeFileSync(partial, zipFiles(csvExportFiles(entries, babies)));
      renameSync(partial, file);
      console.log(`Wrote ${entries.length} entries of ${household.name} as CSV files in ${file}`);
      return;
    }
    const out = createWriteStream(partial);
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, "drain");
    };
    try {
      const head = {
        exportedAt: isoNow(running.services),
        household: { id: household.id, name: household.name },
        babies: await babyRowsForExport(db, household.id),
        members: await memberRowsForExport(db, household.id),
      };
      await write(`${JSON.stringify(head).slice(0, -1)},"records":[`);
      let count = 0;
      for await (const page of sharedRecordPages(db, household.id)) {
        const text = page
          .map((s) =>
            JSON.stringify({
              id: s.id,
              kind: s.kind,
              scope: s.scope,
              author: s.author ?? null,
              ...fieldValues(s),
            }),
          )
          .join(",");
        await write(`${count ? "," : ""}${text}`);
        count += page.length;
      }
      await write("]}\n");
      out.end();
      await once(out, "finish");
      renameSync(partial, file);
      console.log(`Wrote ${count} records of ${household.name} as JSON to ${file}`);
    } catch (error) {
      out.destroy();
      rmSync(partial, { force: true });
      throw error;
    }
  } finally {
    await running.close();
  }
};
