import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DataTable, type DataTableProps } from './DataTable';
import { Pager } from './Pager';
import { QueryState } from './QueryState';

type Page<T> = { rows: T[]; total: number };

type Props<T> = Omit<DataTableProps<T>, 'rows'> & {
  /** A server-paged list query (rows of one page, total of all). */
  query: UseQueryResult<Page<T>, { message: string }>;
  /** From usePaging. */
  paging: { offset: number; limit: number; onChange: (offset: number) => void };
  /** Shown instead of an empty table; left out, an empty table shows. */
  empty?: ReactNode;
};

/** A server-paged list: loading and error states, the table, and the pager under it. */
export function PagedTable<T>({ query, paging, empty, ...table }: Props<T>) {
  return (
    <QueryState query={query} isEmpty={empty === undefined ? undefined : (page) => page.total === 0} empty={empty}>
      {(page) => (
        <>
          <DataTable<T> {...table} rows={page.rows} />
          <Pager {...paging} total={page.total} />
        </>
      )}
    </QueryState>
  );
}
