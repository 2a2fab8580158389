import { useState } from 'react';

/**
 * Where a server-paged list stands: `limit` and `offset` for the query, `onChange` for the Pager.
 * Any change of the filters passed in goes back to the first page.
 */
export function usePaging(filters: readonly unknown[], limit = 50) {
  const key = JSON.stringify(filters);
  const [at, setAt] = useState({ key, offset: 0 });
  const offset = at.key === key ? at.offset : 0;
  return { limit, offset, onChange: (next: number) => setAt({ key, offset: next }) };
}
