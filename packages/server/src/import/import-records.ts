/**
 * Writing imported records into a household's journal, all or nothing, skipping records already
 * there (an import's ids come from the rows' content, so a second import of a file adds nothing).
 */
import type { ChangeWriter, ImportedRecord, Message } from "@attune/core";
import type { Kysely } from "kysely";
import type { Dialect } from "../store/database.ts";
import { existingRecordIds, pushInTransaction } from "../store/journal.ts";
import type { MemberAccess } from "../store/members.ts";
import type { Database } from "../store/schema.ts";

export const writeImported = async (
  db: Kysely<Database>,
  dialect: Dialect,
  access: MemberAccess,
  records: readonly ImportedRecord[],
  writer: ChangeWriter,
  now: number,
): Promise<{ added: number; alreadyThere: number }> => {
  const existing = await existingRecordIds(
    db,
    access.householdId,
    records.map((r) => r.id),
  );
  const fresh = records.filter((r) => !existing.has(r.id));
  await db.transaction().execute(async (tx) => {
    let batch: Message[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const result = await pushInTransaction(tx, { access, messages: batch, now }, dialect);
      if (!result.ok) throw new Error(`${result.error.message}: ${JSON.stringify(result.error.details)}`);
      batch = [];
    };
    for (const r of fresh) {
      batch.push(...writer.set(r.id, r.kind, "household", r.fields));
      if (batch.length >= 5000) await flush();
    }
    await flush();
  });
  return { added: fresh.length, alreadyThere: records.length - fresh.length };
};
