// Every code the server can emit (shared/errors.ts, which server/lib/errors.ts is typed against)
// has a Thai and an English message, using only that code's parameters.
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue, englishLoaded, loadEnglish, type MessageKey } from '../../client/i18n';
import { errorText, type CodedError } from '../../client/lib/api-errors';
import { ENTITIES } from '../../shared/domain';
import { ERROR_CODE_LIST, ERROR_CODES } from '../../shared/errors';

// English is a chunk of its own: loaded first, or every English check below would read Thai.
beforeAll(async () => {
  await loadEnglish();
  expect(englishLoaded()).toBe(true);
});
const messages = { th: (key: MessageKey) => catalogue('th')[key] ?? '', en: (key: MessageKey) => catalogue('en')[key] ?? '' };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('error catalogue', () => {
  it('knows the codes (the checks below are not vacuous)', () => {
    expect(ERROR_CODE_LIST.length).toBeGreaterThan(50);
    expect(ERROR_CODE_LIST).toContain('stale_version');
  });

  it.each(ERROR_CODE_LIST)('%s has a Thai and an English message using only its parameters', (code) => {
    for (const lang of ['th', 'en'] as const) {
      const text = messages[lang](`error.${code}` as MessageKey);
      expect(text, `${lang} error.${code}`).toBeTruthy();
      for (const name of placeholders(text)) expect(ERROR_CODES[code] as readonly string[], `${lang} error.${code} {${name}}`).toContain(name);
    }
  });

  it('words every entity in both languages', () => {
    for (const entity of ENTITIES) {
      expect(messages.th(`entity.${entity}` as MessageKey)).toBeTruthy();
      expect(messages.en(`entity.${entity}` as MessageKey)).toBeTruthy();
    }
  });

  it.each([
    [{ code: 'stale_version', params: { entity: 'user', label: 'nattaya' } }, 'th', 'be', 'บัญชีผู้ใช้ nattaya ถูกแก้ไขโดยผู้อื่น'],
    [{ code: 'stale_version', params: { entity: 'user', label: 'nattaya' } }, 'en', 'be', 'Account nattaya was changed by someone else'],
    [{ code: 'period_closed', params: { year: 2569, deadline: '2026-12-31' } }, 'th', 'be', 'รอบการรายงานปี 2569 ปิดรับแล้ว (กำหนดส่ง 31 ธ.ค. 2569)'],
    [{ code: 'period_closed', params: { year: 2569, deadline: '2026-12-31' } }, 'en', 'ce', 'The 2026 reporting period closed on its deadline, 31 Dec 2026.'],
    [{ code: 'too_big', params: { maximum: 100000, inclusive: true } }, 'en', 'be', 'Must be at most 100,000.'],
    [{ code: 'invalid_option', params: { options: ['central', 'regional'] } }, 'en', 'be', 'Must be one of: central or regional.'],
    [{ code: 'too_many_requests', params: { retryAfter: 600 } }, 'en', 'be', 'wait 10 minutes'],
    [{ code: 'not_found', params: { entity: 'indicator', key: 'NOPE' } }, 'th', 'be', 'ไม่พบตัวชี้วัด NOPE'],
    [{ code: 'stale_version', params: { entity: 'agency', label: null } }, 'en', 'be', 'Agency was changed'],
  ] as const)('%o in %s (%s) reads "%s"', (error, lang, cal, expected) => {
    expect(errorText(error as CodedError, lang, cal)).toContain(expected);
  });

  it('never shows the other language or a raw code', () => {
    for (const code of ERROR_CODE_LIST) {
      expect(errorText({ code }, 'th', 'be')).not.toMatch(/[a-z]{4,} [a-z]{4,}/);
      expect(errorText({ code }, 'en', 'be')).not.toMatch(/[\u0E00-\u0E7F]/);
      expect(errorText({ code }, 'en', 'be')).not.toContain(code);
    }
  });
});
