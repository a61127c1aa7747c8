/**
 * The one reminder scheduler. Every process runs a timer, but only the holder of the lease
 * (`scheduler_leases`, renewed every tick, taken over when it lapses) does the work, so several
 * server processes send each reminder once.
 *
 * Each tick it reads which households could be reminded and their journal positions (two queries),
 * reloads only households whose journal moved, works out what is due with core's
 * `plannedReminders`, and for each due reminder and person: claims it in the ledger
 * (`reminder_sends`, primary key (key, person): a second claim fails), sends it to every phone the
 * person subscribed, and marks it sent with the outcome. A claim that a crash left unmarked is sent
 * again after a minute (so a reminder is never lost; a crash in the instant between a push service
 * taking it and the mark being written would show it twice — the phone then replaces the first with
 * the second, as both carry the same tag). A sent reminder that is no longer true is answered by
 * "done" the same way, once.
 */
import { randomUUID } from "node:crypto";
import { plannedReminders, type Reminder, type ReminderHousehold, resolution } from "@attune/core/reminders";
import type { Services } from "../services.ts";
import {
  advanceSend,
  claimedSince,
  claimSend,
  holdLease,
  householdSeqs,
  householdsToRemind,
  markSend,
  noteOutcome,
  pruneSubscription,
  releaseLease,
  sentSince,
  subscriptionsOf,
  unfinishedSends,
  webhookOf,
} from "../store/reminders.ts";
import { loadHouseholdForReminders } from "./household-world.ts";
import { doneMessage, localeOf, type PushMessage, reminderMessage } from "./messages.ts";
import { sendPush, vapidKeys } from "./push.ts";
import { postWebhook } from "./webhook.ts";

const hour = 3600_000;
const day = 24 * hour;
/** A reminder more than this late (the server was off for long) is not sent any more. */
const tooLateMs = 2 * hour;
/** Stop sending this long before the lease runs out. */
const leaseMarginMs = 200;

class LeaseLost extends Error {}
const webhookUser = "webhook";

interface Watched {
  readonly seq: number;
  readonly world: ReminderHousehold;
  readonly locales: ReadonlyMap<string, string>;
  /** The household's reminders for the next day, worked out when it was loaded or an hour ago. */
  plan?: Reminder[];
  plannedAt?: number;
}

/** How far ahead a plan looks, and how often it is worked out again without any change to the journal. */
const planAheadMs = 26 * hour;
const replanMs = hour;

export interface SchedulerOptions {
  readonly tickMs?: number;
  readonly leaseMs?: number;
  /** Unfinished claims older than this are sent again. */
  readonly retryAfterMs?: number;
  readonly holder?: string;
}

export interface SendRecord {
  readonly key: string;
  readonly userId: string;
  readonly kind: string;
  readonly dueAt: number;
  readonly sentAt: number;
  readonly done: boolean;
}

export class ReminderScheduler {
  readonly holder: string;
  private readonly tickMs: number;
  private readonly leaseMs: number;
  private readonly retryAfterMs: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private leading = false;
  private readonly watched = new Map<string, Watched>();
  private ids: string[] | undefined;
  private leaseUntil = 0;
  private retriedAt = Number.NEGATIVE_INFINITY;
  private idsAt = 0;
  private readonly claimed = new Set<string>();
  /** Sent and not yet answered, by household: `${key}|${user}`. */
  private readonly open = new Map<string, Set<string>>();
  /** What this process sent (for the tests and the benchmark). */
  readonly sent: SendRecord[] = [];

  constructor(
    private readonly services: Services,
    options: SchedulerOptions = {},
  ) {
    this.holder = options.holder ?? randomUUID();
    this.tickMs = options.tickMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 15_000;
    this.retryAfterMs = options.retryAfterMs ?? 60_000;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.tickMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
    if (this.leading) await releaseLease(this.services.db, "reminders", this.holder).catch(() => undefined);
    this.leading = false;
  }

  /** One round; rounds never overlap. */
  tick(): Promise<void> {
    if (!this.running) {
      this.running = this.round()
        .catch((error) => {
          if (error instanceof LeaseLost) this.leading = false;
          else console.error("reminders:", error);
        })
        .finally(() => {
          this.running = undefined;
        });
    }
    return this.running;
  }

  private async round(): Promise<void> {
    const { db } = this.services;
    const now = this.services.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    // The lease is renewed once half of it has gone, not every round.
    const until = await holdLease(
      db,
      "reminders",
      this.holder,
      iso(now),
      iso(now + this.leaseMs),
      iso(now + this.leaseMs / 2),
    );
    if (!until) {
      this.leading = false;
      return;
    }
    this.leaseUntil = Date.parse(until);
    if (!this.leading) {
      // Taking over (a start, or another process stopped): learn what was sent already.
      this.claimed.clear();
      this.open.clear();
      for (const r of await claimedSince(db, iso(now - 3 * day))) this.claimed.add(`${r.key}|${r.user_id}`);
      for (const r of await sentSince(db, iso(now - 3 * day)))
        this.openSet(r.household_id).add(`${r.key}|${r.user_id}`);
      this.leading = true;
    }
    if (now - this.retriedAt >= 5000 || now < this.retriedAt) {
      await this.retryUnfinished(now);
      this.retriedAt = now;
    }

    // Who could be reminded changes rarely (a phone subscribes): looked up every half minute.
    if (!this.ids || now - this.idsAt >= 30_000 || now < this.idsAt) {
      this.ids = await householdsToRemind(db);
      this.idsAt = now;
    }
    const ids = this.ids;
    const seqs = await householdSeqs(db, ids);
    for (const id of [...this.watched.keys()]) if (!seqs.has(id)) this.watched.delete(id);
    for (const id of ids) {
      const seq = seqs.get(id);
      if (seq === undefined) continue;
      if (this.watched.get(id)?.seq !== seq) this.watched.set(id, await this.load(id, seq, now));
    }
    for (const [householdId, w] of this.watched) {
      // "Done" first: it shares its tag with the next reminder of the kind, which must not be replaced.
      await this.answerDone(householdId, w, now);
      if (!w.plan || w.plannedAt === undefined || now - w.plannedAt >= replanMs || now < w.plannedAt) {
        w.plan = plannedReminders(w.world, now, planAheadMs);
        w.plannedAt = now;
      }
      const due = w.plan.filter(
        (r) => r.dueAt <= now && r.dueAt >= now - tooLateMs && !this.claimed.has(`${r.key}|${r.userId}`),
      );
      if (!due.length) continue;
      const hook = await this.hookOf(householdId);
      for (const r of due) {
        await this.deliver(householdId, w, r, now);
        if (hook) await this.deliverHook(householdId, w, r, hook, now);
      }
    }
  }

  private openSet(householdId: string): Set<string> {
    let s = this.open.get(householdId);
    if (!s) {
      s = new Set();
      this.open.set(householdId, s);
    }
    return s;
  }

  private hooks = new Map<string, { url: string; secret: string } | null>();
  private async hookOf(householdId: string) {
    if (!this.hooks.has(householdId) || Math.random() < 0.05) {
      const row = await webhookOf(this.services.db, householdId);
      this.hooks.set(householdId, row ? { url: row.url, secret: row.secret } : null);
    }
    return this.hooks.get(householdId) ?? null;
  }

  private async deliver(householdId: string, w: Watched, r: Reminder, now: number): Promise<void> {
    const id = `${r.key}|${r.userId}`;
    if (this.claimed.has(id)) return;
    this.claimed.add(id);
    const { db } = this.services;
    const claimed = await claimSend(db, {
      key: r.key,
      user_id: r.userId,
      household_id: householdId,
      kind: r.kind,
      due_at: new Date(r.dueAt).toISOString(),
      state: "claimed",
      claimed_at: new Date(now).toISOString(),
    });
    if (!claimed) return; // another process, or this one before a restart, has it
    const message = await reminderMessage(r, localeOf(w.locales.get(r.userId)), w.world.timeZone);
    const outcome = await this.push(r.userId, message);
    await markSend(db, r.key, r.userId, "sent", new Date(this.services.now()).toISOString(), outcome);
    this.openSet(householdId).add(id);
    this.sent.push({
      key: r.key,
      userId: r.userId,
      kind: r.kind,
      dueAt: r.dueAt,
      sentAt: this.services.now(),
      done: false,
    });
  }

  private async deliverHook(
    householdId: string,
    w: Watched,
    r: Reminder,
    hook: { url: string; secret: string },
    now: number,
  ): Promise<void> {
    const id = `${r.key}|${webhookUser}`;
    if (this.claimed.has(id)) return;
    this.claimed.add(id);
    const claimed = await claimSend(this.services.db, {
      key: r.key,
      user_id: webhookUser,
      household_id: householdId,
      kind: r.kind,
      due_at: new Date(r.dueAt).toISOString(),
      state: "claimed",
      claimed_at: new Date(now).toISOString(),
    });
    if (!claimed) return;
    const message = await reminderMessage(r, "en", w.world.timeZone);
    const baby = w.world.babies.find((b) => b.id === r.babyId);
    this.stillLeading();
    const status = await postWebhook(
      hook.url,
      hook.secret,
      {
        event: "reminder",
        kind: r.kind,
        key: r.key,
        household: householdId,
        baby: baby ? { id: baby.id, name: baby.name } : null,
        dueAt: new Date(r.dueAt).toISOString(),
        title: message.title,
        body: message.body,
      },
      now,
    );
    // A webhook is sent once, whatever the receiver answered; the outcome is kept.
    await markSend(
      this.services.db,
      r.key,
      webhookUser,
      "done",
      new Date(this.services.now()).toISOString(),
      String(status),
    );
  }

  /** Replaces each sent reminder that has been answered (a feed logged on another phone) by "done". */
  private async answerDone(householdId: string, w: Watched, now: number): Promise<void> {
    const open = this.open.get(householdId);
    if (!open?.size) return;
    for (const id of [...open]) {
      const [key, userId] = id.split("|") as [string, string];
      const done = resolution(w.world, key, now);
      if (!done) continue;
      open.delete(id);
      if (
        !(await advanceSend(
          this.services.db,
          key,
          userId,
          "sent",
          "done-claimed",
          new Date(now).toISOString(),
        ))
      )
        continue;
      const message = await doneMessage(
        { kind: done.kind, babyId: key.split(":")[1], key },
        done,
        localeOf(w.locales.get(userId)),
        w.world.timeZone,
      );
      const outcome = await this.push(userId, message);
      await markSend(
        this.services.db,
        key,
        userId,
        "done",
        new Date(this.services.now()).toISOString(),
        outcome,
      );
      this.sent.push({
        key,
        userId,
        kind: done.kind,
        dueAt: done.at,
        sentAt: this.services.now(),
        done: true,
      });
    }
  }

  /** Sends again what a crash left claimed but unmarked. */
  private async retryUnfinished(now: number): Promise<void> {
    const { db } = this.services;
    for (const row of await unfinishedSends(db, new Date(now - this.retryAfterMs).toISOString())) {
      if (row.user_id === webhookUser) {
        await markSend(db, row.key, row.user_id, "done", new Date(now).toISOString(), "unknown: interrupted");
        continue;
      }
      const w = this.watched.get(row.household_id) ?? (await this.load(row.household_id, -1, now));
      const done = row.state === "done-claimed" ? resolution(w.world, row.key, now) : undefined;
      const reminder = plannedReminders(w.world, Date.parse(row.due_at), 0).find(
        (r) => r.key === row.key && r.userId === row.user_id,
      );
      const locale = localeOf(w.locales.get(row.user_id));
      const message = done
        ? await doneMessage(
            { kind: done.kind, babyId: row.key.split(":")[1], key: row.key },
            done,
            locale,
            w.world.timeZone,
          )
        : reminder
          ? await reminderMessage(reminder, locale, w.world.timeZone)
          : undefined;
      const outcome = message ? await this.push(row.user_id, message) : "not true any more";
      await markSend(
        db,
        row.key,
        row.user_id,
        done || !message ? "done" : "sent",
        new Date(this.services.now()).toISOString(),
        outcome,
      );
      if (message && !done) this.openSet(row.household_id).add(`${row.key}|${row.user_id}`);
      if (message)
        this.sent.push({
          key: row.key,
          userId: row.user_id,
          kind: row.kind,
          dueAt: Date.parse(row.due_at),
          sentAt: this.services.now(),
          done: !!done,
        });
    }
  }

  /**
   * A round that outlived this process's lease (a stall) stops before it sends anything more: the
   * process that took the lease over may be sending the same reminders by now.
   */
  private stillLeading(): void {
    if (this.services.now() >= this.leaseUntil - leaseMarginMs) throw new LeaseLost();
  }

  /** To every phone the person subscribed; a phone the push service no longer knows is forgotten. */
  private async push(userId: string, message: PushMessage): Promise<string> {
    this.stillLeading();
    const subs = await subscriptionsOf(this.services.db, [userId]);
    if (!subs.length) return "no phone";
    const keys = await vapidKeys(this.services);
    const outcomes: string[] = [];
    for (const s of subs) {
      const status = await sendPush(s, message, keys);
      outcomes.push(String(status));
      if (status === 404 || status === 410) await pruneSubscription(this.services.db, s.endpoint);
      else await noteOutcome(this.services.db, s.endpoint, String(status));
    }
    return outcomes.join(",");
  }

  /** The first time after `now` a reminder this process knows of falls due (for the benchmark's clock). */
  nextDueAt(now: number): number | undefined {
    let next: number | undefined;
    for (const w of this.watched.values())
      for (const r of w.plan ?? [])
        if (r.dueAt > now && (next === undefined || r.dueAt < next)) next = r.dueAt;
    return next;
  }

  /** What core needs of a household (household-world.ts), with the journal position it was read at. */
  private async load(householdId: string, seq: number, now: number): Promise<Watched> {
    return { seq, ...(await loadHouseholdForReminders(this.services, householdId, now)) };
  }
}
