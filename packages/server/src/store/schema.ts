/**
 * The tables, as Kysely sees them. Times are ISO 8601 text in UTC on both databases, booleans are
 * 0/1 integers, and JSON is text, so that one query layer serves SQLite and PostgreSQL alike.
 */
import type { Generated } from "kysely";

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: string;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}

export interface HouseholdsTable {
  id: string;
  name: string;
  seq: Generated<number>;
  created_at: string;
}

export interface MembershipsTable {
  household_id: string;
  user_id: string;
  role: string;
  access_until: string | null;
  window_days: number | null;
  created_at: string;
}

export interface BabiesTable {
  id: string;
  household_id: string;
  name: string;
  birth_date: string;
  due_date: string | null;
  time_zone: string;
  /** "female" or "male", for the growth charts; null when not given. */
  sex: string | null;
  created_at: string;
}

export interface PushSubscriptionsTable {
  endpoint: string;
  user_id: string;
  p256dh: string;
  auth: string;
  created_at: string;
  /** The push service's answer to the last send: a status code, or an error. */
  last_outcome: string | null;
}

export interface ReminderSendsTable {
  key: string;
  /** The person reminded, or "webhook" for the household's webhook. */
  user_id: string;
  household_id: string;
  kind: string;
  due_at: string;
  /** claimed → sent → done-claimed → done (answered); claimed rows a crash left are sent again. */
  state: string;
  claimed_at: string;
  sent_at: string | null;
  outcome: string | null;
}

export interface SchedulerLeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

export interface ServerKeysTable {
  name: string;
  value: string;
}

export interface WebhooksTable {
  household_id: string;
  url: string;
  secret: string;
  created_by: string;
  created_at: string;
}

export interface CardLinksTable {
  id: string;
  household_id: string;
  baby_id: string;
  token_hash: string;
  /** The card as the phone that shared it wrote it (JSON, checked by cardContent). */
  card: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface InvitesTable {
  id: string;
  household_id: string;
  code_hash: string;
  role: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  access_until: string | null;
  window_days: number | null;
  used_at: string | null;
  used_by: string | null;
}

export interface MessagesTable {
  household_id: string;
  seq: number;
  record_id: string;
  field: string;
  hlc: string;
  value: string;
  author_id: string;
  received_at: string;
}

export interface RecordsTable {
  id: string;
  household_id: string;
  kind: string;
  scope: string;
  author_id: string;
  baby_id: string | null;
  at: string | null;
  deleted: number;
  updated_seq: number;
  state: string;
}

/** Failed password checks for one key: an account's e-mail, a trusted device, or a logged-in user. */
export interface PasswordFailuresTable {
  key: string;
  failures: number;
  /** No password is checked for this key before this time. */
  wait_until: string;
  updated_at: string;
}

/** A browser that has logged in to the account before (its cookie's hash). */
export interface TrustedDevicesTable {
  token_hash: string;
  user_id: string;
  created_at: string;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A data repair that has run (store/repairs.ts). */
export interface RepairsTable {
  name: string;
  done_at: string;
  changed: number;
}

/** A rate limit's counter for one key in its window, shared by every process (PostgreSQL). */
export interface RateLimitsTable {
  key: string;
  count: number;
  /** When the window ends, ms since the epoch. */
  reset_at: string | number | bigint;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  households: HouseholdsTable;
  memberships: MembershipsTable;
  babies: BabiesTable;
  invites: InvitesTable;
  card_links: CardLinksTable;
  push_subscriptions: PushSubscriptionsTable;
  reminder_sends: ReminderSendsTable;
  scheduler_leases: SchedulerLeasesTable;
  server_keys: ServerKeysTable;
  webhooks: WebhooksTable;
  messages: MessagesTable;
  records: RecordsTable;
  password_failures: PasswordFailuresTable;
  trusted_devices: TrustedDevicesTable;
  password_resets: PasswordResetsTable;
  repairs: RepairsTable;
  rate_limits: RateLimitsTable;
}
