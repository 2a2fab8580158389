import { describe, expect, it } from 'vitest';
import { errorsFromServer, validate } from '../../client/lib/form-errors';
import { TargetSetInput } from '../../shared/schemas/plan-admin';

describe('validate with the shared schema', () => {
  it('returns parsed data when valid', () => {
    const r = validate(TargetSetInput, { indicatorCode: 'CPI-SCORE', year: 2570, value: 57 });
    expect(r.errors).toBeNull();
    expect(r.data?.reason).toBe('');
  });

  it.each([
    [{ indicatorCode: 'CPI-SCORE', year: 1999, value: 1 }, 'year'],
    [{ indicatorCode: 'bad code', year: 2570, value: 1 }, 'indicatorCode'],
    [{ indicatorCode: 'CPI-SCORE', year: 2570, value: 'x' }, 'value'],
  ])('names the field for %o', (values, field) => {
    const r = validate(TargetSetInput, values);
    expect(r.data).toBeNull();
    expect(Object.keys(r.errors ?? {})).toContain(field);
  });
});

describe('errorsFromServer', () => {
  it.each([
    [{ message: 'x', data: { zodError: { fieldErrors: { value: ['too big'] } } } }, { value: 'too big' }],
    [{ message: 'reason: a reason is required', data: { zodError: null } }, { reason: 'a reason is required' }],
    [{ message: 'was changed by someone else', data: null }, { _form: 'was changed by someone else' }],
  ])('maps %o', (error, expected) => {
    expect(errorsFromServer(error)).toEqual(expected);
  });
});

describe('source links are http(s) only', () => {
  it.each([
    ['https://www.transparency.org/en/cpi', true],
    ['http://thai.news-agency.jp/articles/article/14120', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['file:///etc/passwd', false],
  ])('%s → %s', (sourceUrl, ok) => {
    const r = validate(TargetSetInput, { indicatorCode: 'CPI-SCORE', year: 2570, value: 57, sourceUrl });
    expect(r.errors === null).toBe(ok);
    if (!ok) expect(Object.keys(r.errors ?? {})).toEqual(['sourceUrl']);
  });
});
