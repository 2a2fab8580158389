// The first view of a page (shared/first-view.ts): which query a page's HTML preloads, and that
// the address is exactly what the app's own tRPC client asks for — else the browser fetches twice.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstViewOf, firstViewUrl, matchPattern } from '../../shared/first-view';
import { barePlaceholder, pageChunks, shellWithPreload, type BuildManifest } from '../../server/lib/app-shell';
import { translate } from '../../client/i18n';

describe('matchPattern', () => {
  it.each([
    ['/', '/', {}],
    ['/', '/ita', null],
    ['/ita', '/ita', {}],
    ['/ita', '/ita/', {}],
    ['/ita', '/ita/targeting', null],
    ['/indicators/:code', '/indicators/CPI-SCORE', { code: 'CPI-SCORE' }],
    ['/indicators/:code', '/indicators/S1%20X', { code: 'S1 X' }],
    ['/indicators/:code', '/indicators/%E0%A4', { code: '%E0%A4' }],
    ['/indicators/:code', '/indicators/', null],
    ['/indicators/:code', '/indicators/a/b', null],
  ])('%s against %s', (pattern, pathname, want) => {
    expect(matchPattern(pattern, pathname)).toEqual(want);
  });
});

describe('firstViewOf', () => {
  it.each([
    ['/', 'plan.overview', {}, null],
    ['/indicators/CPI-SCORE', 'indicator.byCode', { code: 'CPI-SCORE' }, 'pages/IndicatorPage.tsx'],
    ['/ita', 'ita.national', undefined, 'pages/ItaPage.tsx'],
    ['/indices', 'indices.summary', undefined, 'pages/IndicesPage.tsx'],
  ])('%s → %s', (pathname, query, input, page) => {
    expect(firstViewOf(pathname)).toEqual({ query, input, page });
  });

  it.each(['/compare', '/ita/targeting', '/login', '/indicators', '/strategies/1'])('%s has none', (pathname) => {
    expect(firstViewOf(pathname)).toBeNull();
  });
});

describe('the preloaded address is the one the app requests', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each(['/', '/indicators/CPI-SCORE', '/indicators/S1 X', '/ita', '/indices'])('%s', async (pathname) => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify([{ result: { data: null } }]), { headers: { 'content-type': 'application/json' } });
    });
    // The app's own client and query options (client/trpc.ts, client/lib/first-view.ts).
    const { queryClient } = await import('../../client/trpc');
    const { prefetchFirstView } = await import('../../client/lib/first-view');
    queryClient.clear();
    await prefetchFirstView(queryClient, pathname);
    expect(urls).toEqual([firstViewUrl(firstViewOf(pathname)!)]);
  });
});

describe('pageChunks: what a page needs beyond the entry', () => {
  const manifest: BuildManifest = {
    'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_react.js', '_query.js'], css: ['assets/index-1.css'] },
    '_react.js': { file: 'assets/react-1.js' },
    '_query.js': { file: 'assets/query-1.js', imports: ['_react.js'] },
    'pages/ItaPage.tsx': { file: 'assets/ItaPage-1.js', imports: ['index.html', '_react.js', '_zod.js', '_ita.js'], css: ['assets/ita-1.css'] },
    '_zod.js': { file: 'assets/zod-1.js' },
    // A cycle and a shared style must not repeat or loop.
    '_ita.js': { file: 'assets/ita-1.js', imports: ['_zod.js', 'pages/ItaPage.tsx'], css: ['assets/ita-1.css'] },
    'pages/IndicesPage.tsx': { file: 'assets/IndicesPage-1.js', imports: ['index.html', '_query.js'] },
    // The pages' Thai messages load with every page loaded on demand.
    'i18n/thai-pages.ts': { file: 'assets/thai-pages-1.js', imports: ['_zod.js'] },
  };

  it.each([
    ['pages/ItaPage.tsx', ['/assets/ItaPage-1.js', '/assets/zod-1.js', '/assets/ita-1.js', '/assets/thai-pages-1.js'], ['/assets/ita-1.css']],
    ['pages/IndicesPage.tsx', ['/assets/IndicesPage-1.js', '/assets/thai-pages-1.js', '/assets/zod-1.js'], []],
  ] as const)('%s', (page, scripts, styles) => {
    expect(pageChunks(manifest, page)).toEqual({ scripts, styles });
  });

  it('a build without a manifest preloads no chunks', () => {
    expect(pageChunks({}, 'pages/ItaPage.tsx')).toEqual({ scripts: [], styles: [] });
  });
});

describe('the HTML shell', () => {
  const index = readFileSync(new URL('../../client/index.html', import.meta.url), 'utf8');

  it('adds one preload of the first view, escaped, before </head>', () => {
    const html = shellWithPreload(index, '/trpc/indicator.byCode?batch=1&input=%7B%7D');
    expect(html.match(/rel="preload"/g)).toHaveLength(1);
    expect(html).toContain('href="/trpc/indicator.byCode?batch=1&amp;input=%7B%7D"');
    expect(html.indexOf('rel="preload"')).toBeLessThan(html.indexOf('</head>'));
    expect(shellWithPreload(index, null)).toBe(index);
  });

  it("adds a page's chunks as module preloads and its styles with crossorigin (as Vite's loader asks for them)", () => {
    const html = shellWithPreload(index, null, { scripts: ['/assets/ItaPage-1.js'], styles: ['/assets/ita-1.css'] });
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/ItaPage-1.js">');
    expect(html).toContain('<link rel="preload" as="style" crossorigin href="/assets/ita-1.css">');
    expect(html).not.toContain('as="fetch"');
  });

  it("shows the app's Thai name until the app renders; a bare bar for English links", () => {
    expect(index).toContain(`<span class="brand-title">${translate('th', 'app.title')}</span>`);
    const bare = barePlaceholder(index);
    expect(bare).toContain('<span class="brand-title"></span>');
    expect(bare).not.toMatch(/[\u0E00-\u0E7F]+<\/span>/);
  });
});
