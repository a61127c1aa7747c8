/** Password hashing with argon2id, at the OWASP-recommended cost (19 MiB, 2 passes). */
import { hash, verify } from "@node-rs/argon2";

// algorithm 2 is Argon2id in @node-rs/argon2 (its const enum cannot be imported under verbatimModuleSyntax).
const cost = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, cost);

export const passwordMatches = async (stored: string, password: string): Promise<boolean> => {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
};

/** A hash to verify against when the account does not exist, so both paths take the same time. */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => {
  decoy ??= hashPassword("attune-decoy-password");
  return decoy;
};
