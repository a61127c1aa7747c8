import { describe, expect, it } from "vitest";
import { lengthUnitFor, parseLength, parseWeight, poundsAndOunces } from "./units.ts";

describe("weights and lengths as families write them", () => {
  it("reads pounds and ounces, pounds alone, ounces alone, and kilograms with grams", () => {
    expect(parseWeight("9 lb 4 oz", "lb")).toBeCloseTo(4.196, 3);
    expect(parseWeight("9lb 4.5oz", "lb")).toBeCloseTo(4.21, 2);
    expect(parseWeight("9.25", "lb")).toBeCloseTo(4.196, 3);
    expect(parseWeight("9,25 lb", "kg")).toBeCloseTo(4.196, 3);
    expect(parseWeight("3 kg 200 g", "kg")).toBeCloseTo(3.2, 6);
    expect(parseWeight("3200 g", "lb")).toBeCloseTo(3.2, 6);
    expect(parseWeight("3,2", "kg")).toBe(3.2);
    for (const bad of ["9 lb x", "nine", "9 lb 3 kg", ""]) expect(parseWeight(bad, "lb")).toBeNaN();
  });

  it("shows pounds with ounces, and lengths in inches for a family weighing in pounds", () => {
    expect(poundsAndOunces(4.2)).toEqual({ lb: 9, oz: 4.2 });
    expect(poundsAndOunces(0.4535924)).toEqual({ lb: 1, oz: 0 });
    expect(lengthUnitFor("lb")).toBe("in");
    expect(parseLength("21.5", "in")).toBeCloseTo(54.61, 2);
    expect(parseLength("54 cm", "in")).toBe(54);
    expect(parseLength("21,5 in", "cm")).toBeCloseTo(54.61, 2);
    expect(parseLength("tall", "cm")).toBeNaN();
  });
});
