// The phone layout (issue 13, "Phone layout"): at 390 px the menu folds behind a button (keyboard
// usable, aria-expanded), /compare keeps its status column on screen, the /ita bar charts are
// full-width bars with their names above (not slivers), and /ita has a table of contents.
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, overflowsHorizontally, screenshot } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const PHONE = { width: 390, height: 844 };

describe.skipIf(!chromePath)('phone layout at 390 px (real browser)', () => {
  const { newPage } = browserPerFile(chromePath!);

  it('folds the menu behind a button that the keyboard opens and Escape closes; content starts near the top', async () => {
    const page = await newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/compare`);
    await page.locator('main h1').waitFor();
    const button = page.getByRole('button', { name: 'เมนู' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#app-menu').isVisible()).toBe(false);
    expect(await page.locator('#app-switches').isVisible()).toBe(false);
    // The heading of the page is no further down than the header's two short rows.
    const top = (await page.locator('main h1').boundingBox())!.y;
    expect(top).toBeLessThan(150);

    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.locator('#app-menu').getByRole('link', { name: 'ผลประเมิน ITA' }).waitFor();
    expect(await page.locator('#app-switches').isVisible()).toBe(true);
    await screenshot(page, 'phone-menu-open');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('menu-button'))).toBe(true);
    expect(await page.locator('#app-menu').isVisible()).toBe(false);

    // Following a link closes the menu.
    await button.click();
    await page.locator('#app-menu').getByRole('link', { name: 'ดัชนีสากล' }).click();
    await page.waitForURL(/\/indices/);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await overflowsHorizontally(page)).toBe(false);

    // On a wide screen there is no menu button: the menu is always there.
    const wide = await newPage();
    await wide.goto(`${baseUrl}/compare`);
    await wide.locator('main h1').waitFor();
    expect(await wide.getByRole('button', { name: 'เมนู' }).isVisible()).toBe(false);
    expect(await wide.locator('#app-menu').isVisible()).toBe(true);
  });

  it('/compare keeps the status column within the screen', async () => {
    const page = await newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/compare?from=2566&to=2568`);
    const row = page.locator('.compare-table tbody tr').first();
    await row.waitFor();
    const header = page.locator('.compare-table thead th').last();
    expect(await header.textContent()).toContain('สถานะ');
    for (const cell of [header, row.locator('td').last()]) {
      const box = (await cell.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width + 0.5);
      expect(box.width).toBeGreaterThan(100);
    }
    const badges = row.locator('td').last().locator('.status-badge');
    expect(await badges.count()).toBe(2);
    const badge = (await badges.first().boundingBox())!;
    expect(badge.x + badge.width).toBeLessThanOrEqual(PHONE.width);
    expect(await overflowsHorizontally(page)).toBe(false);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-compare');
  });

  it('/ita: bar charts are full-width bars with their names above, and the contents lead to each section', async () => {
    const page = await newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/ita`);
    const toc = page.getByRole('navigation', { name: 'ในหน้านี้' });
    await toc.getByRole('link', { name: /หน่วยงานทั้งหมด/ }).waitFor();
    expect(await toc.getByRole('link').count()).toBe(7);

    await toc.getByRole('link', { name: /จำแนกผลการประเมิน/ }).click();
    await expect.poll(() => page.url()).toContain('#ita-breakdown-h');
    const section = page.locator('section[aria-labelledby="ita-breakdown-h"]');
    const bars = section.locator('.recharts-bar-rectangle');
    await bars.first().waitFor();
    const boxes = await bars.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ w: r.width, h: r.height })));
    expect(boxes.length).toBeGreaterThan(5);
    // Not slivers: each bar at least 10 px thick, the longest spanning most of the screen.
    expect(Math.min(...boxes.map((b) => b.h))).toBeGreaterThanOrEqual(10);
    expect(Math.max(...boxes.map((b) => b.w))).toBeGreaterThan(PHONE.width * 0.6);
    // Names are written above the bars, not in a column beside them.
    const names = await section.locator('.recharts-label-list text').allTextContents();
    expect(names.length).toBe(boxes.length);
    expect(names).toContain('เทศบาล');
    const heading = (await section.locator('h2').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(0);
    expect(heading.y).toBeLessThan(100);
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'phone-ita');
  });
});
