import { describe, expect, it } from 'vitest';
import { daysBetween, dueReminderOffset, lastReminderOffset, retryDelaySeconds } from '../../shared/notifications';
import { mailDate, renderMail } from '../../server/notifications/templates';

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
