// Words the server's coded errors (shared/errors.ts) in the reader's language and calendar: the
// one place the client turns an error into text (docs/decisions/0007-error-contract.md).
import { ENTITIES, ROLE_LABELS, ROLES, type Entity, type Role } from '../../shared/domain';
import { ERROR_CODES, type ApiError, type ErrorCode, type ErrorParams } from '../../shared/errors';
import type { Calendar } from '../../shared/years';
import { translate, type Lang, type MessageKey } from '../i18n';
import { formatDate, formatNumber, formatYear } from './format';

/** An error as a form or page holds it until it is shown: a code and its parameters. */
export type CodedError = { code: ErrorCode; params?: ErrorParams | undefined };

const isErrorCode = (s: unknown): s is ErrorCode => typeof s === 'string' && Object.hasOwn(ERROR_CODES, s);
const isEntity = (s: unknown): s is Entity => typeof s === 'string' && (ENTITIES as readonly string[]).includes(s);
const isRole = (s: unknown): s is Role => typeof s === 'string' && (ROLES as readonly string[]).includes(s);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The contract's body of any error a tRPC call or a fetch threw; `internal` when there is none (e.g. offline). */
export function apiErrorOf(error: unknown): ApiError {
  const data = (error as { data?: { error?: unknown } | null } | null)?.data;
  const body = data?.error as ApiError | undefined;
  if (body && isErrorCode(body.code)) return body;
  const plain = (error as { error?: unknown } | null)?.error as ApiError | undefined;
  if (plain && isErrorCode(plain.code)) return plain;
  return { code: 'internal' };
}

/** One parameter as the message shows it: dates and years in the reader's calendar, names worded. */
function formatParam(name: string, value: ErrorParams[string], lang: Lang, cal: Calendar): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const items = value.map((v) => (name === 'roles' && isRole(v) ? ROLE_LABELS[v][lang] : String(v)));
    return new Intl.ListFormat(lang === 'th' ? 'th-TH' : 'en-GB', { type: name === 'options' ? 'disjunction' : 'conjunction' }).format(items);
  }
  if (name === 'entity' && isEntity(value)) return translate(lang, `entity.${value}` as MessageKey);
  if (name === 'reason' && typeof value === 'string') {
    const key = `fileReason.${value}` as MessageKey;
    const worded = translate(lang, key);
    return worded === key || worded === '' ? value : worded;
  }
  if (name === 'hint' && typeof value === 'string') {
    const key = `passwordHint.${value}` as MessageKey;
    const worded = translate(lang, key);
    return worded === key || worded === '' ? translate(lang, 'passwordHint.anotherWord') : worded;
  }
  if (name === 'role' && isRole(value)) return ROLE_LABELS[value][lang];
  if (name === 'year' && typeof value === 'number') return formatYear(value, cal);
  if (typeof value === 'string' && ISO_DATE.test(value)) return formatDate(value, lang, cal);
  if (name === 'retryAfter' && typeof value === 'number') {
    const minutes = Math.ceil(value / 60);
    return value < 60
      ? new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(value)
      : new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
  }
  if (typeof value === 'number') return formatNumber(value, lang, Number.isInteger(value) ? 0 : 2);
  return String(value);
}

/** The message for one coded error, in the reader's language and calendar. */
export function errorText(error: CodedError, lang: Lang, cal: Calendar): string {
  const params = error.params ?? {};
  const vars = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, formatParam(k, v, lang, cal)]));
  return translate(lang, `error.${error.code}` as MessageKey, vars)
    .replace(/\{\w+\}/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
