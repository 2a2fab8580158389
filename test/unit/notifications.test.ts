import { describe, expect, it } from 'vitest';
import { daysBetween, dueReminderOffset, lastReminderOffset, parseReminderDays, retryDelaySeconds, validReminderDays } from '../../shared/notifications';
import { ReminderDaysSchema } from '../../shared/schemas/reporting';
import { fieldErrorsFromZod } from '../../shared/schemas/zod';
import { mailDate, noticePath, renderMail, type MailPayload } from '../../server/notifications/templates';

describe('dueReminderOffset', () => {
  it.each([
    [20, null],
    [15, null],
    [14, 14],
    [13, 14],
    [8, 14],
    [7, 7],
    [6, 7],
    [2, 7],
    [1, 1],
    [0, 1],
    [-1, null],
  ])('%i days left → %s', (daysLeft, expected) => {
    expect(dueReminderOffset(daysLeft)).toBe(expected);
  });
  it('follows a period’s own offsets', () => {
    expect(dueReminderOffset(3, [30, 3])).toBe(3);
    expect(dueReminderOffset(10, [30, 3])).toBe(30);
    expect(lastReminderOffset([30, 3])).toBe(3);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-12-01', '2026-12-08', 7],
    ['2026-12-31', '2027-01-01', 1],
    ['2027-03-01', '2027-02-28', -1],
    ['2028-02-28', '2028-03-01', 2],
  ])('%s → %s = %i', (a, b, n) => expect(daysBetween(a, b)).toBe(n));
});

describe('retryDelaySeconds', () => {
  it.each([
    [1, 60],
    [2, 120],
    [3, 240],
    [10, 6 * 3600],
  ])('after %i failures: %i s', (attempts, seconds) => expect(retryDelaySeconds(attempts)).toBe(seconds));
});

describe('mail templates', () => {
  it('dates are in the Buddhist Era in both languages', () => {
    expect(mailDate('2026-12-31', 'th')).toBe('31 ธันวาคม 2569');
    expect(mailDate('2026-12-31', 'en')).toMatch(/^31 December 2569/);
  });

  it('escapes what people typed in the HTML part and keeps it in the text part', () => {
    const mail = renderMail(
      { kind: 'returned', year: 2569, indicator: { code: 'X-1', nameTh: 'ก', nameEn: 'A' }, agency: null, comment: '<script>alert(1)</script> & "quotes"' },
      'th',
      { publicUrl: 'https://t.example', unsubscribeUrl: null },
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(mail.text).toContain('> <script>alert(1)</script> & "quotes"');
    expect(mail.text).not.toContain('ไม่ต้องการรับ');
  });
});

describe('reminder days of a period (ส่งเตือนก่อนกำหนด)', () => {
  it.each([
    ['14, 7, 1', [14, 7, 1]],
    ['3', [3]],
    ['๑๔ ๗ ๑', [14, 7, 1]],
    ['7,,1 ', [7, 1]],
    ['', []],
    ['7, x', [7, Number.NaN]],
    ['1.5', [Number.NaN]],
  ])('%j is read as %j', (typed, days) => {
    expect(parseReminderDays(typed)).toEqual(days);
  });
  it.each([
    [[14, 7, 1], true],
    [[1], true],
    [[90, 60, 30, 14, 1], true],
    [[], false],
    [[0], false],
    [[91], false],
    [[7, 7], false],
    [[30, 20, 14, 7, 3, 1], false],
    [[1.5], false],
    [[Number.NaN], false],
    ['14,7,1', false],
  ])('%j valid: %s', (days, ok) => {
    expect(validReminderDays(days)).toBe(ok);
    expect(ReminderDaysSchema.safeParse(days).success).toBe(ok);
  });
  it('the schema stores them largest first and names one code for every mistake', () => {
    expect(ReminderDaysSchema.parse([1, 14, 7])).toEqual([14, 7, 1]);
    const failed = ReminderDaysSchema.safeParse([7, 7]);
    expect(failed.success ? [] : fieldErrorsFromZod(failed.error).map((e) => e.code)).toEqual(['invalid_reminder_days']);
  });
});

describe('the page a notice opens', () => {
  const indicator = { code: 'S3-EX-01', nameTh: 'ก', nameEn: 'A' };
  const agency = { code: 'OCSC', nameTh: 'ก.พ.', nameEn: 'OCSC' };
  it.each<[MailPayload, string]>([
    [{ kind: 'returned', year: 2569, indicator, agency, comment: 'x' }, '/reporting?year=2569&indicator=S3-EX-01'],
    [{ kind: 'approved', year: 2569, indicator, agency }, '/reporting?year=2569&indicator=S3-EX-01'],
    [{ kind: 'reminder', year: 2569, deadline: '2026-09-30', daysBefore: 7, agency, items: [indicator] }, '/reporting?year=2569'],
    [{ kind: 'digest', date: '2026-12-03', year: null, submissions: [], submissionCount: 0, overdue: [], overdueCount: 0 }, '/review'],
    [{ kind: 'meeting_digest', meetingId: 4, numberTh: 'ครั้งที่ 1/2569', numberEn: '', meetingDate: '2026-12-06', daysBefore: 3, packVersion: null, offTrack: 1, withStatus: 8, openActions: 2, overdueActions: 1 }, '/report'],
    [{ kind: 'meeting_digest', meetingId: 4, numberTh: 'ครั้งที่ 1/2569', numberEn: '', meetingDate: '2026-12-06', daysBefore: 3, packVersion: 2, offTrack: 1, withStatus: 8, openActions: 2, overdueActions: 1 }, '/meetings/4/pack'],
  ])('%j → %s', (payload, path) => {
    expect(noticePath(payload)).toBe(path);
  });
  it("the committee's digest reads in both languages and links to the pack", () => {
    const payload = { kind: 'meeting_digest', meetingId: 4, numberTh: 'ครั้งที่ 1/2569', numberEn: 'No. 1/2569', meetingDate: '2026-12-06', daysBefore: 3, packVersion: null, offTrack: 5, withStatus: 8, openActions: 2, overdueActions: 1 } as const;
    const th = renderMail(payload, 'th', { publicUrl: 'http://t.test', unsubscribeUrl: null });
    expect(th.subject).toBe('อีก 3 วันถึงการประชุม ครั้งที่ 1/2569 (6 ธันวาคม 2569)');
    expect(th.text).toContain('ตัวชี้วัดที่ไม่เป็นไปตามเป้า: 5 จาก 8');
    expect(th.text).toContain('http://t.test/report');
    const en = renderMail(payload, 'en', { publicUrl: 'http://t.test', unsubscribeUrl: null });
    expect(en.subject).toBe('3 day(s) to meeting No. 1/2569 (6 December 2569 BE)');
    expect(en.text).toContain('Decisions and actions still open: 2 (1 overdue)');
    expect(en.html).toContain('href="http://t.test/report?lang=en"');
  });
});
