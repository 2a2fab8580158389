/** One page of a long list and how many rows the whole list has (shared/schemas/common.ts PageSchema). */
export type Page<Row> = { rows: Row[]; total: number };

/**
 * The one paging helper: the page's rows and the total under the same filter. Lists of
 * ~8,300 agencies are filtered and paged in SQL, never in the browser.
 */
export function paged<Row>(
  input: { limit: number; offset: number },
  query: { rows: (limit: number, offset: number) => Row[]; total: () => number },
): Page<Row> {
  return { rows: query.rows(input.limit, input.offset), total: query.total() };
}
