// zod, configured so every issue's message is an error code of the contract (shared/errors.ts)
// rather than prose: the client words it in the user's language. Schemas import `z` from here
// (lint holds it), so the configuration is in place wherever a schema is used.
import { z, type core } from 'zod';
import { ERROR_CODES, type ErrorCode, type ErrorParams, type FieldError } from '../errors';

const isErrorCode = (s: unknown): s is ErrorCode => typeof s === 'string' && Object.hasOwn(ERROR_CODES, s);

type RawIssue = core.$ZodRawIssue;

/** The code for one zod issue (an explicit code given by the schema wins). */
function codeOf(issue: RawIssue): ErrorCode {
  const origin = 'origin' in issue ? issue.origin : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'required';
      if (issue.expected === 'int') return 'not_integer';
      if (issue.expected === 'number') return 'not_a_number';
      return 'invalid_type';
    case 'too_small':
      if (origin === 'string') return issue.minimum === 1 ? 'required' : 'too_short';
      if (origin === 'array' || origin === 'set') return 'too_few_items';
      return 'too_small';
    case 'too_big':
      if (origin === 'string') return 'too_long';
      if (origin === 'array' || origin === 'set') return 'too_many_items';
      return 'too_big';
    case 'invalid_format':
      if (issue.format === 'email') return 'invalid_email';
      if (issue.format === 'url') return 'invalid_url';
      if (issue.format === 'date' || issue.format === 'datetime') return 'invalid_date';
      return 'invalid_format';
    case 'invalid_value':
      return 'invalid_option';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      return 'invalid_format';
  }
}

z.config({ customError: (issue) => (isErrorCode(issue.message) ? issue.message : codeOf(issue)) });

const PARAM_KEYS = ['minimum', 'maximum', 'inclusive', 'expected', 'keys', 'values'] as const;

/** Field errors in the contract's shape, from a zod error (server formatter and client forms). */
export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const params: ErrorParams = {};
    for (const key of PARAM_KEYS) {
      const value = (issue as unknown as Record<string, unknown>)[key];
      if (value === undefined) continue;
      // Dates and big numbers arrive as numbers; option lists as arrays of primitives.
      if (key === 'values') params.options = (value as unknown[]).map(String);
      else if (typeof value === 'bigint') params[key] = Number(value);
      else params[key] = value as ErrorParams[string];
    }
    // A refinement's own parameters (e.g. the allowed decimals).
    if (issue.code === 'custom' && issue.params) Object.assign(params, issue.params);
    return {
      field: issue.path.map(String).join('.'),
      code: isErrorCode(issue.message) ? issue.message : 'invalid_format',
      ...(Object.keys(params).length ? { params } : {}),
    };
  });
}

/**
 * Characters refused in any text a person enters: NUL and the other control characters (tab and
 * line breaks aside), and the bidi overrides, embeddings and isolates that make a name read
 * differently from what is stored (U+202A–U+202E, U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
/** Invisible characters stripped from entered text: zero-width space, joiners, word joiner, BOM. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Entered text as stored: NFC (one encoding of each Thai or accented letter), zero-width characters removed. */
export const cleanText = (text: string) => text.normalize('NFC').replace(ZERO_WIDTH, '');

/**
 * The one text schema for what people type (names, notes, comments, reasons, searches): NFC,
 * zero-width characters stripped, trimmed; NUL and bidi overrides refused with the field named
 * (invalid_characters). Chain .min/.max as on any string.
 */
export const text = () =>
  z
    .string()
    .overwrite(cleanText)
    .refine((s) => !FORBIDDEN_TEXT.test(s), { message: 'invalid_characters' })
    .trim();

/** Thai digits (๐–๙) as Arabic ones: people type either, the app stores one. */
export const arabicDigits = (text: string) => text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));

/**
 * A number as a person types it: Thai or Arabic digits, thousands separators, a typographic
 * minus. '' is undefined (so "required" is reported, not 0); anything else not a number is NaN.
 */
export function numberFromText(text: string): number | undefined {
  const cleaned = arabicDigits(text).trim().replace(/[,\s]/g, '').replace(/^[\u2212\u2013]/, '-');
  if (cleaned === '') return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** A number that may arrive as typed text ("๔๒๐", "1,234.5"): normalised, then checked as a number. */
export const NumberTextSchema = z.preprocess((v) => (typeof v === 'string' ? numberFromText(v) : v), z.number()) as unknown as z.ZodType<number, number | string>;

export { z };
