/**
 * Reminders in the database: push subscriptions, the ledger of sends, the scheduler's lease, the
 * server's keys, webhooks, and what the scheduler reads of a household's journal.
 */
import type { Kysely } from "kysely";
import type { Database, ReminderSendsTable } from "./schema.ts";

type Db = Kysely<Database>;

// — push subscriptions

export const saveSubscription = (
  db: Db,
  s: { endpoint: string; userId: string; p256dh: string; auth: string; createdAt: string },
) =>
  db
    .insertInto("push_subscriptions")
    .values({
      endpoint: s.endpoint,
      user_id: s.userId,
      p256dh: s.p256dh,
      auth: s.auth,
      created_at: s.createdAt,
    })
    .onConflict((oc) =>
      oc.column("endpoint").doUpdateSet({ user_id: s.userId, p256dh: s.p256dh, auth: s.auth }),
    )
    .execute();

export const deleteSubscription = async (db: Db, userId: string, endpoint: string): Promise<boolean> =>
  Number(
    (
      await db
        .deleteFrom("push_subscriptions")
        .where("user_id", "=", userId)
        .where("endpoint", "=", endpoint)
        .executeTakeFirst()
    ).numDeletedRows,
  ) > 0;

/** Gone for good (the push service said 404 or 410): the phone unsubscribed or was reset. */
export const pruneSubscription = (db: Db, endpoint: string) =>
  db.deleteFrom("push_subscriptions").where("endpoint", "=", endpoint).execute();

export const subscriptionsOf = (db: Db, userIds: readonly string[]) =>
  userIds.length
    ? db
        .selectFrom("push_subscriptions")
        .selectAll()
        .where("user_id", "in", [...userIds])
        .execute()
    : Promise.resolve([]);

export const countSubscriptions = async (db: Db, userId: string): Promise<number> =>
  Number(
    (
      await db
        .selectFrom("push_subscriptions")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("user_id", "=", userId)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const noteOutcome = (db: Db, endpoint: string, outcome: string) =>
  db
    .updateTable("push_subscriptions")
    .set({ last_outcome: outcome })
    .where("endpoint", "=", endpoint)
    .execute();

// — the server's keys

/** The value kept under `name`, making it with `make` the first time (the first process to ask wins). */
export const serverKey = async (db: Db, name: string, make: () => string): Promise<string> => {
  await db
    .insertInto("server_keys")
    .values({ name, value: make() })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  return (
    await db.selectFrom("server_keys").select("value").where("name", "=", name).executeTakeFirstOrThrow()
  ).value;
};

// — the scheduler's lease: one holder at a time, taken over when it lapses (a crashed process)

export const holdLease = async (
  db: Db,
  name: string,
  holder: string,
  nowIso: string,
  untilIso: string,
  renewAfterIso?: string,
): Promise<string | undefined> => {
  // Answers until when this holder has it (ISO), or undefined when another does.
  // Reading first: a process that does not hold it, or holds it for a while yet, writes nothing.
  const current = await db
    .selectFrom("scheduler_leases")
    .selectAll()
    .where("name", "=", name)
    .executeTakeFirst();
  if (current && current.holder !== holder && current.expires_at >= nowIso) return undefined;
  if (current && current.holder === holder && renewAfterIso && current.expires_at > renewAfterIso)
    return current.expires_at;
  await db
    .insertInto("scheduler_leases")
    .values({ name, holder, expires_at: untilIso })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const taken = await db
    .updateTable("scheduler_leases")
    .set({ holder, expires_at: untilIso })
    .where("name", "=", name)
    .where((eb) => eb.or([eb("holder", "=", holder), eb("expires_at", "<", nowIso)]))
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) > 0 ? untilIso : undefined;
};

export const releaseLease = (db: Db, name: string, holder: string) =>
  db.deleteFrom("scheduler_leases").where("name", "=", name).where("holder", "=", holder).execute();

// — the ledger: a reminder is claimed for a person before it is sent, once

export const claimSend = async (
  db: Db,
  row: Omit<ReminderSendsTable, "sent_at" | "outcome">,
): Promise<boolean> =>
  Number(
    (
      await db
        .insertInto("reminder_sends")
        .values({ ...row, sent_at: null, outcome: null })
        .onConflict((oc) => oc.columns(["key", "user_id"]).doNothing())
        .executeTakeFirst()
    ).numInsertedOrUpdatedRows ?? 0n,
  ) > 0;

export const markSend = (
  db: Db,
  key: string,
  userId: string,
  state: string,
  sentAt: string,
  outcome: string,
) =>
  db
    .updateTable("reminder_sends")
    .set({ state, sent_at: sentAt, outcome })
    .where("key", "=", key)
    .where("user_id", "=", userId)
    .execute();

/** Moves a send from one state to the next if it is still in the first (so only one process does it). */
export const advanceSend = async (
  db: Db,
  key: string,
  userId: string,
  from: string,
  to: string,
  nowIso: string,
) =>
  Number(
    (
      await db
        .updateTable("reminder_sends")
        .set({ state: to, claimed_at: nowIso })
        .where("key", "=", key)
        .where("user_id", "=", userId)
        .where("state", "=", from)
        .executeTakeFirst()
    ).numUpdatedRows,
  ) > 0;

/** Sends claimed but never marked before `beforeIso`: a process died between the two. */
export const unfinishedSends = (db: Db, beforeIso: string) =>
  db
    .selectFrom("reminder_sends")
    .selectAll()
    .where("state", "in", ["claimed", "done-claimed"])
    .where("claimed_at", "<", beforeIso)
    .execute();

/** Sent in the last days and not yet answered, to say "done" when they are. */
export const sentSince = (db: Db, sinceIso: string) =>
  db
    .selectFrom("reminder_sends")
    .select(["key", "user_id", "household_id", "kind"])
    .where("state", "=", "sent")
    .where("due_at", ">=", sinceIso)
    .execute();

/** Keys already claimed for these people since then (the scheduler's memory after a restart). */
export const claimedSince = (db: Db, sinceIso: string) =>
  db.selectFrom("reminder_sends").select(["key", "user_id"]).where("due_at", ">=", sinceIso).execute();

// — webhooks

export const webhookOf = (db: Db, householdId: string) =>
  db.selectFrom("webhooks").selectAll().where("household_id", "=", householdId).executeTakeFirst();

export const saveWebhook = async (
  db: Db,
  row: { household_id: string; url: string; secret: string; created_by: string; created_at: string },
) => {
  await db.deleteFrom("webhooks").where("household_id", "=", row.household_id).execute();
  await db.insertInto("webhooks").values(row).execute();
};

export const deleteWebhook = (db: Db, householdId: string) =>
  db.deleteFrom("webhooks").where("household_id", "=", householdId).execute();

// — what the scheduler watches and reads

/** Households where someone could be reminded: a member with a push subscription, or a webhook. */
export const householdsToRemind = async (db: Db): Promise<string[]> => {
  const pushed = await db
    .selectFrom("memberships")
    .innerJoin("push_subscriptions", "push_subscriptions.user_id", "memberships.user_id")
    .select("memberships.household_id")
    .distinct()
    .execute();
  const hooked = await db.selectFrom("webhooks").select("household_id").execute();
  return [...new Set([...pushed, ...hooked].map((r) => r.household_id))];
};

/** Each household's journal position: a household whose number moved has new entries. */
export const householdSeqs = async (db: Db, ids: readonly string[]): Promise<Map<string, number>> => {
  const out = new Map<string, number>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom("households")
      .select(["id", "seq"])
      .where("id", "in", ids.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.id, Number(r.seq));
  }
  return out;
};

export const membersForReminders = (db: Db, householdId: string) =>
  db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.id", "users.name", "users.locale", "memberships.role", "memberships.access_until"])
    .where("memberships.household_id", "=", householdId)
    .execute();

/** The newest current records of a kind for each of the household's babies (their states). */
export const latestOfKind = async (db: Db, householdId: string, kind: string, babyId: string, limit = 1) =>
  (
    await db
      .selectFrom("records")
      .select("state")
      .where("household_id", "=", householdId)
      .where("kind", "=", kind)
      .where("baby_id", "=", babyId)
      .where("scope", "=", "household")
      .where("deleted", "=", 0)
      .orderBy("at", "desc")
      .limit(limit)
      .execute()
  ).map((r) => r.state);

/** Current records of these kinds from `fromIso` on (shared ones, and every caregiver's reminder settings). */
export const recordsForReminders = async (
  db: Db,
  householdId: string,
  kinds: readonly string[],
  fromIso?: string,
) => {
  let q = db
    .selectFrom("records")
    .select("state")
    .where("household_id", "=", householdId)
    .where("kind", "in", [...kinds])
    .where("deleted", "=", 0);
  if (fromIso) q = q.where("at", ">=", fromIso);
  return (await q.execute()).map((r) => r.state);
};
