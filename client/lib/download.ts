// Table downloads in the browser: CSV (UTF-8 with BOM, so Excel shows Thai) and XLSX
// (exceljs, loaded only when asked for — it is large). One way for every table: the table
// element itself is read, taking a cell's `data-value` (the raw number) where present.
import { toCsv, type CsvCell } from '../../shared/csv';

export type TableData = { headers: string[]; rows: CsvCell[][] };

/** A cell's raw value: `data-value` (number when numeric) or its visible text. */
function cellValue(cell: Element): CsvCell {
  const raw = cell.getAttribute('data-value');
  if (raw !== null) {
    if (raw === '') return null;
    const n = Number(raw);
    return Number.isFinite(n) && raw.trim() !== '' ? n : raw;
  }
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Headers and rows of a rendered table (the last header row; body rows only). */
export function readTable(table: HTMLTableElement): TableData {
  const headRows = table.tHead?.rows;
  const headerRow = headRows && headRows.length > 0 ? headRows[headRows.length - 1] : null;
  const headers = headerRow ? [...headerRow.cells].map((c) => (c.getAttribute('data-label') ?? c.textContent ?? '').replace(/\s+/g, ' ').trim()) : [];
  const rows: CsvCell[][] = [];
  for (const body of table.tBodies) for (const r of body.rows) rows.push([...r.cells].map(cellValue));
  return { headers, rows };
}

/** A file name safe on every OS, keeping Thai letters. */
export function fileSafe(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return cleaned || 'table';
}

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadCsv(data: TableData, name: string): void {
  save(new Blob([toCsv(data.headers, data.rows)], { type: 'text/csv;charset=utf-8' }), `${fileSafe(name)}.csv`);
}

export async function downloadXlsx(data: TableData, name: string, sheetName = 'data'): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  // Excel limits sheet names to 31 characters without []:*?/\
  const sheet = wb.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'data');
  sheet.addRow(data.headers);
  for (const r of data.rows) sheet.addRow(r.map((c) => (c === undefined ? null : c)));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3A5F' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((col, i) => {
    const lengths = [data.headers[i] ?? '', ...data.rows.map((r) => r[i] ?? '')].map((v) => String(v).length);
    col.width = Math.min(60, Math.max(8, ...lengths) + 2);
  });
  const buffer = await wb.xlsx.writeBuffer();
  save(
    new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    `${fileSafe(name)}.xlsx`,
  );
}
