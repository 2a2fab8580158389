import { useRef, type ReactNode } from 'react';
import { TableDownloads } from './TableDownloads';

export type Column<T> = {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  align?: 'start' | 'end';
  /** Row header cell (th scope=row) for the first, identifying column. */
  rowHeader?: boolean;
  /** Plain header text for downloads when `header` is not plain text (e.g. a sort button). */
  label?: string;
  /** Raw value for downloads (e.g. the unformatted number); else the cell's text. */
  value?: (row: T) => string | number | null;
  /** The column the rows are sorted by, and which way (aria-sort). */
  sort?: 'ascending' | 'descending';
};

export type DataTableProps<T> = {
  caption: ReactNode;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  /** Extra controls under the caption (e.g. download buttons). */
  actions?: ReactNode;
  className?: string;
  /** Download file name; false hides the CSV/XLSX buttons. Defaults to the caption. */
  download?: string | false;
  /** For screen readers only, when a heading above already says the same. */
  hideCaption?: boolean;
};

/** An accessible, horizontally scrollable table: the alternative behind every chart. */
export function DataTable<T>({ caption, columns, rows, rowKey, actions, className, download, hideCaption }: DataTableProps<T>) {
  const tableRef = useRef<HTMLTableElement>(null);
  const fileName = download === false ? null : (download ?? (typeof caption === 'string' ? caption : 'table'));
  return (
    <div className={`table-wrap ${className ?? ''}`}>
      {actions || fileName ? (
        <div className="table-actions">
          {actions}
          {fileName ? <TableDownloads tableRef={tableRef} name={fileName} /> : null}
        </div>
      ) : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={typeof caption === 'string' ? caption : undefined}>
        <table ref={tableRef}>
          <caption className={hideCaption ? 'sr-only' : undefined}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={c.align === 'end' ? 'num' : undefined} data-label={c.label} aria-sort={c.sort}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) =>
                  c.rowHeader ? (
                    <th key={c.key} scope="row" className={c.align === 'end' ? 'num' : undefined} data-value={c.value ? (c.value(row) ?? '') : undefined}>
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={c.key} className={c.align === 'end' ? 'num' : undefined} data-value={c.value ? (c.value(row) ?? '') : undefined}>
                      {c.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
