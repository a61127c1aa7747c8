import { describe, expect, it } from "vitest";
import { formatNumber, formatShortDay } from "./format.ts";
import type { Settings } from "./settings/settings.ts";

const settings = (language: Settings["language"]): Settings => ({
  language,
  volume: "ml",
  weight: "kg",
  temperature: "c",
  clock: "24",
  theme: "light",
  autoNight: false,
});

describe("numbers in the reader's language", () => {
  it("writes decimals with a point in English and a comma in Spanish", () => {
    expect(formatNumber(12.44, settings("en"), 1)).toBe("12.4");
    expect(formatNumber(12.44, settings("es"), 1)).toBe("12,4");
    expect(formatNumber(1.6, settings("es"), 1)).toBe("1,6");
    expect(formatNumber(8, settings("es"), 1)).toBe("8");
  });

  it("shortens days for narrow tables", () => {
    expect(formatShortDay("2026-11-22", settings("en"))).toBe("22 Nov");
    expect(formatShortDay("2026-11-22", settings("es"))).toBe("22 nov");
  });
});
