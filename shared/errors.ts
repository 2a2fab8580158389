// The error contract between server and client (docs/decisions/0007-error-contract.md).
// The server sends codes with a field and parameters, never prose; the client words each code
// in the user's language (client/i18n/messages/errors.ts). Every code the server can emit is a
// key of ERROR_CODES, whose value lists the parameters its message may use — the catalogue test
// checks that every code has a Thai and an English message using only those parameters.

import type { Entity } from './domain';

export type { Entity };

export const ERROR_CODES = {
  // ── Request-level ─────────────────────────────────────────────────────────
  /** Anything unexpected; logged on the server with its cause. */
  internal: [],
  /** A request that is not well-formed JSON-RPC (bad batch, bad content type). */
  bad_request: [],
  unauthenticated: [],
  /** The role set the procedure requires. */
  forbidden_role: ['roles'],
  too_many_requests: ['retryAfter'],
  batch_too_large: ['max'],
  /** State-changing requests must be JSON (or carry the tRPC header). */
  unsupported_media_type: [],
  payload_too_large: [],
  /** One or more fields are invalid; see fieldErrors. */
  invalid_input: [],

  // ── Records ───────────────────────────────────────────────────────────────
  not_found: ['entity', 'key'],
  /** Someone else changed the record since it was loaded (optimistic concurrency). */
  stale_version: ['entity', 'label'],
  duplicate: ['entity', 'key'],

  // ── Fields, from zod (shared/schemas) ─────────────────────────────────────
  required: [],
  invalid_type: ['expected'],
  not_a_number: [],
  not_integer: [],
  too_short: ['minimum'],
  too_long: ['maximum'],
  too_small: ['minimum', 'inclusive'],
  too_big: ['maximum', 'inclusive'],
  too_few_items: ['minimum'],
  too_many_items: ['maximum'],
  invalid_format: [],
  invalid_email: [],
  invalid_url: [],
  invalid_date: [],
  invalid_option: ['options'],
  unknown_field: ['keys'],
  invalid_characters: [],
  /** An end date before its start date. */
  date_order: [],
  /** A period's reminder days (ส่งเตือนก่อนกำหนด): 1–90, no repeats, one to five of them. */
  invalid_reminder_days: [],
  boolean_value: [],
  too_many_decimals: ['decimals'],
  same_as_current: [],
  same_years: [],
  /** Importing an ITA year after the last one whose rules are known: say which rule set applies. */
  rule_set_required: ['year'],
  threshold_order: [],
  aggregation_required: [],
  threshold_required: [],
  min_above_max: [],
  baseline_pair: [],
  completed_needs_100: [],
  agency_or_group: [],
  /** A to-year before its from-year. */
  year_order: [],
  /** Publishing below the threshold applies only to a provisional figure. */
  not_provisional: ['key', 'year'],

  // ── Fields, from service rules ────────────────────────────────────────────
  unknown_reference: ['entity', 'key'],
  inactive_reference: ['entity', 'key'],
  version_required: [],
  reason_required: [],
  own_parent: [],
  parent_cycle: ['key'],
  agency_role_mismatch: [],
  self_lockout: [],
  wrong_current_password: [],
  /** A guessable password (zxcvbn score below 3); `hint` is zxcvbn's warning key, worded by the client. */
  weak_password: ['minimum', 'hint'],
  file_unreadable: ['format', 'reason'],
  file_rejected: ['errors'],
  measure_not_in_strategy: ['key'],
  goal_indicator_has_no_measure: [],
  national_needs_one_agency: ['key'],
  national_already_assigned: ['key'],
  scope_locked: [],
  period_missing: ['year'],
  period_locked: ['year'],
  period_not_open: ['year', 'opensOn'],
  period_closed: ['year', 'deadline'],
  already_submitted: ['key', 'year'],
  not_reviewable: ['status'],
  /** A Quick Win's earlier progress update still waits for review. */
  progress_pending: ['key'],
  /** A bulk approval names a different count than the list it approves. */
  count_mismatch: ['expected'],
  /** A bulk approval already undone, or a value republished since it. */
  batch_not_undoable: ['label'],
  basis_after_round: [],
  /** A destructive commit (rows removed, or more than 5 % changed) without the year typed back. */
  confirmation_required: ['year', 'removed', 'changed'],
  /** The commit's file is not the file its dry run checked. */
  import_file_changed: [],
  /** Another import (or restore) of the year landed after the dry run. */
  import_superseded: ['year', 'importId'],
  /** An agency import that deactivates agencies (or changes > 5 %) without the count typed back. */
  agency_import_confirmation: ['deactivated', 'changed'],
  /** The registry changed (another import, an edit) after the agency import's dry run. */
  registry_changed: [],
  /** A version whose rows were not kept (from before versions were kept). */
  version_unavailable: ['key'],
  /** Restoring the version the year already is. */
  version_is_current: [],
  /** A signed link (unsubscribe) that this server did not sign. */
  invalid_link: [],
  /** A single-use account link (invitation, reset, new address) that was used already. */
  link_used: [],
  /** A single-use account link past its expiry. */
  link_expired: [],
  /** Invitations are for reporters and analysts; the secretariat creates other accounts itself. */
  role_not_invitable: ['role'],
  /** An account without an e-mail address cannot be sent a link. */
  email_required: [],
  /** Only a queued or failed message can be sent again. */
  not_resendable: ['state'],
  /** Only the secretariat confirms a round or edits a confirmed one. */
  round_confirmed: [],
  /** The evaluation form is not open: it opens later or has closed. */
  form_not_open: ['opensAt'],
  form_closed: ['closesAt'],
  /** This device has already answered the form. */
  already_answered: [],
  /** The device token is missing, forged or for another form. */
  invalid_token: [],
  /** A question of the form that is not answered, or an answer to a question it does not have. */
  answer_invalid: ['key'],
  /** A track or sub-group that is not the round's. */
  not_in_round: ['entity', 'key'],
  /** The consent line must be accepted before answering. */
  consent_required: [],
  /** A track or sub-group that has responses cannot be removed. */
  has_responses: ['entity', 'key'],
  /** A form needs at least one question. */
  no_questions: [],

  // ── Rows of an imported file (RowError) ───────────────────────────────────
  empty_file: [],
  no_data_rows: [],
  too_many_rows: ['maximum'],
  missing_column: ['column'],
  duplicate_column: ['column'],
  duplicate_row: ['row'],
  demo_row: [],
  unknown_agency_needs_details: [],
  province_required: [],

  // ── Permissions on a record ───────────────────────────────────────────────
  own_agency_only: [],
  reporters_only: [],
  not_assigned: ['key'],
  not_lead_agency: ['key'],
  agency_deactivated: [],
  wrong_credentials: [],
} as const satisfies Record<string, readonly string[]>;

export type ErrorCode = keyof typeof ERROR_CODES;
export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as ErrorCode[];


export type ErrorParams = Record<string, string | number | boolean | null | Array<string | number>>;

export type FieldError = { field: string; code: ErrorCode; params?: ErrorParams };

/** One problem in one row of an imported file (row numbers as the spreadsheet shows them). */
export type RowError = { row: number; column: string; value?: string; code: ErrorCode; params?: ErrorParams };

/** What the server sends for every failed call (tRPC `error.data.error`, or a plain HTTP body's `error`). */
export type ApiError = {
  code: ErrorCode;
  /** The input field the error is about (dot path), when there is one. */
  field?: string;
  params?: ErrorParams;
  /** Several fields at once (zod validation). */
  fieldErrors?: FieldError[];
};
