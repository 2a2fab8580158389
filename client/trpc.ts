import { MutationCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, splitLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../server/router';

export const queryClient: QueryClient = new QueryClient({
  // Any successful write can change what other pages show (statuses, roll-ups, completeness,
  // the review queue): mark everything stale so open pages refetch and others load fresh.
  mutationCache: new MutationCache({ onSuccess: () => void queryClient.invalidateQueries() }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (bad input, not found, forbidden) will not fix themselves on retry.
      retry: (count, error) => {
        const status = (error as { data?: { httpStatus?: number } }).data?.httpStatus ?? 500;
        return status >= 500 && count < 2;
      },
    },
  },
});

const batchLink = () =>
  httpBatchLink({
    url: '/trpc',
    // The server refuses larger batches (server/lib/http-limits.ts MAX_BATCH_ITEMS, TRPC_MAX_BATCH).
    maxItems: 20,
    // Marks calls as coming from the app; the server refuses cross-site form posts without it.
    headers: () => ({ 'x-trpc-source': 'web' }),
  });

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    // Who is signed in (auth.*) travels in its own batch: a batch of public queries alone
    // carries an ETag and can be answered 304 or from the server's memory (server/lib/public-cache.ts).
    splitLink({ condition: (op) => op.path.startsWith('auth.'), true: batchLink(), false: batchLink() }),
  ],
});

/** The one way to fetch: useQuery(trpc.domain.procedure.queryOptions(input)). */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;
