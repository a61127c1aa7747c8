import { describe, expect, it } from "vitest";
import { feverAdvice } from "./fever.ts";

const at = Date.parse("2026-11-28T12:00:00Z");

describe("fever advice", () => {
  it("is urgent at 38 °C or more under three months, whatever else", () => {
    expect(feverAdvice("2026-10-01", 38.0, at)).toBe("urgent");
    expect(feverAdvice("2026-10-01", 37.9, at)).toBe("none");
  });
  it("asks for a doctor the same day at 39 °C from three to six months", () => {
    expect(feverAdvice("2026-07-01", 39.0, at)).toBe("see_doctor_today");
    expect(feverAdvice("2026-07-01", 38.5, at)).toBe("none");
  });
  it("gives no alarm for an older baby's mild temperature", () => {
    expect(feverAdvice("2025-12-01", 38.4, at)).toBe("none");
  });
});
