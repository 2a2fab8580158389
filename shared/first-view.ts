// The pages people open first by a link, and the one query that draws each page's first figure
// (issue 13). Both sides read this table: the server names the query's address in the page's
// HTML (<link rel="preload">), so a phone asks for the data while it is still downloading the
// scripts; the client starts the same query before React renders and its page joins it.

/**
 * `query` is a tRPC procedure path (server/router.ts); `page`, for a page loaded on demand, its
 * module under client/ as the build's manifest names it (the server preloads its chunks too).
 */
export const FIRST_VIEW_ROUTES = [
  { pattern: '/', query: 'plan.overview', input: () => ({}), page: null },
  { pattern: '/indicators/:code', query: 'indicator.byCode', input: (p: Params) => (p.code ? { code: p.code } : null), page: 'pages/IndicatorPage.tsx' },
  { pattern: '/ita', query: 'ita.national', input: () => undefined, page: 'pages/ItaPage.tsx' },
  { pattern: '/indices', query: 'indices.summary', input: () => undefined, page: 'pages/IndicesPage.tsx' },
] as const;

type Params = Record<string, string>;
export type FirstViewQuery = (typeof FIRST_VIEW_ROUTES)[number]['query'];
/** Every page loaded on demand loads the Thai messages of the pages beyond the first with it
 *  (client/App.tsx, `page`): this module's chunk is preloaded with the page's. */
export const PAGE_MESSAGES_MODULE = 'i18n/thai-pages.ts';

export type FirstViewPage = NonNullable<(typeof FIRST_VIEW_ROUTES)[number]['page']>;
export type FirstView = { query: FirstViewQuery; input: unknown; page: FirstViewPage | null };

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** Matches one pattern of the table: literal segments and `:name` parameters (decoded), nothing more. */
export function matchPattern(pattern: string, pathname: string): Params | null {
  const want = pattern.split('/');
  const got = pathname.replace(/\/+$/, '').split('/');
  if (pathname === '/') got.splice(0, got.length, '', '');
  if (want.length !== got.length) return null;
  const params: Params = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      if (!g) return null;
      params[w.slice(1)] = decode(g);
    } else if (w !== g) return null;
  }
  return params;
}

/** The first view of a page, or null for pages without one. */
export function firstViewOf(pathname: string): FirstView | null {
  for (const route of FIRST_VIEW_ROUTES) {
    const params = matchPattern(route.pattern, pathname);
    if (!params) continue;
    const input = route.input(params);
    return input === null ? null : { query: route.query, input, page: route.page };
  }
  return null;
}

/**
 * The address tRPC's batch link (client/trpc.ts) asks for when this query goes out alone:
 * `/trpc/<path>?batch=1&input={"0":<input>}`. A preload only helps if the page's own request
 * has exactly this address (test/unit/first-view.test.ts checks it against the real link).
 */
export function firstViewUrl({ query, input }: Pick<FirstView, 'query' | 'input'>, prefix = '/trpc'): string {
  return `${prefix}/${query}?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: input }))}`;
}
