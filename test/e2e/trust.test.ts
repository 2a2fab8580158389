// Figures the committee can trust, in the browser: a provisional figure with its "n of N", a
// yes/no indicator as ✓/✗, the C.E. calendar leaving no B.E. year in running text, and /compare
// showing every column at 1366 px.
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, screenshot, signIn } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

/** Years 2540–2599 (B.E.) in Arabic or Thai digits. */
const BE_YEAR = /(?<!\d)25[4-9]\d(?!\d)/;
const toArabic = (text: string) => text.replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d)));

describe.skipIf(!chromePath)('figures the committee can trust (real browser)', () => {
  const { newPage } = browserPerFile(chromePath!);

  it('marks a figure derived from part of the agencies as provisional, with n of N', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/indicators/S3-EX-01`);
    const label = page.locator('figure.chart svg text', { hasText: /ชั่วคราว · \d+ จาก 77/ });
    await label.first().waitFor();
    // The table says the same, and the status explanation leaves it out.
    await expect.poll(() => page.locator('.coverage-provisional').first().textContent()).toMatch(/ชั่วคราว.*จาก 77 หน่วยงาน/);
    expect(await page.locator('.why-status').textContent()).toContain('จึงไม่นำมาคิดสถานะ');
    await screenshot(page, 'trust-provisional');
  });

  it('shows a yes/no indicator as a row of ✓/✗ with words, not a line', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/indicators/S5-EX-02`);
    const row = page.locator('.yes-no-row li');
    await row.first().waitFor();
    expect(await row.count()).toBe(3);
    expect(await row.allTextContents()).toEqual([expect.stringMatching(/✓\s*มี/), expect.stringMatching(/✓\s*มี/), expect.stringMatching(/✗\s*ไม่มี/)]);
    expect(await page.locator('.indicator-trend figure.chart').count()).toBe(0);
    await screenshot(page, 'trust-yes-no');
  });

  it.each(['/?cal=ce', '/indicators/ITA-PASS?cal=ce', '/ita?cal=ce'])('in C.E. mode %s has no B.E. year in its text', async (path) => {
    const page = await newPage();
    await page.goto(`${baseUrl}${path}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    const text = toArabic(await page.locator('body').innerText());
    expect(text.length).toBeGreaterThan(500);
    const found = text.split('\n').filter((line) => BE_YEAR.test(line));
    expect(found).toEqual([]);
    if (path === '/?cal=ce') await screenshot(page, 'trust-overview-ce');
  });

  it('/compare at 1366 px shows every column, the status one included', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    // Explicit years: the default pair follows the latest data, which other test files may add to.
    await page.goto(`${baseUrl}/compare?from=2566&to=2568`);
    const table = page.locator('table.compare-table, main table').first();
    await table.waitFor();
    const fit = await table.evaluate((t) => {
      const box = (t.parentElement as HTMLElement).getBoundingClientRect();
      const last = t.querySelector('thead th:last-child')!.getBoundingClientRect();
      return { overflow: t.scrollWidth - (t.parentElement as HTMLElement).clientWidth, lastRight: last.right, boxRight: box.right, viewport: window.innerWidth };
    });
    expect(fit.overflow).toBeLessThanOrEqual(1);
    expect(fit.lastRight).toBeLessThanOrEqual(Math.min(fit.boxRight, fit.viewport) + 1);
    // A rank change is worded, not "+8 ↘".
    expect(await page.getByTestId('change-CPI-RANK').textContent()).toMatch(/อันดับ/);
    await screenshot(page, 'trust-compare-1366');
  });

  it('badges what is not official: demo ITA sections, example items in admin lists, the English plan texts', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/ita`);
    for (const id of ['ita-grades-h', 'ita-hist-h']) {
      const section = page.locator(`section[aria-labelledby="${id}"]`);
      await section.locator('.badge-demo').first().waitFor();
    }
    await page.goto(`${baseUrl}/?lang=en`);
    await expect.poll(() => page.locator('.plan-texts .translation-note').textContent()).toMatch(/Unofficial translation/);
    await page.goto(`${baseUrl}/`);
    await page.locator('main h1').first().waitFor();
    // Thai is the official text: no note in Thai.
    expect(await page.locator('.translation-note').count()).toBe(0);

    await signIn(page, 'admin', 'demo-admin-2565');
    await page.goto(`${baseUrl}/admin/plan`);
    await page.locator('#pa-indicator option', { hasText: 'CPI-SCORE' }).waitFor({ state: 'attached' });
    const options = await page.locator('#pa-indicator option').allTextContents();
    expect(options.filter((o) => o.startsWith('S3-EX-01'))).toEqual([expect.stringMatching(/\[ตัวอย่าง\]$/)]);
    expect(options.filter((o) => o.startsWith('CPI-SCORE'))).toEqual([expect.not.stringMatching(/ตัวอย่าง/)]);
  });
});
