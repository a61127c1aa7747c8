import { describe, expect, it } from "vitest";
import {
  checkRemoteHlc,
  hlcReceive,
  hlcSend,
  hlcToString,
  hlcZero,
  maxClockDriftMs,
  parseHlc,
} from "./hlc.ts";

const node = "0123456789abcdef";
const other = "fedcba9876543210";

describe("hybrid logical clock", () => {
  it("round-trips through its string form", () => {
    const hlc = { millis: 1_764_000_000_000, counter: 42, node };
    const parsed = parseHlc(hlcToString(hlc));
    expect(parsed).toEqual({ ok: true, value: hlc });
  });

  it("string order is stamp order", () => {
    const a = hlcToString({ millis: 999, counter: 0xffff, node: other });
    const b = hlcToString({ millis: 1000, counter: 0, node });
    expect(a < b).toBe(true);
  });

  it("never goes backwards when the wall clock does", () => {
    const first = hlcSend(hlcZero(node), 5000);
    const second = hlcSend(first, 4000);
    expect(second).toEqual({ millis: 5000, counter: 1, node });
  });

  it("borrows the next millisecond when one millisecond runs out of counter", () => {
    const full = { millis: 5000, counter: 0xffff, node };
    const next = hlcSend(full, 5000);
    expect(next).toEqual({ millis: 5001, counter: 0, node });
    expect(hlcToString(next) > hlcToString(full)).toBe(true);
  });

  it("moves past a remote stamp it receives", () => {
    const local = { millis: 1000, counter: 3, node };
    const received = hlcReceive(local, { millis: 2000, counter: 7, node: other }, 1500);
    expect(received.ok && received.value).toEqual({ millis: 2000, counter: 8, node });
  });

  it("refuses a stamp from a clock too far ahead", () => {
    const now = 1_000_000;
    const ahead = hlcToString({ millis: now + maxClockDriftMs + 1, counter: 0, node: other });
    expect(checkRemoteHlc(ahead, now)).toMatchObject({ ok: false, error: { type: "drift" } });
    const fine = hlcToString({ millis: now + maxClockDriftMs, counter: 0, node: other });
    expect(checkRemoteHlc(fine, now).ok).toBe(true);
  });

  it("refuses malformed stamps", () => {
    for (const input of ["", "12-0000-0123456789abcdef", "000000000000001-zzzz-0123456789abcdef"]) {
      expect(parseHlc(input).ok).toBe(false);
    }
  });
});
