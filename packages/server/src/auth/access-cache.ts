/**
 * Sessions and memberships, remembered by each server process so that the checks at the door of
 * every request (who is this, are they in this household) and before every live notice do not
 * each cost a database round trip.
 *
 * Safe because it forgets at once: every change of access (a logout, a new password, a removed
 * member, a changed helper window, a deleted account or household) already goes out through the
 * live hub to every process, and the cache drops what it concerns when it hears of it. Only what
 * was found is kept, so a new session or membership is seen straight away. When a process cannot
 * hear the others (PostgreSQL's LISTEN connection lost), it reads the database every time until it
 * can again. Entries also age out after `ttlMs`, and expiry dates (a session's, a helper's) are
 * checked on every use by the callers, against the clock, as before.
 *
 * Each entry ages out at its own moment between half the `ttlMs` and all of it. Entries read at
 * the same moment (every phone reconnecting after a restart) would otherwise all age out together
 * and send thousands of reads to the database in one second: in the host benchmark that stalled
 * every push for two seconds, 30 s after the sockets opened (push p99 190–240 ms at two processes,
 * when entries lived 30 s).
 */
import type { MemberAccess } from "../store/members.ts";
import type { AccessChange } from "../sync/live.ts";

export interface SessionRow {
  readonly user_id: string;
  readonly csrf_token: string;
  readonly expires_at: string;
}

interface Entry<T> {
  readonly value: T;
  /** When it ages out. */
  readonly until: number;
}

export class AccessCache {
  readonly #sessions = new Map<string, Entry<SessionRow>>();
  readonly #members = new Map<string, Entry<MemberAccess>>();
  /** Moves on with every forgetting, so a read that began before one is not kept. */
  #generation = 0;

  constructor(
    private readonly options: {
      readonly ttlMs: number;
      readonly maxEntries: number;
      /** Whether news of access changes from other processes reaches this one right now. */
      readonly hearsOthers: () => boolean;
      readonly clock?: () => number;
      /** 0 ≤ x < 1, for where in the second half of `ttlMs` an entry ages out (tests fix it). */
      readonly random?: () => number;
    },
  ) {}

  session(tokenHash: string, load: () => Promise<SessionRow | undefined>): Promise<SessionRow | undefined> {
    return this.#remembered(this.#sessions, tokenHash, load);
  }

  member(
    householdId: string,
    userId: string,
    load: () => Promise<MemberAccess | undefined>,
  ): Promise<MemberAccess | undefined> {
    return this.#remembered(this.#members, `${householdId}:${userId}`, load);
  }

  /** Drops whatever a change of access may concern. */
  forget(change: AccessChange): void {
    this.#generation++;
    const { householdId, userId } = change;
    if (!householdId && !userId) {
      this.clear();
      return;
    }
    for (const [key, entry] of this.#members) {
      if (
        (!householdId || entry.value.householdId === householdId) &&
        (!userId || entry.value.userId === userId)
      )
        this.#members.delete(key);
    }
    // A session belongs to a person, not a household: only a change that names the person ends it.
    if (userId && !householdId)
      for (const [key, entry] of this.#sessions)
        if (entry.value.user_id === userId) this.#sessions.delete(key);
  }

  clear(): void {
    this.#generation++;
    this.#sessions.clear();
    this.#members.clear();
  }

  get size(): number {
    return this.#sessions.size + this.#members.size;
  }

  async #remembered<T>(
    map: Map<string, Entry<T>>,
    key: string,
    load: () => Promise<T | undefined>,
  ): Promise<T | undefined> {
    const now = this.options.clock ? this.options.clock() : performance.now();
    if (this.options.ttlMs <= 0 || !this.options.hearsOthers()) {
      if (map.size) this.clear();
      return load();
    }
    const kept = map.get(key);
    if (kept && now < kept.until) return kept.value;
    map.delete(key);
    const generation = this.#generation;
    const value = await load();
    if (value !== undefined && generation === this.#generation && this.options.hearsOthers()) {
      // The oldest goes first when full (a Map keeps the order things were put in).
      if (map.size >= this.options.maxEntries) map.delete(map.keys().next().value!);
      const life = this.options.ttlMs * (1 - 0.5 * (this.options.random ?? Math.random)());
      map.set(key, { value, until: now + life });
    }
    return value;
  }
}
