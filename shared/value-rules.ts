// One validation rule per indicator, built from its unit, range and decimals, and used by
// both the reporting form (client) and the server, so the two can never disagree.
import { z } from 'zod';
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

/** zod schema for one reported value under an indicator's rule. Messages are "ไทย / English". */
export function valueSchema(rule: ValueRule) {
  const { min, max } = valueBounds(rule);
  const decimals = allowedDecimals(rule);
  return z
    .number({
      error: (issue) =>
        issue.input === undefined ? 'ต้องระบุค่า / value is required' : 'ค่าต้องเป็นตัวเลข / value must be a number',
    })
    .refine((v) => Number.isFinite(v), 'ค่าต้องเป็นตัวเลขจริง / value must be a finite number')
    .refine(
      (v) => rule.unit !== 'boolean' || v === 0 || v === 1,
      'ค่าต้องเป็น 0 (ไม่มี) หรือ 1 (มี) / value must be 0 (no) or 1 (yes)',
    )
    .refine(
      (v) => hasAtMostDecimals(v, decimals),
      decimals === 0
        ? 'ค่าต้องเป็นจำนวนเต็ม / value must be a whole number'
        : `ทศนิยมได้ไม่เกิน ${decimals} ตำแหน่ง / at most ${decimals} decimal places`,
    )
    .refine((v) => min === null || v >= min, `ค่าต้องไม่น้อยกว่า ${min} / value must be at least ${min}`)
    .refine((v) => max === null || v <= max, `ค่าต้องไม่เกิน ${max} / value must be at most ${max}`);
}

export const NoteSchema = z
  .string()
  .trim()
  .max(2000, 'หมายเหตุยาวได้ไม่เกิน 2000 ตัวอักษร / note must be at most 2000 characters');

/** Evidence is a link the reviewer can open: http(s) only, so no javascript: or file: links. */
export const EvidenceUrlSchema = z
  .string()
  .trim()
  .max(1000, 'ลิงก์ยาวเกินไป / link is too long')
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'ลิงก์หลักฐานต้องขึ้นต้นด้วย http:// หรือ https:// / evidence link must be an http(s) URL');

/** The reporting form's fields under one indicator's rule (server re-checks with the same). */
export function valueEntrySchema(rule: ValueRule) {
  return z.object({
    value: valueSchema(rule),
    note: NoteSchema.optional(),
    evidenceUrl: EvidenceUrlSchema.optional(),
  });
}

/** Form text → number for the schema: '' stays undefined so "required" is reported, not 0. */
export function parseValueText(text: string): number | undefined {
  const cleaned = text.trim().replace(/,/g, '');
  if (cleaned === '') return undefined;
  return Number(cleaned);
}
