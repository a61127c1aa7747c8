/**
 * Whether a new password is good enough: at least 10 characters, not the e-mail address or the
 * name, and not one that guessers try early. zxcvbn-ts (offline, with English and Spanish word
 * lists) estimates how many guesses a password takes; it must score 3 of 4 ("safely unguessable"
 * against an online attack, about 10^8 guesses) or more.
 */
import { ApiError } from "../http/errors.ts";

export type PasswordProblem = "too_short" | "personal" | "guessable";

type Checker = { check(password: string, userInputs?: string[]): { score: number } };
let checker: Promise<Checker> | undefined;

/** The word lists take a moment to load, so they load on the first check, once. */
const loadChecker = (): Promise<Checker> => {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, en, es] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
      import("@zxcvbn-ts/language-es-es"),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, ...es.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
  })();
  return checker;
};

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);

export const passwordProblem = async (
  password: string,
  person: { email: string; name?: string },
): Promise<PasswordProblem | undefined> => {
  if ([...password].length < 10) return "too_short";
  const lower = password.toLowerCase().replace(/\s+/g, "");
  const email = person.email.toLowerCase();
  if (lower === email || lower === email.split("@")[0]) return "personal";
  const personal = [email, ...words(email), ...words(person.name ?? "")];
  const { score } = (await loadChecker()).check(password, personal);
  return score >= 3 ? undefined : "guessable";
};

const explanations: Record<PasswordProblem, string> = {
  too_short: "A password needs at least 10 characters",
  personal: "A password must not be your e-mail address or your name",
  guessable:
    "This password is one that people often use or that is easy to guess; try a few unrelated words together",
};

/** Refuses a password that is not good enough, with the reason for the field. */
export const requireStrongPassword = async (
  password: string,
  person: { email: string; name?: string },
  field = "password",
): Promise<void> => {
  const problem = await passwordProblem(password, person);
  if (problem)
    throw new ApiError(400, "weak_password", explanations[problem], [
      { path: field, message: explanations[problem], code: problem },
    ]);
};
