/** Sharing a baby's guide card by a read-only link: who may, what the link shows, and when it stops. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempSqlite } from "../testing/databases.ts";
import { type Harness, startHarness } from "../testing/harness.ts";
import { sampleCard } from "../testing/world.ts";

const dayMs = 86_400_000;

describe("guide card links", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(tempSqlite(), { rateLimits: { card: { max: 5, timeWindow: "1 minute" } } });
  });
  afterAll(() => h?.close());

  const share = async (days = 7, card: unknown = sampleCard) => {
    const owner = await h.signup("Ana");
    const { householdId, babyId } = await h.household(owner, "A");
    const res = await h.call(owner, "POST", `/api/households/${householdId}/card-links`, {
      babyId,
      days,
      card,
    });
    return { owner, householdId, babyId, res };
  };
  const open = (link: string, address = "10.0.0.1") =>
    h.app.inject({ method: "GET", url: new URL(link).pathname, remoteAddress: address });

  it("opens without an account, shows only the card, and is neither indexed nor cached", async () => {
    const { res } = await share();
    expect(res.statusCode).toBe(201);
    const link: string = res.json().link;
    expect(link).toMatch(/\/card\/[A-Za-z0-9_-]{32}$/);
    const page = await open(link);
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.headers["x-robots-tag"]).toContain("noindex");
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.body).toContain('<meta name="robots" content="noindex');
    expect(page.body).toContain("How to soothe Leo");
    expect(page.body).toContain("Walking in the carrier");
    expect(page.body).not.toContain("<script");
  });

  it("writes what the family typed as text, never as markup", async () => {
    const card = {
      ...sampleCard,
      sections: [{ title: "Notes", lines: ['<script>alert("x")</script> & <b>'] }],
    };
    const { res } = await share(1, card);
    const page = await open(res.json().link, "10.0.0.2");
    expect(page.body).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;");
    expect(page.body).not.toContain("<script>");
  });

  it("stops when revoked, when it expires, and when its maker leaves the household", async () => {
    const { owner, householdId, res } = await share(1);
    const link: string = res.json().link;
    const list = await h.call(owner, "GET", `/api/households/${householdId}/card-links`);
    expect(list.json()).toEqual([expect.objectContaining({ id: res.json().id })]);
    expect(JSON.stringify(list.json())).not.toContain(new URL(link).pathname.slice(6));
    const stop = await h.call(owner, "DELETE", `/api/households/${householdId}/card-links/${res.json().id}`);
    expect(stop.statusCode).toBe(200);
    const gone = await open(link, "10.0.0.3");
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toContain("This card is no longer shared");
    expect(gone.body).toContain("Esta tarjeta ya no se comparte");
    expect((await h.call(owner, "GET", `/api/households/${householdId}/card-links`)).json()).toEqual([]);

    const second = await share(1);
    expect((await open(second.res.json().link, "10.0.0.4")).statusCode).toBe(200);
    h.clock.now += dayMs + 1000;
    expect((await open(second.res.json().link, "10.0.0.4")).statusCode).toBe(404);

    // A caregiver's link stops when the caregiver is removed from the household.
    const third = await share(7);
    const sam = await h.signup("Sam");
    const invite = await h.call(third.owner, "POST", `/api/households/${third.householdId}/invites`, {
      role: "caregiver",
    });
    await h.call(sam, "POST", "/api/invites/accept", { code: invite.json().code });
    const made = await h.call(sam, "POST", `/api/households/${third.householdId}/card-links`, {
      babyId: third.babyId,
      days: 7,
      card: sampleCard,
    });
    expect((await open(made.json().link, "10.0.0.5")).statusCode).toBe(200);
    const removed = await h.call(
      third.owner,
      "DELETE",
      `/api/households/${third.householdId}/members/${sam.userId}`,
    );
    expect(removed.statusCode).toBe(200);
    expect((await open(made.json().link, "10.0.0.5")).statusCode).toBe(404);
  });

  it("is made only by the baby's parents and caregivers, with a card it can show", async () => {
    const { owner, householdId, babyId } = await share();
    const helper = await h.signup("Gran");
    const invite = await h.call(owner, "POST", `/api/households/${householdId}/invites`, { role: "helper" });
    await h.call(helper, "POST", "/api/invites/accept", { code: invite.json().code });
    const refused = await h.call(helper, "POST", `/api/households/${householdId}/card-links`, {
      babyId,
      days: 1,
      card: sampleCard,
    });
    expect(refused.statusCode).toBe(403);
    for (const body of [
      { babyId, days: 2, card: sampleCard },
      { babyId, days: 1, card: { ...sampleCard, sections: [] } },
      { babyId, days: 1, card: { ...sampleCard, title: "x".repeat(121) } },
      { babyId, days: 1, card: { ...sampleCard, extra: 1 } },
    ]) {
      const res = await h.call(owner, "POST", `/api/households/${householdId}/card-links`, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
  });

  it("answers an unknown or malformed token with the same page, and limits each address", async () => {
    const unknown = await h.app.inject({
      method: "GET",
      url: `/card/${"A".repeat(32)}`,
      remoteAddress: "10.0.0.9",
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain("no longer shared");
    const odd = await h.app.inject({ method: "GET", url: "/card/..%2F..", remoteAddress: "10.0.0.9" });
    expect(odd.statusCode).toBe(404);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await h.app.inject({ method: "GET", url: `/card/${"B".repeat(32)}`, remoteAddress: "10.0.0.9" }))
          .statusCode,
      );
    expect(statuses).toContain(429);
  });
});
