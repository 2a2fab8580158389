// The open data's interactive API reference renders in Chromium, reached from the footer.
import { describe, expect, inject, it } from 'vitest';
import { API_ROUTES } from '../../server/open-data/api';
import { browserPerFile, screenshot } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

describe.skipIf(!chromePath)('open data (real browser)', () => {
  const { newPage } = browserPerFile(chromePath!);

  it('the footer leads to the API reference, which lists every path', async () => {
    const page = await newPage();
    const failures: string[] = [];
    page.on('response', (r) => void (r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`)));
    await page.goto(`${baseUrl}/`);
    await page.locator('footer a[href="/api/v1/docs"]').click();
    await page.locator('.opblock').first().waitFor();
    const paths = await page.locator('.opblock-summary-path').allTextContents();
    expect(paths.map((p) => p.replace(/\u200b/g, '')).sort()).toEqual(API_ROUTES.map((r) => r.path).sort());
    expect(failures).toEqual([]);
    await screenshot(page, 'open-data-reference');
  });
});
