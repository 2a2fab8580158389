// The first view's data, asked for before React renders (issue 13). The server's HTML names
// the same address in a <link rel="preload"> (shared/first-view.ts), so on a phone the answer
// is usually in before the scripts have run; the query started here picks up that response,
// and the page's useQuery joins it (same query key, from these factories).
import type { QueryClient } from '@tanstack/react-query';
import { firstViewOf, type FirstViewQuery } from '../../shared/first-view';
import { trpc } from '../trpc';

// The first render waits for these queries to settle (main.tsx): one that failed (an unknown
// indicator code, a server error after its retries) shows its error when the page mounts rather
// than asking again at once.
const settled = { retryOnMount: false } as const;

/** Query options the pages use for their first figure (one definition, so keys agree). */
export const firstViewQuery = {
  overview: () => trpc.plan.overview.queryOptions({}, settled),
  indicator: (code: string) => trpc.indicator.byCode.queryOptions({ code }, settled),
  itaNational: () => trpc.ita.national.queryOptions(undefined, settled),
  indices: () => trpc.indices.summary.queryOptions(undefined, settled),
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
