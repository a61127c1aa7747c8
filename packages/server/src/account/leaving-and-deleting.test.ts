/**
 * What leaving and deleting leave behind: no household nobody can reach, no invite that outlives
 * its maker's right to invite, no helper whose access quietly stops ending, and no deleted text
 * still readable in the SQLite file or its write-ahead log.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempSqlite } from "../testing/databases.ts";
import { type Agent, type Harness, startHarness } from "../testing/harness.ts";
import { minutesBefore, testDevice } from "../testing/records.ts";

describe("leaving and deleting", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(tempSqlite());
  });
  afterAll(() => h?.close());

  const join = async (inviter: Agent, householdId: string, who: Agent, body: object) => {
    const invite = await h.call(inviter, "POST", `/api/households/${householdId}/invites`, body);
    const res = await h.call(who, "POST", "/api/invites/accept", { code: invite.json().code });
    expect(res.statusCode).toBe(200);
  };

  const fileBytes = (path: string) => {
    try {
      return readFileSync(path);
    } catch {
      return Buffer.alloc(0);
    }
  };

  it("leaves no deleted private text readable in the database file or its log", async () => {
    const ana = await h.signup("Ana");
    const sam = await h.signup("Sam");
    const { householdId, babyId } = await h.household(ana);
    await join(ana, householdId, sam, { role: "owner" });
    const secret = "sams-private-checkin-text-4711";
    const device = testDevice(() => h.clock.now);
    const checkin = device.create("note", { time: minutesBefore(h.clock.now, 5), text: secret }, "private");
    const shared = device.create("diaper", { babyId, time: minutesBefore(h.clock.now, 5), contents: "wet" });
    await h.call(sam, "POST", `/api/households/${householdId}/sync/push`, {
      messages: [...checkin.messages, ...shared.messages],
    });
    const file = h.running.database.url;
    const everywhere = () => Buffer.concat([fileBytes(file), fileBytes(`${file}-wal`)]);
    expect(everywhere().includes(secret)).toBe(true);
    const gone = await h.call(sam, "DELETE", "/api/account", { password: "correct horse battery" });
    expect(gone.statusCode).toBe(200);
    expect(everywhere().includes(secret)).toBe(false);

    const household = "a-household-deleted-whole-0815";
    const note = device.create("note", { babyId, time: minutesBefore(h.clock.now, 5), text: household });
    await h.call(ana, "POST", `/api/households/${householdId}/sync/push`, { messages: note.messages });
    expect(everywhere().includes(household)).toBe(true);
    expect((await h.call(ana, "DELETE", `/api/households/${householdId}`)).statusCode).toBe(200);
    expect(everywhere().includes(household)).toBe(false);
  });

  it("does not let the last person leave a household that holds a family's data", async () => {
    const solo = await h.signup("Solo");
    const { householdId } = await h.household(solo);
    const leave = await h.call(solo, "DELETE", `/api/households/${householdId}/members/${solo.userId}`);
    expect(leave.statusCode).toBe(409);
    expect(leave.json().error.code).toBe("last_member");
    expect((await h.call(solo, "GET", `/api/households/${householdId}`)).statusCode).toBe(200);
    // An empty household simply goes with its last member.
    const empty = await h.call(solo, "POST", "/api/households", { name: "Empty" });
    const emptyId = empty.json().id;
    expect(
      (await h.call(solo, "DELETE", `/api/households/${emptyId}/members/${solo.userId}`)).statusCode,
    ).toBe(200);
    const left = await h.running.services.db
      .selectFrom("households")
      .select("id")
      .where("id", "=", emptyId)
      .execute();
    expect(left).toEqual([]);
  });

  it("ends the invites of a member who is removed, demoted or deletes the account", async () => {
    const owner = await h.signup("Owner");
    const { householdId } = await h.household(owner);
    const carer = await h.signup("Carer");
    await join(owner, householdId, carer, { role: "caregiver" });
    const helperInvite = await h.call(carer, "POST", `/api/households/${householdId}/invites`, {
      role: "helper",
      helperAccessHours: 24 * 90,
    });
    expect(helperInvite.statusCode).toBe(201);
    await h.call(owner, "DELETE", `/api/households/${householdId}/members/${carer.userId}`);
    const stranger = await h.signup("Stranger");
    const stale = await h.call(stranger, "POST", "/api/invites/accept", { code: helperInvite.json().code });
    expect(stale.statusCode).toBe(404);
    expect(stale.json().error.code).toBe("invalid_invite");

    const coOwner = await h.signup("CoOwner");
    await join(owner, householdId, coOwner, { role: "owner" });
    const ownerInvite = await h.call(coOwner, "POST", `/api/households/${householdId}/invites`, {
      role: "owner",
    });
    await h.call(owner, "PATCH", `/api/households/${householdId}/members/${coOwner.userId}`, {
      role: "caregiver",
    });
    const demoted = await h.call(stranger, "POST", "/api/invites/accept", { code: ownerInvite.json().code });
    expect(demoted.statusCode).toBe(404);

    const leaver = await h.signup("Leaver");
    await join(owner, householdId, leaver, { role: "caregiver" });
    const leaverInvite = await h.call(leaver, "POST", `/api/households/${householdId}/invites`, {
      role: "helper",
    });
    await h.call(leaver, "DELETE", "/api/account", { password: "correct horse battery" });
    const orphan = await h.call(stranger, "POST", "/api/invites/accept", { code: leaverInvite.json().code });
    expect(orphan.statusCode).toBe(404);
  });

  it("keeps a helper's end of access when the owner changes only its window", async () => {
    const owner = await h.signup("Keeper");
    const { householdId } = await h.household(owner);
    const helper = await h.signup("Sitter");
    await join(owner, householdId, helper, { role: "helper", helperAccessHours: 48 });
    const until = new Date(h.clock.now + 48 * 3600 * 1000).toISOString();
    const res = await h.call(owner, "PATCH", `/api/households/${householdId}/members/${helper.userId}`, {
      windowDays: 2,
    });
    const member = res.json().members.find((m: { userId: string }) => m.userId === helper.userId);
    expect(member).toMatchObject({ accessUntil: until, windowDays: 2 });
  });
});
