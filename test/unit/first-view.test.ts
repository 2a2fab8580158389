// The first view of a page (shared/first-view.ts): which query a page's HTML preloads, and that
// the address is exactly what the app's own tRPC client asks for — else the browser fetches twice.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstViewOf, firstViewUrl, matchPattern } from '../../shared/first-view';
import { shellWithPreload } from '../../server/lib/app-shell';
import { translate } from '../../client/i18n';
import { formatPlanYears } from '../../client/lib/format';

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
    ['/', 'plan.overview', {}],
    ['/indicators/CPI-SCORE', 'indicator.byCode', { code: 'CPI-SCORE' }],
    ['/ita', 'ita.national', undefined],
    ['/indices', 'indices.summary', undefined],
  ])('%s → %s', (pathname, query, input) => {
    expect(firstViewOf(pathname)).toEqual({ query, input });
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

describe('the HTML shell', () => {
  const index = readFileSync(new URL('../../client/index.html', import.meta.url), 'utf8');

  it('adds one preload of the first view, escaped, before </head>', () => {
    const html = shellWithPreload(index, '/trpc/indicator.byCode?batch=1&input=%7B%7D');
    expect(html.match(/rel="preload"/g)).toHaveLength(1);
    expect(html).toContain('href="/trpc/indicator.byCode?batch=1&amp;input=%7B%7D"');
    expect(html.indexOf('rel="preload"')).toBeLessThan(html.indexOf('</head>'));
    expect(shellWithPreload(index, null)).toBe(index);
  });

  it("shows the app's Thai title and subtitle until the app renders", () => {
    expect(index).toContain(`<span class="brand-title">${translate('th', 'app.title')}</span>`);
    const subtitle = translate('th', 'app.subtitle', { years: formatPlanYears(2565, 2570, 'th', 'be') });
    expect(index).toContain(`<span class="brand-subtitle">${subtitle}</span>`);
    expect(index).toContain(translate('th', 'state.loading'));
  });
});
