// Delivery of the built client over the real server: the entry script, its styles and the
// page compressed (precompressed at build time), hashed assets cached for a year as immutable,
// the page itself revalidated, the Thai font subset served, a favicon.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { firstViewOf, firstViewUrl } from '../../shared/first-view';
import { browserPerFile, launchBrowser } from './browser';

const baseUrl = inject('baseUrl');
const chromePath = inject('chromePath');

/** A GET without decoding (fetch would decompress and hide the sizes). */
function rawGet(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: number }>((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('delivery of the built client', () => {
  it('compresses the page, its entry script and styles; caches hashed assets as immutable and revalidates the page', async () => {
    const page = await rawGet('/', { accept: 'text/html', 'accept-encoding': 'br, gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const html = await (await fetch(`${baseUrl}/`, { headers: { accept: 'text/html' } })).text();
    const script = /src="(\/assets\/index-[^"]+\.js)"/.exec(html)![1]!;
    const style = /href="(\/assets\/index-[^"]+\.css)"/.exec(html)?.[1];

    const plain = await rawGet(script);
    const br = await rawGet(script, { 'accept-encoding': 'br, gzip' });
    const gz = await rawGet(script, { 'accept-encoding': 'gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.bytes).toBeLessThan(plain.bytes / 3);
    if (style) expect((await rawGet(style, { 'accept-encoding': 'br' })).headers['content-encoding']).toBe('br');
  });

  it('serves the Thai subset of the font as woff2, immutable; and a favicon', async () => {
    const css = await (await fetch(`${baseUrl}/`, { headers: { accept: 'text/html' } })).text();
    const style = /href="(\/assets\/index-[^"]+\.css)"/.exec(css)![1]!;
    const text = await (await fetch(`${baseUrl}${style}`)).text();
    const thai = /url\((\/assets\/sarabun-thai-400-normal-[^)]+\.woff2)\)/.exec(text);
    expect(thai).not.toBeNull();
    // Only the Thai subset is bundled (Latin text uses the system's UI font).
    expect(text).not.toMatch(/sarabun-vietnamese|sarabun-latin/);
    const font = await rawGet(thai![1]!, { 'accept-encoding': 'br' });
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await rawGet('/favicon.svg')).status).toBe(200);
  });
});

/** A fontconfig file giving Chromium only the fonts in `dir`. */
function fontconfigWith(dir: string): string {
  const home = mkdtempSync(join(tmpdir(), 'fonts-'));
  mkdirSync(join(home, 'cache'));
  const file = join(home, 'fonts.conf');
  writeFileSync(file, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${dir}</dir><cachedir>${join(home, 'cache')}</cachedir></fontconfig>`);
  return file;
}

// Debian's Thai fonts (fonts-thai-tlwg, which .ci/run installs): Loma, Garuda, …; and DejaVu, which
// has no Thai (fontconfig's own dependency). Chromium given no font at all cannot draw a web font either.
const TLWG = '/usr/share/fonts/truetype/tlwg';
const DEJAVU = '/usr/share/fonts/truetype/dejavu';

describe.skipIf(!chromePath)('Thai text: the device’s own Thai font, Sarabun only where there is none', () => {
  /** The woff2 files the overview downloads, and whether its Thai face was used and loaded. */
  async function overviewFonts(fontDir: string) {
    const browser = await launchBrowser(chromePath!, { env: { FONTCONFIG_FILE: fontconfigWith(fontDir) } });
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const fonts: string[] = [];
      page.on('request', (r) => void (r.url().endsWith('.woff2') && fonts.push(r.url())));
      await page.goto(`${baseUrl}/`);
      await page.locator('svg[data-chart] .line-chart-dot').first().waitFor();
      // A downloaded face loads after the first layout asked for it: wait for it (false after 10 s).
      const thaiLoaded = await page
        .waitForFunction(() => [...document.fonts].some((f) => f.family.includes('App Thai') && f.status === 'loaded'), undefined, { timeout: 10_000 })
        .then(() => true, () => false);
      return { fonts, thaiLoaded };
    } finally {
      await browser.close();
    }
  }

  it.skipIf(!existsSync(DEJAVU))('a machine without a Thai font downloads Sarabun’s Thai subset and draws Thai with it', async () => {
    const { fonts, thaiLoaded } = await overviewFonts(DEJAVU);
    expect(fonts.some((u) => /sarabun-thai-400-normal-[^/]+\.woff2$/.test(u))).toBe(true);
    expect(fonts.some((u) => /latin/.test(u))).toBe(false);
    expect(thaiLoaded).toBe(true);
  });

  it.skipIf(!existsSync(TLWG))('a device with a Thai font downloads no font at all for the overview', async () => {
    const { fonts, thaiLoaded } = await overviewFonts(TLWG);
    expect(fonts).toEqual([]);
    expect(thaiLoaded).toBe(true);
  });
});

describe('the first view: preloaded by the page, asked for once', () => {
  const html = async (path: string, headers: Record<string, string> = {}) => fetch(`${baseUrl}${path}`, { headers: { accept: 'text/html', ...headers } });

  it.each(['/', '/indicators/CPI-SCORE', '/ita', '/indices'])('%s names its first query in a preload', async (path) => {
    const page = await (await html(path)).text();
    const href = firstViewUrl(firstViewOf(path)!).replace(/&/g, '&amp;');
    expect(page).toContain(`<link rel="preload" as="fetch" crossorigin="anonymous" href="${href}">`);
  });

  it("a page loaded on demand also preloads its chunks, named in the build's manifest", async () => {
    const page = await (await html('/ita')).text();
    expect(page).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/ItaPage-[^"]+\.js">/);
    expect(page).toMatch(/<link rel="preload" as="style" crossorigin href="\/assets\/ita-[^"]+\.css">/);
    // The overview is in the entry bundle: nothing more to preload than the entry's own chunks.
    const overview = await (await html('/')).text();
    expect(overview).not.toMatch(/OverviewPage|as="style"/);
  });

  it('deep links are compressed like /, and the page for an English link has no Thai in its placeholder', async () => {
    for (const path of ['/', '/ita', '/indicators/CPI-SCORE', '/compare']) {
      const raw = await rawGet(path, { accept: 'text/html', 'accept-encoding': 'br, gzip' });
      expect(raw.status, path).toBe(200);
      expect(raw.headers['content-encoding'], path).toBe('br');
      expect(raw.headers.vary, path).toMatch(/accept-encoding/i);
      expect((await rawGet(path, { accept: 'text/html', 'accept-encoding': 'gzip' })).headers['content-encoding'], path).toBe('gzip');
    }
    expect(await (await html('/ita')).text()).toContain('<span class="brand-title">ติดตาม');
    expect(await (await html('/ita?lang=en')).text()).toContain('<span class="brand-title"></span>');
  });

  it('other pages have no preload; the page revalidates with its ETag (304)', async () => {
    expect(await (await html('/compare')).text()).not.toContain('rel="preload"');
    const first = await html('/ita');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const again = await html('/ita', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    // A list of tags, as browsers and caches send them.
    expect((await html('/ita', { 'if-none-match': `W/"other", ${etag}` })).status).toBe(304);
    // Another page has another preload, so another ETag.
    expect((await html('/indices')).headers.get('etag')).not.toBe(etag);
  });

  describe.skipIf(!chromePath)('in a browser', () => {
    const { newPage } = browserPerFile(chromePath!);

    it.each(['/', '/indicators/CPI-SCORE', '/ita'])('%s: the data is requested once (the preload is used) and the page replaces the placeholder', async (path) => {
      const page = await newPage({ viewport: { width: 390, height: 844 } });
      const query = firstViewOf(path)!.query;
      const asked: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname.startsWith(`/trpc/${query}`)) asked.push(r.url());
      });
      const consoleWarnings: string[] = [];
      page.on('console', (m) => {
        // Chrome warns when a preload goes unused or does not match the later request.
        if (/preload/i.test(m.text())) consoleWarnings.push(m.text());
      });
      await page.goto(`${baseUrl}${path}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(asked).toEqual([`${baseUrl}${firstViewUrl(firstViewOf(path)!)}`]);
      expect(consoleWarnings).toEqual([]);
      expect(await page.locator('.app-placeholder').count()).toBe(0);
      expect(await page.locator('main').count()).toBe(1);
      await page.context().close();
    });

    it('an unknown indicator: asked for once, its error shown', async () => {
      const page = await newPage();
      const asked: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname.startsWith('/trpc/indicator.byCode')) asked.push(r.url());
      });
      await page.goto(`${baseUrl}/indicators/NO-SUCH-CODE`);
      await page.getByRole('alert').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(asked).toHaveLength(1);
      await page.context().close();
    });

    it("a page whose chunk cannot be loaded (a tab open across a new version) says so and offers a reload, in the app's frame", async () => {
      const page = await newPage();
      await page.route('**/assets/ItaPage-*.js', (r) => r.fulfill({ status: 404, body: 'gone' }));
      await page.goto(`${baseUrl}/ita`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('เปิดหน้านี้ไม่สำเร็จ');
      expect(await alert.getByRole('button', { name: 'โหลดหน้าใหม่' }).isVisible()).toBe(true);
      // The menu still works: another page opens.
      await page.goto(`${baseUrl}/compare`);
      await page.locator('main h1').waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      await page.context().close();
    });
  });
});
