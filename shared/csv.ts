// CSV as Excel reads it: UTF-8 with a byte-order mark (without it Excel shows Thai as
// mojibake), CRLF line ends, RFC 4180 quoting. Used by server downloads and client tables.

export const CSV_BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  // A leading = + - @ would make Excel run the cell as a formula (CSV injection); quote-prefix it.
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(headers: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const lines = [headers, ...rows].map((r) => r.map(csvCell).join(','));
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}
