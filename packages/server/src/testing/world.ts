/**
 * Two households set up as the route-by-route tests need them: A with an owner, a caregiver who
 * keeps a private note, and a helper; B with its own owner, baby, record, invite and token.
 */
import type { Agent, Harness } from "./harness.ts";
import { minutesBefore, testDevice } from "./records.ts";

export interface World {
  a: {
    owner: Agent;
    caregiver: Agent;
    helper: Agent;
    householdId: string;
    babyId: string;
    recordId: string;
    oldRecordId: string;
    privateId: string;
  };
  b: {
    owner: Agent;
    householdId: string;
    babyId: string;
    recordId: string;
    inviteId: string;
    tokenId: string;
    linkId: string;
    token: string;
  };
}

const join = async (h: Harness, inviter: Agent, householdId: string, who: Agent, body: object) => {
  const invite = await h.call(inviter, "POST", `/api/households/${householdId}/invites`, body);
  const accepted = await h.call(who, "POST", "/api/invites/accept", { code: invite.json().code });
  if (accepted.statusCode !== 200) throw new Error(`join failed: ${accepted.body}`);
};

const push = async (h: Harness, agent: Agent, householdId: string, messages: unknown[]) => {
  const res = await h.call(agent, "POST", `/api/households/${householdId}/sync/push`, { messages });
  if (res.statusCode !== 200) throw new Error(`push failed: ${res.body}`);
};

export const buildWorld = async (h: Harness): Promise<World> => {
  const now = () => h.clock.now;
  const owner = await h.signup("Ana");
  const caregiver = await h.signup("Sam");
  const helper = await h.signup("Gran");
  const a = await h.household(owner, "A");
  await join(h, owner, a.householdId, caregiver, { role: "caregiver" });
  await join(h, owner, a.householdId, helper, { role: "helper", helperAccessHours: 48, windowDays: 2 });
  const device = testDevice(now);
  const recent = device.create("diaper", {
    babyId: a.babyId,
    time: minutesBefore(now(), 30),
    contents: "wet",
  });
  const old = device.create("diaper", {
    babyId: a.babyId,
    time: minutesBefore(now(), 4 * 24 * 60),
    contents: "dirty",
  });
  const secret = testDevice(now).create(
    "note",
    { time: minutesBefore(now(), 10), text: "I am so tired" },
    "private",
  );
  await push(h, owner, a.householdId, [...recent.messages, ...old.messages]);
  await push(h, caregiver, a.householdId, secret.messages);

  const bOwner = await h.signup("Bea");
  const b = await h.household(bOwner, "B");
  const bRecord = testDevice(now).create("sleep", {
    babyId: b.babyId,
    start: minutesBefore(now(), 90),
    end: minutesBefore(now(), 20),
  });
  await push(h, bOwner, b.householdId, bRecord.messages);
  const invite = await h.call(bOwner, "POST", `/api/households/${b.householdId}/invites`, {
    role: "caregiver",
  });
  const token = await h.call(bOwner, "POST", "/api/tokens", { name: "script" });
  const link = await h.call(bOwner, "POST", `/api/households/${b.householdId}/card-links`, {
    babyId: b.babyId,
    days: 7,
    card: sampleCard,
  });
  return {
    a: { owner, caregiver, helper, ...a, recordId: recent.id, oldRecordId: old.id, privateId: secret.id },
    b: {
      owner: bOwner,
      ...b,
      recordId: bRecord.id,
      inviteId: invite.json().id,
      tokenId: token.json().id,
      linkId: link.json().id,
      token: token.json().token,
    },
  };
};

/** A guide card as a phone would share it. */
export const sampleCard = {
  lang: "en",
  title: "How to soothe Leo",
  sections: [{ title: "What soothes Leo", lines: ["Walking in the carrier: settled Leo 5 of 6 tries"] }],
  footer: "Made on 28 Nov 2026 with Attune",
};

/** A valid body for each route that takes one, so that a refusal is about access, not input. */
export const sampleBodies = (w: World, now: number): Record<string, unknown> => ({
  "POST /api/auth/signup": { email: "new@example.com", password: "long enough password", name: "New" },
  "POST /api/auth/login": { email: "nobody@example.com", password: "whatever" },
  "PATCH /api/account": { name: "Renamed" },
  "DELETE /api/account": { password: "correct horse battery" },
  "POST /api/account/password": { current: "correct horse battery", next: "a brand new passphrase" },
  "POST /api/auth/password-reset": { email: "nobody@example.com" },
  "POST /api/auth/password-reset/confirm": { token: "x".repeat(43), password: "a brand new passphrase" },
  "POST /api/tokens": { name: "mine" },
  "POST /api/households": { name: "Another" },
  "PATCH /api/households/:householdId": { name: "Renamed" },
  "PATCH /api/households/:householdId/members/:userId": { role: "caregiver" },
  "POST /api/households/:householdId/babies": {
    name: "Leo",
    birthDate: "2026-09-01",
    timeZone: "Europe/Madrid",
  },
  "PATCH /api/households/:householdId/babies/:babyId": { name: "Leo" },
  "POST /api/households/:householdId/invites": { role: "helper" },
  "POST /api/households/:householdId/card-links": { babyId: w.b.babyId, days: 1, card: sampleCard },
  "POST /api/push/subscriptions": {
    endpoint: "https://push.example.com/send/abc",
    keys: {
      p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
      auth: "tBHItJI5svbpez7KI4CCXg",
    },
  },
  "DELETE /api/push/subscriptions": { endpoint: "https://push.example.com/send/abc" },
  "PUT /api/households/:householdId/webhook": { url: "https://hooks.example.com/attune" },
  "POST /api/invites/accept": { code: "AAAA-BBBB-CCCC" },
  "POST /api/households/:householdId/sync/push": {
    messages: testDevice(() => now).create("diaper", {
      babyId: w.b.babyId,
      time: new Date(now - 60_000).toISOString(),
      contents: "wet",
    }).messages,
  },
  "POST /api/households/:householdId/records": {
    kind: "diaper",
    fields: { babyId: w.b.babyId, time: new Date(now - 60_000).toISOString(), contents: "wet" },
  },
  "PATCH /api/households/:householdId/records/:recordId": { fields: { place: "cot" } },
});

export const fillUrl = (url: string, ids: Record<string, string>) =>
  url.replace(/:(\w+)/g, (_, name: string) => {
    const value = ids[name];
    if (!value) throw new Error(`no id for :${name} in ${url}`);
    return value;
  });

export const allTableCounts = async (h: Harness) => {
  const counts: Record<string, number> = {};
  for (const table of [
    "users",
    "sessions",
    "api_tokens",
    "households",
    "memberships",
    "babies",
    "invites",
    "card_links",
    "messages",
    "records",
    "password_failures",
    "trusted_devices",
    "password_resets",
  ] as const) {
    const row = await h.running.services.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
};
