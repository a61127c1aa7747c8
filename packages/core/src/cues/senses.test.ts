import { describe, expect, it } from "vitest";
import type { Moment } from "./moments.ts";
import { sensoryProfile } from "./senses.ts";

const moment = (response: string, outcome: string): Moment =>
  ({
    id: `${response}-${outcome}-${Math.random()}`,
    start: "2026-11-30T10:00:00.000Z",
    signs: [],
    ownSigns: [],
    tries: [{ response, at: "2026-11-30T10:01:00.000Z", outcome }],
  }) as Moment;

describe("the sensory profile", () => {
  it("learns from soothing tries: motion soothes, sound can be too much", () => {
    const profile = sensoryProfile(
      [
        moment("rock", "settled"),
        moment("walk", "settled"),
        moment("music", "more_upset"),
        moment("shush", "more_upset"),
      ],
      [],
    );
    const by = Object.fromEntries(profile.map((p) => [p.sense, p]));
    expect(by.motion).toMatchObject({ reading: "soothes", helped: 2, what: ["rock", "walk"] });
    expect(by.sound).toMatchObject({ reading: "tooMuch", tooMuch: 2 });
    expect(by.touch!.reading).toBe("unknown");
  });

  it("learns from play too: faces delight, and a play that ended with signs of enough counts against", () => {
    const profile = sensoryProfile(
      [],
      [
        { activities: ["peekaboo"], engagement: ["smiling"], enough: [] },
        { activities: ["face_to_face"], engagement: ["cooing"], enough: [] },
        { activities: ["singing"], engagement: [], enough: ["looking_away"] },
        { activities: ["singing", "reading"], engagement: ["bright_eyed"], enough: ["fussing"] },
      ],
    );
    const by = Object.fromEntries(profile.map((p) => [p.sense, p]));
    expect(by.faces).toMatchObject({ reading: "soothes", helped: 2 });
    expect(by.sound).toMatchObject({ reading: "tooMuch", tooMuch: 2 });
  });
});
