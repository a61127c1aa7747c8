import { describe, expect, it } from "vitest";
import { formatDayWithYear, formatNumber, formatShortDay } from "./format.ts";
import { settingsIn, textsIn } from "./testing.ts";

describe("numbers in the reader's language", () => {
  it("writes decimals with a point in English and a comma in Spanish", () => {
    expect(formatNumber(12.44, settingsIn("en"), 1)).toBe("12.4");
    expect(formatNumber(12.44, settingsIn("es"), 1)).toBe("12,4");
    expect(formatNumber(1.6, settingsIn("es"), 1)).toBe("1,6");
    expect(formatNumber(8, settingsIn("es"), 1)).toBe("8");
  });

  it("shortens days for narrow tables", () => {
    expect(formatShortDay("2026-11-22", settingsIn("en"))).toBe("22 Nov");
    expect(formatShortDay("2026-11-22", settingsIn("es"))).toBe("22 nov");
  });
});

describe("an import's preview in the reader's language", () => {
  it("gives the years of a history that reaches back more than a year", () => {
    expect(formatDayWithYear("2024-04-19", settingsIn("en"))).toBe("Friday, 19 April 2024");
    expect(formatDayWithYear("2024-04-19", settingsIn("es"))).toBe("viernes, 19 de abril de 2024");
  });

  it("groups the digits of large counts as each language does", async () => {
    const i18n = await textsIn("en");
    expect(i18n.t("import.count", { count: 1975, kind: "Sleep" })).toBe("1,975 Sleep entries");
    expect(i18n.t("import.confirm", { count: 10000 })).toBe("Add 10,000 entries");
    await i18n.changeLanguage("es");
    // Spanish leaves four digits together and groups from five with a point.
    expect(i18n.t("import.count", { count: 1975, kind: "Sueño" })).toBe("1975 entradas de Sueño");
    expect(i18n.t("import.confirm", { count: 10000 })).toBe("Añadir 10.000 entradas");
    expect(i18n.t("import.confirm", { count: 1 })).toBe("Añadir 1 entrada");
  });
});
