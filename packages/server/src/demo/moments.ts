/**
 * The demo baby's cue moments: about one a day over the last four weeks, so that the guide and the
 * reflection have something to show. Maya has her own ways: she rubs her eyes and yawns when tired
 * and settles with rocking; she roots when hungry; in the evening she wants to be carried, and a walk
 * settles her when little else does. Some first tries miss and are repaired.
 */
import {
  type Entry,
  type Json,
  momentContextAt,
  type Need,
  type Outcome,
  type RecordKind,
  type Response,
} from "@attune/core";

const minute = 60_000;
const day = 24 * 60 * minute;

interface Pattern {
  readonly need: Need;
  readonly signs: readonly string[];
  readonly first: Response;
  readonly firstWorks: number;
  readonly repair: Response;
}

const patterns: readonly Pattern[] = [
  {
    need: "tired",
    signs: ["rubbing_eyes", "yawning", "cry_whimper"],
    first: "rock",
    firstWorks: 0.6,
    repair: "walk",
  },
  {
    need: "hungry",
    signs: ["rooting", "fists_curled", "cry_rhythmic"],
    first: "feed",
    firstWorks: 0.9,
    repair: "hold_close",
  },
  {
    need: "closeness",
    signs: ["cry_whimper", "reaching"],
    first: "hold_close",
    firstWorks: 0.5,
    repair: "walk",
  },
  {
    need: "discomfort",
    signs: ["legs_pulled_up", "face_scrunched"],
    first: "burp",
    firstWorks: 0.4,
    repair: "change",
  },
  {
    need: "overstimulated",
    signs: ["looking_away", "jerky_movement"],
    first: "dim_room",
    firstWorks: 0.5,
    repair: "walk",
  },
];

export const demoMoments = (
  babyId: string,
  birth: number,
  now: number,
  timeZone: string,
  journal: readonly { kind: RecordKind; fields: Record<string, Json> }[],
  random: () => number,
): { kind: "moment"; by: 0 | 1; fields: Record<string, Json> }[] => {
  // The demo's own records, written to its kinds' types by seed.ts.
  const entries = journal.map(
    (e, i) =>
      ({
        id: String(i),
        kind: e.kind,
        scope: "household",
        values: e.fields,
        at: String(e.fields.start ?? e.fields.time),
        deleted: false,
      }) as Entry,
  );
  const out: { kind: "moment"; by: 0 | 1; fields: Record<string, Json> }[] = [];
  const iso = (t: number) => new Date(Math.round(t / minute) * minute).toISOString();
  for (let d = 28; d >= 1; d--) {
    // Mostly in the evening, sometimes in the afternoon.
    const at = now - d * day + (random() < 0.6 ? 0 : -4 * 60 * minute) + Math.round(random() * 90) * minute;
    if (at >= now - 30 * minute || at - birth < 7 * day) continue;
    const evening = new Date(at).getUTCHours() >= 17;
    const pattern =
      evening && random() < 0.4 ? patterns[2]! : patterns[Math.floor(random() * patterns.length)]!;
    const signs = pattern.signs.filter(() => random() < 0.75);
    const ageDays = Math.floor((at - birth) / day);
    const context = Object.fromEntries(
      Object.entries(momentContextAt(entries, at, ageDays, timeZone)).filter(([, v]) => v !== undefined),
    ) as Json;
    const firstWorks = random() < pattern.firstWorks;
    const tries: { response: Response; at: string; outcome: Outcome; outcomeAt: string }[] = [
      {
        response: pattern.first,
        at: iso(at + 2 * minute),
        outcome: firstWorks ? "settled" : random() < 0.5 ? "no_change" : "calmer",
        outcomeAt: iso(at + 9 * minute),
      },
    ];
    if (!firstWorks) {
      tries.push({
        response: pattern.repair,
        at: iso(at + 10 * minute),
        outcome: "settled",
        outcomeAt: iso(at + (16 + Math.round(random() * 10)) * minute),
      });
    }
    out.push({
      kind: "moment",
      by: random() < 0.35 ? 1 : 0,
      fields: {
        babyId,
        start: iso(at),
        end: tries.at(-1)!.outcomeAt,
        signs: signs.length ? signs : [pattern.signs[0]!],
        context,
        tries: tries as unknown as Json,
        need: pattern.need,
      },
    });
  }
  return out;
};
