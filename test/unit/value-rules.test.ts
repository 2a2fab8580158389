import { describe, expect, it } from 'vitest';
import { parseValueText, valueEntrySchema, valueSchema, type ValueRule } from '../../shared/value-rules';

const percent1: ValueRule = { unit: 'percent', minValue: 0, maxValue: 100, decimals: 1 };
const count: ValueRule = { unit: 'count', minValue: 0, maxValue: 100000, decimals: 2 };
const yesNo: ValueRule = { unit: 'boolean', minValue: 0, maxValue: 1, decimals: 0 };
const score: ValueRule = { unit: 'score', minValue: null, maxValue: null, decimals: 2 };
const rank: ValueRule = { unit: 'rank', minValue: null, maxValue: null, decimals: 0 };
const openPercent: ValueRule = { unit: 'percent', minValue: null, maxValue: null, decimals: 0 };

describe('valueSchema', () => {
  it.each([
    [percent1, 55.5, true, ''],
    [percent1, 100, true, ''],
    [percent1, 0, true, ''],
    [percent1, 100.1, false, 'at most 100'],
    [percent1, -1, false, 'at least 0'],
    [percent1, 55.55, false, 'at most 1 decimal'],
    [count, 420, true, ''],
    [count, 4.5, false, 'whole number'], // counts are whole whatever `decimals` says
    [count, 100001, false, 'at most 100000'],
    [yesNo, 1, true, ''],
    [yesNo, 0, true, ''],
    [yesNo, 0.5, false, '0 (no) or 1 (yes)'],
    [score, -12.25, true, ''],
    [score, 1e9, true, ''],
    [score, 1.234, false, 'at most 2 decimal'],
    [rank, 0, false, 'at least 1'],
    [rank, 116, true, ''],
    [openPercent, 101, false, 'at most 100'], // a percent with no stated bounds is still 0–100
  ] as const)('%o with %d → ok=%s', (rule, value, ok, message) => {
    const r = valueSchema(rule).safeParse(value);
    expect(r.success).toBe(ok);
    if (!ok) expect(r.error!.issues.map((i) => i.message).join(' ')).toContain(message);
  });

  it.each([
    ['a string', '12', 'must be a number'],
    ['NaN', Number.NaN, 'must be a number'],
    ['nothing', undefined, 'value is required'],
  ])('rejects %s with a clear message', (_label, value, message) => {
    const r = valueSchema(percent1).safeParse(value);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toContain(message);
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
  ])('%j → %s', (text, expected) => {
    const v = parseValueText(text);
    if (expected === undefined) expect(v).toBeUndefined();
    else if (Number.isNaN(expected)) expect(Number.isNaN(v)).toBe(true);
    else expect(v).toBe(expected);
  });
});
