// The audit trail in words: actions, fields, ids as names, vocabularies, dates and booleans.
import { describe, expect, it } from 'vitest';
import { actionText, changeText, valueText, type AuditContext } from '../../client/lib/audit-format';

const names = {
  agencies: [{ id: 22, code: 'OCSC', nameTh: 'สำนักงาน ก.พ.', nameEn: 'Office of the Civil Service Commission' }],
  indicators: [{ id: 5, code: 'S3-EX-01', nameTh: 'จำนวนเรื่องร้องเรียน', nameEn: 'Complaints' }],
  users: [{ id: 3, username: 'reporter.ocsc', displayName: 'ณัฐยา' }],
};
const th: AuditContext = { lang: 'th', cal: 'be', names };
const en: AuditContext = { lang: 'en', cal: 'ce', names };

describe('audit actions in words', () => {
  it.each([
    ['create_draft', 'th', 'บันทึกร่าง'],
    ['submit', 'en', 'Submitted for review'],
    ['auth.sign_in_failed', 'th', 'เข้าสู่ระบบไม่สำเร็จ'],
    ['auth.sign_in', 'en', 'Signed in'],
    ['auth.throttled', 'en', 'Sign-in throttled (too many failures)'],
    ['auth.sign_out', 'th', 'ออกจากระบบ'],
    ['auth.password_change', 'en', 'Password changed'],
    ['auth.password_reset', 'en', 'Password reset'],
    ['auth.sessions_revoked', 'en', 'All sessions revoked'],
    ['auth.something_new', 'th', 'auth.something_new'],
  ] as const)('%s (%s) → %s', (action, lang, expected) => {
    expect(actionText(action, lang)).toBe(expected);
  });
});

describe('audit values in words', () => {
  it.each([
    ['agencyId', 22, th, 'OCSC สำนักงาน ก.พ.'],
    ['leadAgencyId', 22, en, 'OCSC Office of the Civil Service Commission'],
    ['indicatorId', 5, th, 'S3-EX-01 จำนวนเรื่องร้องเรียน'],
    ['approvedBy', 3, th, 'ณัฐยา (reporter.ocsc)'],
    ['agencyId', 999, th, '999'],
    ['status', 'submitted', th, 'ส่งแล้ว รอตรวจ'],
    ['status', 'in_progress', en, 'In progress'],
    ['level', 'regional', th, 'ส่วนภูมิภาค'],
    ['locked', true, th, 'ใช่'],
    ['locked', false, en, 'no'],
    ['deadline', '2026-12-31', th, '31 ธ.ค. 2569'],
    ['deadline', '2026-12-31', en, '31 Dec 2026'],
    ['value', 1234.5, en, '1,234.5'],
    ['year', 2569, th, '2569'],
    ['note', null, th, '–'],
    ['note', '', th, '–'],
    ['levels', ['central', 'local'], en, 'Central, Local'],
  ] as const)('%s = %j', (field, value, ctx, expected) => {
    expect(valueText(field, value, ctx)).toBe(expected);
  });

  it('renders a change as field: before → after in the user’s language', () => {
    expect(changeText({ field: 'status', before: 'draft', after: 'submitted' }, th)).toBe('สถานะ: ร่าง → ส่งแล้ว รอตรวจ');
    expect(changeText({ field: 'value', before: null, after: 420 }, en)).toBe('Value: – → 420');
    expect(changeText({ field: 'someNewField', before: 'a', after: 'b' }, en)).toBe('someNewField: a → b');
  });

  it("reads a yes/no indicator's value as มี / ไม่มี, and only the value of such a row", () => {
    expect(changeText({ field: 'value', before: 0, after: 1 }, { ...th, yesNo: true })).toBe('ค่า: ไม่มี → มี');
    expect(changeText({ field: 'value', before: 0, after: 1 }, { ...en, yesNo: true })).toBe('Value: no → yes');
    expect(changeText({ field: 'value', before: 0, after: 1 }, th)).toBe('ค่า: 0 → 1');
    expect(changeText({ field: 'year', before: null, after: 2569 }, { ...th, yesNo: true })).toBe('ปี: – → 2569');
  });
});
