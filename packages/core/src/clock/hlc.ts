/**
 * Hybrid logical clock. Each change a device makes is stamped with (wall millis, counter, node) so
 * that stamps from different devices are totally ordered, stay close to real time, and never go
 * backwards on one device even when its wall clock does. The string form sorts like the stamp.
 */
import { err, ok, type Result } from "../result.ts";

export interface Hlc {
  readonly millis: number;
  readonly counter: number;
  readonly node: string;
}

/** How far ahead of our own clock a stamp may be before we refuse it (a device with a wrong clock). */
export const maxClockDriftMs = 5 * 60 * 1000;

const maxCounter = 0xffff;
const hlcPattern = /^(\d{15})-([0-9a-f]{4})-([0-9a-f]{16})$/;

export type HlcError =
  | { readonly type: "malformed"; readonly input: string }
  | { readonly type: "drift"; readonly aheadByMs: number };

export const hlcZero = (node: string): Hlc => ({ millis: 0, counter: 0, node });

export const hlcToString = (hlc: Hlc): string =>
  `${hlc.millis.toString().padStart(15, "0")}-${hlc.counter.toString(16).padStart(4, "0")}-${hlc.node}`;

export const parseHlc = (input: string): Result<Hlc, HlcError> => {
  const match = hlcPattern.exec(input);
  if (!match) return err({ type: "malformed", input });
  return ok({ millis: Number(match[1]), counter: Number.parseInt(match[2]!, 16), node: match[3]! });
};

/**
 * When more than 65,536 stamps fall in one millisecond (a big import), the clock borrows the next
 * millisecond rather than fail: order is kept and the stamp stays a hair from real time.
 */
const carry = (millis: number, counter: number, node: string): Hlc =>
  counter > maxCounter ? { millis: millis + 1, counter: 0, node } : { millis, counter, node };

/** The stamp for a new local change. */
export const hlcSend = (local: Hlc, now: number): Hlc => {
  const millis = Math.max(local.millis, now);
  return carry(millis, millis === local.millis ? local.counter + 1 : 0, local.node);
};

/** Our clock after seeing a remote stamp; refuses stamps too far in the future. */
export const hlcReceive = (
  local: Hlc,
  remote: Hlc,
  now: number,
  maxDriftMs = maxClockDriftMs,
): Result<Hlc, HlcError> => {
  if (remote.millis - now > maxDriftMs) return err({ type: "drift", aheadByMs: remote.millis - now });
  const millis = Math.max(local.millis, remote.millis, now);
  let counter = 0;
  if (millis === local.millis && millis === remote.millis)
    counter = Math.max(local.counter, remote.counter) + 1;
  else if (millis === local.millis) counter = local.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  return ok(carry(millis, counter, local.node));
};

/** Checks a stamp arriving from elsewhere: well formed and not ahead of `now` by more than the drift. */
export const checkRemoteHlc = (
  input: string,
  now: number,
  maxDriftMs = maxClockDriftMs,
): Result<Hlc, HlcError> => {
  const parsed = parseHlc(input);
  if (!parsed.ok) return parsed;
  const ahead = parsed.value.millis - now;
  if (ahead > maxDriftMs) return err({ type: "drift", aheadByMs: ahead });
  return parsed;
};
