// Dates typed in the user's calendar (พ.ศ. or ค.ศ.), Thai digits accepted, to ISO and back.
import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateText } from '../../client/lib/date-input';

describe('parseDateText', () => {
  it.each([
    ['15/01/2569', 'be', '2026-01-15'],
    ['15/1/2569', 'be', '2026-01-15'],
    ['๑๕/๐๑/๒๕๖๙', 'be', '2026-01-15'],
    ['15-01-2026', 'ce', '2026-01-15'],
    ['15.01.2026', 'ce', '2026-01-15'],
    [' 29/02/2567 ', 'be', '2024-02-29'],
    ['2026-01-15', 'be', '2026-01-15'],
    ['29/02/2568', 'be', null],
    ['31/04/2026', 'ce', null],
    ['15/13/2569', 'be', null],
    ['2026-13-45', 'ce', null],
    ['15/01', 'be', null],
    ['yesterday', 'ce', null],
    ['', 'be', null],
  ] as const)('%j (%s) → %s', (text, cal, expected) => {
    expect(parseDateText(text, cal)).toBe(expected);
  });
});

describe('formatDateInput', () => {
  it.each([
    ['2026-01-15', 'be', '15/01/2569'],
    ['2026-01-15', 'ce', '15/01/2026'],
    ['', 'be', ''],
    ['15/0', 'be', '15/0'],
  ] as const)('%j (%s) → %j', (iso, cal, expected) => {
    expect(formatDateInput(iso, cal)).toBe(expected);
  });

  it('reads back what it writes', () => {
    for (const cal of ['be', 'ce'] as const) expect(parseDateText(formatDateInput('2024-02-29', cal), cal)).toBe('2024-02-29');
  });
});
