import { describe, expect, it } from "vitest";
import { articles, topics } from "./articles.ts";

describe("Learn articles", () => {
  it("each have a title and text in English and Spanish and at least one source", () => {
    expect(articles.length).toBeGreaterThanOrEqual(10);
    for (const a of articles) {
      expect(a.title.en.trim(), a.id).not.toBe("");
      expect(a.title.es.trim(), a.id).not.toBe("");
      expect(a.body.en.length, a.id).toBeGreaterThan(0);
      expect(a.body.es.length, `${a.id}: same paragraphs in both languages`).toBe(a.body.en.length);
      expect(
        a.body.en.every((p) => p.trim().length > 40) && a.body.es.every((p) => p.trim().length > 40),
        a.id,
      ).toBe(true);
      expect(a.sources.length, a.id).toBeGreaterThan(0);
      expect(
        a.sources.every((s) => /\d{4}|HealthyChildren/.test(s)),
        `${a.id}: sources name a year`,
      ).toBe(true);
    }
  });

  it("cover every topic, with unique ids", () => {
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    for (const t of topics)
      expect(
        articles.some((a) => a.topic === t),
        t,
      ).toBe(true);
    // The myths the product promises to address.
    for (const id of [
      "birth-and-bond",
      "love-and-attachment",
      "every-cue",
      "spoiling",
      "two-way",
      "several-caregivers",
    ])
      expect(
        articles.some((a) => a.id === id),
        id,
      ).toBe(true);
  });
});
