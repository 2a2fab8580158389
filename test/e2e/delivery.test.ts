// Delivery of the built client over the real server: the entry script, its styles and the
// page compressed (precompressed at build time), hashed assets cached for a year as immutable,
// the page itself revalidated, the Thai font subset served, a favicon.
import { request } from 'node:http';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

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
    // Only the Thai and Latin subsets are bundled.
    expect(text).not.toMatch(/sarabun-vietnamese|sarabun-latin-ext/);
    const font = await rawGet(thai![1]!, { 'accept-encoding': 'br' });
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await rawGet('/favicon.svg')).status).toBe(200);
  });
});
