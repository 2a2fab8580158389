import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_XLSX_EXPANDED_BYTES, readCsvRows, readXlsxRows, UnreadableFileError, zipExpandedBytes } from '../../server/lib/spreadsheet';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('data');
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readCsvRows', () => {
  it('reads UTF-8 with a BOM, keeps spreadsheet line numbers, skips empty lines', () => {
    const rows = readCsvRows(Buffer.from('\uFEFFรหัส,ชื่อ\n\nP41, จังหวัดอุดรธานี \n', 'utf8'));
    expect(rows).toEqual([
      { row: 1, cells: ['รหัส', 'ชื่อ'] },
      { row: 3, cells: ['P41', 'จังหวัดอุดรธานี'] },
    ]);
  });

  it('refuses a file that is not UTF-8 (e.g. TIS-620 Thai) with a clear reason', () => {
    const tis620 = Buffer.from([0xca, 0xd3, 0xb9, 0xd1, 0xa1, 0x2c, 0x31, 0x0a]);
    expect(() => readCsvRows(tis620)).toThrow(UnreadableFileError);
    expect(() => readCsvRows(tis620)).toThrow(expect.objectContaining({ reason: 'not_utf8' }));
  });

  it('reports the line where a malformed CSV stops', () => {
    const err = (() => {
      try {
        readCsvRows(Buffer.from('a,b\n1,"unclosed\n2,3\n'));
      } catch (e) {
        return e as UnreadableFileError;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(UnreadableFileError);
    expect(err?.format).toBe('CSV');
  });
});

describe('readXlsxRows', () => {
  it('keeps columns in place when a cell is empty, as text', async () => {
    const rows = await readXlsxRows(await xlsx([['code', 'total', 'note'], ['P41', 87.5, null], ['P50', null, 'x']]));
    expect(rows).toEqual([
      { row: 1, cells: ['code', 'total', 'note'] },
      { row: 2, cells: ['P41', '87.5', ''] },
      { row: 3, cells: ['P50', '', 'x'] },
    ]);
  });

  it('refuses something that is not a workbook', async () => {
    await expect(readXlsxRows(Buffer.from('not a zip'))).rejects.toBeInstanceOf(UnreadableFileError);
  });

  it('reads the expanded size from the zip directory without inflating, and refuses a bomb', async () => {
    const small = await xlsx([['a'], ['b']]);
    const size = zipExpandedBytes(small);
    expect(size).toBeGreaterThan(small.length);
    expect(size).toBeLessThan(MAX_XLSX_EXPANDED_BYTES);
    // Forge the first central-directory entry to claim 1 GiB uncompressed.
    const bomb = Buffer.from(small);
    const cd = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(1024 * 1024 * 1024, cd + 24);
    expect(zipExpandedBytes(bomb)).toBeGreaterThan(MAX_XLSX_EXPANDED_BYTES);
    await expect(readXlsxRows(bomb)).rejects.toMatchObject({ reason: 'too_large_expanded' });
  });
});
