// One validation rule per indicator, built from its unit, range and decimals, and used by
// both the reporting form (client) and the server, so the two can never disagree.
import { numberFromText, text, z } from './schemas/zod';
import type { Unit } from './domain';

export type ValueRule = {
  unit: Unit;
  minValue: number | null;
  maxValue: number | null;
  decimals: number;
};

/** The effective range: the indicator's own bounds, else what the unit implies. */
export function valueBounds(rule: ValueRule): { min: number | null; max: number | null } {
  const implied: Record<Unit, { min: number | null; max: number | null }> = {
    percent: { min: 0, max: 100 },
    boolean: { min: 0, max: 1 },
    rank: { min: 1, max: null },
    count: { min: 0, max: null },
    score: { min: null, max: null },
    index: { min: null, max: null },
  };
  const base = implied[rule.unit];
  return { min: rule.minValue ?? base.min, max: rule.maxValue ?? base.max };
}

/** Whole numbers only: counts, ranks and yes/no have no fractions whatever `decimals` says. */
export const allowedDecimals = (rule: ValueRule): number =>
  rule.unit === 'count' || rule.unit === 'rank' || rule.unit === 'boolean' ? 0 : Math.max(0, rule.decimals);

function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** zod schema for one reported value under an indicator's rule; issues carry error codes (shared/errors.ts). */
export function valueSchema(rule: ValueRule) {
  const { min, max } = valueBounds(rule);
  const decimals = allowedDecimals(rule);
  let schema = z.number().refine((v) => Number.isFinite(v), { message: 'not_a_number' });
  if (min !== null) schema = schema.refine((v) => v >= min, { message: 'too_small', params: { minimum: min, inclusive: true } });
  if (max !== null) schema = schema.refine((v) => v <= max, { message: 'too_big', params: { maximum: max, inclusive: true } });
  return schema
    .refine((v) => rule.unit !== 'boolean' || v === 0 || v === 1, { message: 'boolean_value' })
    .refine((v) => hasAtMostDecimals(v, decimals), decimals === 0 ? { message: 'not_integer' } : { message: 'too_many_decimals', params: { decimals } });
}

export const NoteSchema = text().max(2000);

/** Evidence is a link the reviewer can open: http(s) only, so no javascript: or file: links. */
export const EvidenceUrlSchema = text()
  .max(1000)
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, { message: 'invalid_url' });

/** The reporting form's fields under one indicator's rule (server re-checks with the same). */
export function valueEntrySchema(rule: ValueRule) {
  return z.object({
    value: valueSchema(rule),
    note: NoteSchema.optional(),
    evidenceUrl: EvidenceUrlSchema.optional(),
  });
}

/** Form text → number for the schema ("๔๒๐" → 420): '' stays undefined so "required" is reported, not 0. */
export const parseValueText = (text: string): number | undefined => numberFromText(text);
