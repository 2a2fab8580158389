import { describe, expect, it } from 'vitest';
import { fileSafe } from '../../client/lib/download';
import { CSV_BOM, csvCell, toCsv } from '../../shared/csv';

describe('csvCell', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [94.17, '94.17'],
    [-0.45, '-0.45'], // a negative number stays a number
    [Number.NaN, ''],
    ['คะแนน', 'คะแนน'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'], // formula injection is neutralised
    ['+66 2', "'+66 2"],
    ['-x', "'-x"],
    [true, 'true'],
  ] as const)('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv(['รหัส', 'ค่า'], [['ITA-PASS', 94.17], ['CPI, rank', null]]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe('\uFEFFรหัส,ค่า\r\nITA-PASS,94.17\r\n"CPI, rank",\r\n');
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('fileSafe', () => {
  it.each([
    ['ตัวชี้วัด ปี 2566 เทียบกับปี 2568', 'ตัวชี้วัด-ปี-2566-เทียบกับปี-2568'],
    ['a/b:c*d?"e"<f>|g', 'a-b-c-d-e-f-g'],
    ['  ', 'table'],
    ['x\u0007y', 'x-y'],
  ])('%j → %j', (name, expected) => {
    expect(fileSafe(name)).toBe(expected);
  });

  it('keeps names short', () => {
    expect(fileSafe('ก'.repeat(200)).length).toBe(80);
  });
});
