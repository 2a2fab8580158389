import { describe, expect, it } from 'vitest';
import { LEVEL_LABELS } from '../../shared/domain';
import { labelIn } from '../../client/lib/label';

describe('labelIn', () => {
  it.each([
    ['th', LEVEL_LABELS.local, 'ส่วนท้องถิ่น'],
    ['en', LEVEL_LABELS.local, 'Local'],
    ['en', { nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok' }, 'Bangkok'],
    ['th', { nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok' }, 'กรุงเทพมหานคร'],
    ['en', { titleTh: 'ยุทธศาสตร์', titleEn: 'Strategy' }, 'Strategy'],
    // Thai is the official text: it stands in for a missing or empty English one.
    ['en', { nameTh: 'หน่วยงาน', nameEn: null }, 'หน่วยงาน'],
    ['en', { titleTh: 'ชื่อ', titleEn: '' }, 'ชื่อ'],
    ['en', { th: 'ไทย', en: '' }, 'ไทย'],
    ['en', 'code-as-label', 'code-as-label'],
  ] as const)('%s %j → %s', (lang, value, expected) => {
    expect(labelIn(lang, value)).toBe(expected);
  });

  it('takes a Thai/English pair of any other columns', () => {
    expect(labelIn('en', 'สำนักงาน ก.พ.', 'OCSC')).toBe('OCSC');
    expect(labelIn('en', 'สำนักงาน ก.พ.', undefined)).toBe('สำนักงาน ก.พ.');
    expect(labelIn('th', 'สำนักงาน ก.พ.', 'OCSC')).toBe('สำนักงาน ก.พ.');
  });
});
