/**
 * Why an importer could not take a row, as a code with its values: the app says it in the reader's
 * language (web i18n `import.problems.<code>`), the command line in English (`problemText`).
 */

export type ProblemCode =
  | "notDateTime"
  | "notRealDate"
  | "noStart"
  | "unknownFeedKind"
  | "lengthNotUnderstood"
  | "weightNotUnderstood"
  | "noSuchKind"
  | "glowNoTimeColumn"
  | "glowUnknownKind"
  | "babyBuddyUnknownKind"
  | "growthNoMeasurement"
  | "missingColumns"
  | "notMapped"
  | "notDuration"
  | "notAmount"
  | "noteNeedsText"
  | "invalidValues"
  | "duplicate"
  | "valueNotUnderstood"
  | "wakeWithoutSleep"
  | "sleepWithoutWake"
  | "keptAsNote";

export type ProblemParams = Readonly<Record<string, string | number>>;

export interface ProblemReason {
  readonly code: ProblemCode;
  readonly params?: ProblemParams;
}

const english: Record<ProblemCode, (p: ProblemParams) => string> = {
  notDateTime: (p) => `"${p.text}" is not a date and time`,
  notRealDate: (p) => `"${p.text}" is not a real date (${p.why})`,
  noStart: () => "no start time",
  unknownFeedKind: (p) => `a feed of an unknown kind ("${p.value}")`,
  lengthNotUnderstood: (p) => `length "${p.value}" not understood; the rest of the row was kept`,
  weightNotUnderstood: (p) => `weight "${p.value}" not understood; the rest of the row was kept`,
  noSuchKind: (p) => `Attune has no kind of entry for "${p.value}" yet; the row was not imported`,
  glowNoTimeColumn: () => "not a Glow export this importer knows (no time column)",
  glowUnknownKind: () => "a Glow row of a kind this importer does not know",
  babyBuddyUnknownKind: () => "a Baby Buddy export of a kind this importer does not know",
  growthNoMeasurement: () => "a growth row with no measurement",
  missingColumns: (p) => `the file has no column ${p.columns}`,
  notMapped: (p) => `"${p.value}" in ${p.column} is not mapped to a kind of entry`,
  notDuration: (p) => `"${p.value}" is not a duration`,
  notAmount: (p) => `"${p.value}" is not an amount`,
  noteNeedsText: () => "a note needs its text: map the note column",
  invalidValues: (p) => String(p.details),
  duplicate: (p) => `the same entry as ${p.file} row ${p.row}; kept once`,
  wakeWithoutSleep: () => "a waking with no bed time before it; no sleep could be made of it",
  sleepWithoutWake: () => "a bed time with no waking after it; kept as a sleep with no end noted",
  keptAsNote: (p) => `Attune has no kind of entry for "${p.value}"; the row was kept as a note`,
  valueNotUnderstood: (p) => `"${p.value}" in ${p.column} was not understood; the row was kept without it`,
};

/** The reason in English, as the command line prints it. */
export const problemText = (reason: ProblemReason): string => english[reason.code](reason.params ?? {});
