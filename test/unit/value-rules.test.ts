import { describe, expect, it } from 'vitest';
import { fieldErrorsFromZod } from '../../shared/schemas/zod';
import { parseValueText, valueEntrySchema, valueSchema, type ValueRule } from '../../shared/value-rules';

const percent1: ValueRule = { unit: 'percent', minValue: 0, maxValue: 100, decimals: 1 };
const count: ValueRule = { unit: 'count', minValue: 0, maxValue: 100000, decimals: 2 };
const yesNo: ValueRule = { unit: 'boolean', minValue: 0, maxValue: 1, decimals: 0 };
const score: ValueRule = { unit: 'score', minValue: null, maxValue: null, decimals: 2 };
const rank: ValueRule = { unit: 'rank', minValue: null, maxValue: null, decimals: 0 };
const openPercent: ValueRule = { unit: 'percent', minValue: null, maxValue: null, decimals: 0 };

describe('valueSchema', () => {
  it.each([
    [percent1, 55.5, true, null],
    [percent1, 100, true, null],
    [percent1, 0, true, null],
    [percent1, 100.1, false, { code: 'too_big', params: { maximum: 100, inclusive: true } }],
    [percent1, -1, false, { code: 'too_small', params: { minimum: 0, inclusive: true } }],
    [percent1, 55.55, false, { code: 'too_many_decimals', params: { decimals: 1 } }],
    [count, 420, true, null],
    [count, 4.5, false, { code: 'not_integer' }], // counts are whole whatever `decimals` says
    [count, 100001, false, { code: 'too_big', params: { maximum: 100000, inclusive: true } }],
    [yesNo, 1, true, null],
    [yesNo, 0, true, null],
    [yesNo, 0.5, false, { code: 'boolean_value' }],
    [score, -12.25, true, null],
    [score, 1e9, true, null],
    [score, 1.234, false, { code: 'too_many_decimals', params: { decimals: 2 } }],
    [rank, 0, false, { code: 'too_small', params: { minimum: 1, inclusive: true } }],
    [rank, 116, true, null],
    [openPercent, 101, false, { code: 'too_big', params: { maximum: 100, inclusive: true } }], // a percent with no stated bounds is still 0–100
  ] as const)('%o with %d → ok=%s', (rule, value, ok, error) => {
    const r = valueSchema(rule).safeParse(value);
    expect(r.success).toBe(ok);
    if (!ok) expect(fieldErrorsFromZod(r.error!)).toContainEqual({ field: '', ...error });
  });

  it.each([
    ['a string', '12', 'not_a_number'],
    ['NaN', Number.NaN, 'not_a_number'],
    ['nothing', undefined, 'required'],
  ])('rejects %s with its code', (_label, value, code) => {
    const r = valueSchema(percent1).safeParse(value);
    expect(r.success).toBe(false);
    expect(fieldErrorsFromZod(r.error!)[0]).toMatchObject({ code });
  });
});

describe('valueEntrySchema', () => {
  it('names the field of each problem', () => {
    const r = valueEntrySchema(percent1).safeParse({ value: 120, evidenceUrl: 'javascript:alert(1)' });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['value', 'evidenceUrl']));
  });

  it('accepts an https evidence link and trims the note', () => {
    const r = valueEntrySchema(count).parse({ value: 3, note: '  ok  ', evidenceUrl: 'https://example.go.th/report.pdf' });
    expect(r).toEqual({ value: 3, note: 'ok', evidenceUrl: 'https://example.go.th/report.pdf' });
  });
});

describe('parseValueText', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['1,234.5', 1234.5],
    ['42', 42],
    ['abc', Number.NaN],
    ['๔๒๐', 420],
    ['๑,๒๓๔.๕', 1234.5],
    [' 4 200 ', 4200],
    ['−3', -3],
    ['12abc', Number.NaN],
    ['0x10', Number.NaN],
    ['1.2.3', Number.NaN],
  ])('%j → %s', (text, expected) => {
    const v = parseValueText(text);
    if (expected === undefined) expect(v).toBeUndefined();
    else if (Number.isNaN(expected)) expect(Number.isNaN(v)).toBe(true);
    else expect(v).toBe(expected);
  });
});
