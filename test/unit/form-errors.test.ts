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
    // zod field errors from the formatter: each field with its code and parameters
    [
      { data: { error: { code: 'invalid_input', field: 'value', fieldErrors: [{ field: 'value', code: 'too_big', params: { maximum: 100 } }, { field: 'note', code: 'too_long', params: { maximum: 2000 } }] } } },
      { value: { code: 'too_big', params: { maximum: 100 } }, note: { code: 'too_long', params: { maximum: 2000 } } },
    ],
    // a service rule naming its field
    [{ data: { error: { code: 'reason_required', field: 'reason' } } }, { reason: { code: 'reason_required', params: undefined } }],
    // a record-level refusal: the form as a whole
    [{ data: { error: { code: 'already_submitted', params: { key: 'S1', year: 2569 } } } }, { _form: { code: 'already_submitted', params: { key: 'S1', year: 2569 } } }],
    // a network failure or anything without the contract: internal, never a raw message
    [{ message: 'Failed to fetch', data: null }, { _form: { code: 'internal', params: undefined } }],
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
