import type { ReactNode } from 'react';

export type Column<T> = {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  align?: 'start' | 'end';
  /** Row header cell (th scope=row) for the first, identifying column. */
  rowHeader?: boolean;
};

type Props<T> = {
  caption: ReactNode;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  /** Extra controls under the caption (e.g. download buttons). */
  actions?: ReactNode;
  className?: string;
};

/** An accessible, horizontally scrollable table: the alternative behind every chart. */
export function DataTable<T>({ caption, columns, rows, rowKey, actions, className }: Props<T>) {
  return (
    <div className={`table-wrap ${className ?? ''}`}>
      {actions ? <div className="table-actions">{actions}</div> : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={typeof caption === 'string' ? caption : undefined}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={c.align === 'end' ? 'num' : undefined}>
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
                    <th key={c.key} scope="row" className={c.align === 'end' ? 'num' : undefined}>
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={c.key} className={c.align === 'end' ? 'num' : undefined}>
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
