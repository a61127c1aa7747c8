/**
 * Group commit for pushes. Pushes that arrive while a group is being written wait and then share
 * the next one, so that many devices pushing at once cost one commit (one fsync) per group instead
 * of one each, and the group is written with a few statements in all, not a few per push
 * (push-group.ts; on PostgreSQL two statements, journal-group-postgres.ts). A push is acknowledged
 * only after the commit that holds it. If a group fails as a whole (a database error, not a
 * refusal), each of its pushes is retried on its own, so one bad push cannot sink the others.
 *
 * On PostgreSQL, pushes run in several lanes at once, a household always in the same lane, so two
 * groups of one process never write to the same household at once (only another process can make
 * a group read again) while different households commit side by side. SQLite has one writer, hence
 * one lane.
 */

import type { Result } from "@attune/core";
import type { Kysely } from "kysely";
import type { Dialect } from "./database.ts";
import {
  checkMessages,
  type PushInput,
  type PushOutcome,
  type PushRejection,
  pushMessages,
} from "./journal.ts";
import { pushGroupInTransaction, pushGroupPostgres } from "./push-group.ts";
import type { Database } from "./schema.ts";

type PushResult = Result<PushOutcome, PushRejection>;

interface Pending {
  readonly input: PushInput;
  readonly resolve: (result: PushResult) => void;
  readonly reject: (error: unknown) => void;
}

const maxGroup = 128;

const laneOf = (householdId: string, lanes: number): number => {
  let hash = 0;
  for (let i = 0; i < householdId.length; i++) hash = (hash * 31 + householdId.charCodeAt(i)) | 0;
  return Math.abs(hash) % lanes;
};

export class JournalWriter {
  readonly #lanes: Lane[];

  constructor(db: Kysely<Database>, dialect: Dialect, lanes = dialect === "postgres" ? 4 : 1) {
    this.#lanes = Array.from({ length: lanes }, () => new Lane(db, dialect));
  }

  push(input: PushInput): Promise<PushResult> {
    const checked = checkMessages(input);
    if (!checked.ok) return Promise.resolve(checked);
    return this.#lanes[laneOf(input.access.householdId, this.#lanes.length)]!.push(input);
  }
}

class Lane {
  readonly #queue: Pending[] = [];
  #draining = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  push(input: PushInput): Promise<PushResult> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ input, resolve, reject });
      if (!this.#draining) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    try {
      while (this.#queue.length) {
        // Let the requests already waiting on the event loop reach the queue first. On SQLite a
        // transaction runs without yielding, so without this pause no group would ever form.
        await new Promise((resolve) => setImmediate(resolve));
        const group = this.#queue.splice(0, maxGroup);
        try {
          const inputs = group.map((pending) => pending.input);
          const results =
            this.dialect === "postgres"
              ? await pushGroupPostgres(this.db, inputs)
              : await this.db.transaction().execute((tx) => pushGroupInTransaction(tx, inputs, this.dialect));
          for (const [i, pending] of group.entries()) pending.resolve(results[i]!);
        } catch {
          for (const pending of group) {
            await pushMessages(this.db, pending.input, this.dialect).then(pending.resolve, pending.reject);
          }
        }
      }
    } finally {
      this.#draining = false;
    }
  }
}
