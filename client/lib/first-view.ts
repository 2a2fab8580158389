// The first view's data, asked for before React renders (issue 13). The server's HTML names
// the same address in a <link rel="preload"> (shared/first-view.ts), so on a phone the answer
// is usually in before the scripts have run; the query started here picks up that response,
// and the page's useQuery joins it (same query key, from these factories).
import type { QueryClient } from '@tanstack/react-query';
import { firstViewOf, type FirstViewQuery } from '../../shared/first-view';
import { trpc } from '../trpc';

/** Query options the pages use for their first figure (one definition, so keys agree). */
export const firstViewQuery = {
  overview: () => trpc.plan.overview.queryOptions({}),
  indicator: (code: string) => trpc.indicator.byCode.queryOptions({ code }),
  itaNational: () => trpc.ita.national.queryOptions(),
  indices: () => trpc.indices.summary.queryOptions(),
};

const PREFETCH: Record<FirstViewQuery, (client: QueryClient, input: unknown) => Promise<void>> = {
  'plan.overview': (c) => c.prefetchQuery(firstViewQuery.overview()),
  'indicator.byCode': (c, input) => c.prefetchQuery(firstViewQuery.indicator((input as { code: string }).code)),
  'ita.national': (c) => c.prefetchQuery(firstViewQuery.itaNational()),
  'indices.summary': (c) => c.prefetchQuery(firstViewQuery.indices()),
};

/** Starts the first view's query for `pathname`; resolves when it has settled (at once for other pages). */
export function prefetchFirstView(client: QueryClient, pathname: string): Promise<void> {
  const view = firstViewOf(pathname);
  return view ? PREFETCH[view.query](client, view.input) : Promise.resolve();
}
