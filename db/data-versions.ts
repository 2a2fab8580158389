// Data versions: one counter per domain of data, bumped inside the writing transaction by
// SQLite triggers, so any process that opens the file sees the same versions (decision 0014).
// Public answers name the domains they read (tRPC meta `reads`); their ETag and their cached
// bytes are keyed by those domains' versions, so a write invalidates exactly what it can change.
import type Database from 'better-sqlite3';
import type { Db } from './client';

// `submissions` is reporters' and reviewers' work in progress (drafts, submissions, review
// batches): no public answer reads it — a value reaches the public only when its approval writes
// `indicator_value` (plan) — so a deadline day of saves and submits leaves every public answer
// and its ETag untouched.
//
// `progress` is what reviewers approve all through a deadline day: agencies' indicator values and
// approved Quick Win updates (one waiting for review is `submissions`). The overview and indicator
// pages read it; the ITA pages do not (they read the plan's ITA targets and the national ITA
// value's announcement date), so approvals leave the ITA answers cached. A national value (no
// agency) is entered by the secretariat and stays `plan`.
export const DATA_DOMAINS = ['plan', 'progress', 'reporting', 'registry', 'ita', 'activities', 'meetings', 'submissions'] as const;
export type DataDomain = (typeof DATA_DOMAINS)[number];

/** A table whose rows belong to one domain or another: `when` is an SQL test of the row (`row.`). */
interface SplitDomain {
  when: string;
  then: DataDomain;
  otherwise: DataDomain;
}

/** Which domain each table's rows belong to. A table missing here bumps every domain (safe, slow). */
export const TABLE_DOMAINS: Record<string, DataDomain | SplitDomain> = {
  plan: 'plan',
  strategy: 'plan',
  measure: 'plan',
  indicator: 'plan',
  target: 'plan',
  target_revision: 'plan',
  indicator_value: { when: 'row.agency_id is null', then: 'plan', otherwise: 'progress' },
  provisional_publication: 'plan',
  quick_win: 'plan',
  quick_win_level: 'plan',
  quick_win_milestone: 'plan',
  // A reporter's update waits for review like a value (submissions) until it is approved.
  quick_win_update: { when: "row.review_status = 'approved'", then: 'progress', otherwise: 'submissions' },
  value_submission: 'submissions',
  reporting_period: 'reporting',
  assignment: 'reporting',
  province_group: 'registry',
  province: 'registry',
  agency: 'registry',
  ita_import: 'ita',
  ita_import_row: 'ita',
  ita_result: 'ita',
  project: 'activities',
  project_activity: 'activities',
  project_round: 'activities',
  round_province: 'activities',
  round_track: 'activities',
  track_audience: 'activities',
  round_staff: 'activities',
  round_observation: 'activities',
  question_set: 'activities',
  question_set_item: 'activities',
  evaluation_form: 'activities',
  form_question: 'activities',
  form_response: 'activities',
  form_answer: 'activities',
  province_readiness: 'activities',
  meeting: 'meetings',
  meeting_commentary: 'meetings',
  meeting_action: 'meetings',
  meeting_pack: 'meetings',
  review_batch: 'submissions',
  review_batch_item: 'submissions',
};

/** Tables no public answer reads: accounts, sessions, the audit trail, mail, secrets. */
export const UNVERSIONED_TABLES = new Set([
  'data_version',
  'user',
  'session',
  'login_attempt',
  'audit_log',
  'mail_outbox',
  'mail_opt_out',
  'mail_opt_in',
  // Per person and never in a public answer.
  'notification',
  'app_secret',
  'account_token',
]);

const isInternal = (name: string) => name.startsWith('sqlite_') || name.startsWith('__drizzle');

/**
 * (Re)creates the version triggers from TABLE_DOMAINS; run after every migration, so a table
 * added later is covered at the next migrate. Idempotent, in one transaction.
 */
export function installDataVersionTriggers(sqlite: Database.Database): void {
  const tables = sqlite
    .prepare(`select name from sqlite_master where type = 'table'`)
    .pluck()
    .all() as string[];
  const triggers = sqlite
    .prepare(`select name from sqlite_master where type = 'trigger' and name like 'dv\\_%' escape '\\'`)
    .pluck()
    .all() as string[];
  sqlite.transaction(() => {
    const addDomain = sqlite.prepare('insert or ignore into data_version (domain, version) values (?, 0)');
    for (const domain of DATA_DOMAINS) addDomain.run(domain);
    for (const name of triggers) sqlite.exec(`drop trigger "${name}"`);
    for (const table of tables) {
      if (isInternal(table) || UNVERSIONED_TABLES.has(table)) continue;
      const domain = TABLE_DOMAINS[table];
      for (const event of ['insert', 'update', 'delete'] as const) {
        sqlite.exec(`create trigger "dv_${table}_${event}" after ${event} on "${table}" begin ${bumpFor(domain, event)} end`);
      }
    }
  })();
}

/** The trigger body: bump the row's domain (for a split table, by the old and the new row). */
function bumpFor(domain: DataDomain | SplitDomain | undefined, event: 'insert' | 'update' | 'delete'): string {
  if (!domain) return 'update data_version set version = version + 1;';
  if (typeof domain === 'string') return `update data_version set version = version + 1 where domain = '${domain}';`;
  const of = (row: 'new' | 'old') =>
    `case when ${domain.when.replaceAll('row.', `${row}.`)} then '${domain.then}' else '${domain.otherwise}' end`;
  const rows = event === 'insert' ? [of('new')] : event === 'delete' ? [of('old')] : [of('old'), of('new')];
  return `update data_version set version = version + 1 where domain in (${rows.join(', ')});`;
}

/** Tables that are neither mapped to a domain nor declared unversioned (a test keeps this empty). */
export function unclassifiedTables(sqlite: Database.Database): string[] {
  const tables = sqlite.prepare(`select name from sqlite_master where type = 'table'`).pluck().all() as string[];
  return tables.filter((t) => !isInternal(t) && !UNVERSIONED_TABLES.has(t) && !(t in TABLE_DOMAINS));
}

export type DataVersions = Record<DataDomain, number>;

const readers = new WeakMap<Database.Database, Database.Statement>();

/** The current version of every domain: one indexed read of a six-row table. */
export function readDataVersions(db: Db): DataVersions {
  let stmt = readers.get(db.$client);
  if (!stmt) {
    stmt = db.$client.prepare('select domain, version from data_version');
    readers.set(db.$client, stmt);
  }
  const out = Object.fromEntries(DATA_DOMAINS.map((d) => [d, 0])) as DataVersions;
  for (const row of stmt.all() as { domain: DataDomain; version: number }[]) out[row.domain] = row.version;
  return out;
}
