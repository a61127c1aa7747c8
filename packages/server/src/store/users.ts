/** Accounts: e-mail, name, language and the password's hash. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

type Db = Kysely<Database>;

export const insertUser = (
  db: Db,
  user: { id: string; email: string; name: string; locale: string; passwordHash: string },
  now: string,
) =>
  db
    .insertInto("users")
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      password_hash: user.passwordHash,
      created_at: now,
    })
    .execute();

export const findUserByEmail = (db: Db, email: string) =>
  db
    .selectFrom("users")
    .select(["id", "email", "name", "locale", "password_hash"])
    .where("email", "=", email)
    .executeTakeFirst();

/** An account's public details (never its password's hash). */
export const findUser = (db: Db, userId: string) =>
  db
    .selectFrom("users")
    .select(["id", "email", "name", "locale"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();

export const passwordHashOf = async (db: Db, userId: string): Promise<string> =>
  (await db.selectFrom("users").select("password_hash").where("id", "=", userId).executeTakeFirstOrThrow())
    .password_hash;

export const updateUser = (db: Db, userId: string, change: { name?: string; locale?: string }) =>
  db.updateTable("users").set(change).where("id", "=", userId).execute();

export const setPasswordHash = (db: Db, userId: string, passwordHash: string) =>
  db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();

/** The account as an export writes it. */
export const accountForExport = (db: Db, userId: string) =>
  db
    .selectFrom("users")
    .select(["id", "email", "name", "locale", "created_at"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();

/** The first of these addresses that has an account, if any. */
export const anyEmailTaken = async (db: Db, emails: readonly string[]): Promise<string | undefined> =>
  (await db.selectFrom("users").select("email").where("email", "in", emails).executeTakeFirst())?.email;
