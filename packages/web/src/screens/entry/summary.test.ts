import type { Entry } from "@attune/core/light";
import { describe, expect, it } from "vitest";
import { settingsIn, textsIn } from "../../testing.ts";
import { entrySummary } from "./summary.ts";

const settings = settingsIn("en");

const feed = (values: Record<string, string | number>): Entry => ({
  id: "0190a1b2-0000-7000-8000-000000000001",
  kind: "feed",
  scope: "household",
  values: { method: "breast", start: "2026-11-28T10:00:00.000Z", ...values },
  at: "2026-11-28T10:00:00.000Z",
  deleted: false,
});

describe("a breastfeed's line in the timeline", () => {
  it("names only the sides given, and the length when no side was timed", async () => {
    const i18n = await textsIn("en");
    const now = Date.parse("2026-11-28T12:00:00.000Z");
    const line = (values: Record<string, string | number>) =>
      entrySummary(feed(values), settings, i18n.t, now);
    expect(line({ leftSeconds: 600, rightSeconds: 420 })).toBe("Breast, left 10 min, right 7 min");
    expect(line({ leftSeconds: 960, rightSeconds: 0 })).toBe("Breast, left 16 min");
    expect(line({ rightSeconds: 300 })).toBe("Breast, right 5 min");
    expect(line({ end: "2026-11-28T10:25:00.000Z" })).toMatch(/^Breast, 25 min/);
    expect(line({})).toBe("Breast");
    await i18n.changeLanguage("es");
    expect(line({ leftSeconds: 960 })).toBe("Pecho, izquierdo 16 min");
  });
});
