// One reader for uploaded tables (agency registry, ITA results): CSV through csv-parse, XLSX
// through exceljs. Every cell comes back as trimmed text with its spreadsheet row number, so
// importers report errors by the row a person sees in Excel.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export type SheetRow = { row: number; cells: string[] };

/** Why a file could not be read: a code the client words (file_reason.* messages). */
export type UnreadableReason = 'not_utf8' | 'malformed' | 'too_large_expanded' | 'no_sheet';

/** The file cannot be read at all (as opposed to a row with a bad value). */
export class UnreadableFileError extends Error {
  constructor(
    readonly format: 'CSV' | 'XLSX',
    readonly reason: UnreadableReason,
    /** The line or row where reading stopped, where known. */
    readonly row = 1,
  ) {
    super(`${format}: ${reason}`);
  }
}

/** An XLSX is a zip: refuse one that would expand past this before exceljs inflates it. */
export const MAX_XLSX_EXPANDED_BYTES = 200 * 1024 * 1024;

export function readCsvRows(buffer: Buffer): SheetRow[] {
  let text: string;
  try {
    // Excel's "CSV UTF-8" adds a BOM; the legacy Thai code page (TIS-620) would turn Thai to garbage.
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new UnreadableFileError('CSV', 'not_utf8');
  }
  try {
    const records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return records.map((r) => ({ row: r.info.lines, cells: r.record.map((c) => c.trim()) }));
  } catch (e) {
    throw new UnreadableFileError('CSV', 'malformed', (e as { lines?: number }).lines ?? 1);
  }
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((t) => t.text).join('').trim();
  if ('text' in value) return String(value.text).trim();
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * Sum of the uncompressed sizes in a zip's central directory (no inflating). Returns null when
 * the buffer is not a readable zip; exceljs then reports its own error.
 */
export function zipExpandedBytes(buffer: Buffer): number | null {
  // End-of-central-directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  const floor = Math.max(0, buffer.length - 65_557);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= floor; i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) return null;
    total += buffer.readUInt32LE(offset + 24);
    offset += 46 + buffer.readUInt16LE(offset + 28) + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
  return total;
}

/** The first worksheet; every column kept in place (empty cells as ''), empty rows skipped. */
export async function readXlsxRows(buffer: Buffer): Promise<SheetRow[]> {
  const expanded = zipExpandedBytes(buffer);
  if (expanded !== null && expanded > MAX_XLSX_EXPANDED_BYTES) {
    throw new UnreadableFileError('XLSX', 'too_large_expanded');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFileError('XLSX', 'malformed');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFileError('XLSX', 'no_sheet');
  const rows: SheetRow[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
    if (cells.some((c) => c !== '')) rows.push({ row: rowNumber, cells });
  });
  return rows;
}
