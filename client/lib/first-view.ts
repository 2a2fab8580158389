// The first view's data, asked for before React renders. A query starts when its component
// mounts, which on a phone (4× slower CPU) is ~0.8 s after the scripts arrive: evaluating them,
// rendering and painting the page's frame come first. For the pages people open first, the
// answer is requested as soon as the entry script runs; the page's useQuery then joins the
// request in flight (same query key, from these factories).
import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { trpc } from '../trpc';

/** Query options the pages use for their first figure (one definition, so keys agree). */
export const firstViewQuery = {
  overview: () => trpc.plan.overview.queryOptions({}),
  indicator: (code: string) => trpc.indicator.byCode.queryOptions({ code }),
  itaNational: () => trpc.ita.national.queryOptions(),
  indices: () => trpc.indices.summary.queryOptions(),
};

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

type Prefetch = (client: QueryClient, params: Record<string, string | undefined>) => unknown;

const ROUTES: Array<[pattern: string, prefetch: Prefetch]> = [
  ['/', (c) => c.prefetchQuery(firstViewQuery.overview())],
  // The page reads the code decoded (useParams); matchPath leaves it as written in the address.
  ['/indicators/:code', (c, p) => p.code && c.prefetchQuery(firstViewQuery.indicator(safeDecode(p.code)))],
  ['/ita', (c) => c.prefetchQuery(firstViewQuery.itaNational())],
  ['/indices', (c) => c.prefetchQuery(firstViewQuery.indices())],
];

/** Starts the first view's queries for `pathname`; nothing for other pages. */
export function prefetchFirstView(client: QueryClient, pathname: string): void {
  for (const [pattern, prefetch] of ROUTES) {
    const match = matchPath(pattern, pathname);
    if (match) {
      prefetch(client, match.params);
      return;
    }
  }
}
