// The province map in the browser: 77 provinces drawn, each a link reachable by keyboard that
// says its name and value; Enter opens the province; the figures are in the table below; the
// map fits a 390 px phone.
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, overflowsHorizontally, screenshot } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

describe.skipIf(!chromePath)('province maps (real browser)', () => {
  const { newPage } = browserPerFile(chromePath!);

  it('/ita by province: 77 provinces, keyboard focus names one, Enter opens its page', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 1366, height: 1000 });
    await page.goto(`${baseUrl}/ita?by=province`);
    const shapes = page.locator('.province-map a[data-province]');
    await shapes.first().waitFor();
    expect(await shapes.count()).toBe(77);
    // Water is drawn but is not a province.
    expect(await page.locator('.province-map-water').count()).toBe(1);
    // The legend states its breaks and "no data" apart, and the credit is there.
    expect(await page.locator('.province-map-legend').textContent()).toMatch(/85.*95/);
    expect(await page.locator('.province-map-credit').textContent()).toContain('CC BY 4.0');

    const udon = page.locator('.province-map a[data-province="41"]');
    await udon.focus();
    await expect.poll(() => page.locator('.province-map-active').textContent()).toMatch(/อุดรธานี: \d/);
    // The same figure is in the table.
    const label = (await udon.getAttribute('aria-label'))!;
    const value = label.split(': ')[1]!;
    expect(await page.locator('table tr', { hasText: 'อุดรธานี' }).first().textContent()).toContain(value);
    await screenshot(page, 'map-ita-1366');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/ita/provinces/41');
  });

  it('fits a 390 px phone', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/ita?by=province`);
    await page.locator('.province-map a[data-province]').first().waitFor();
    const box = await page.locator('.province-map svg').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(box!.width).toBeGreaterThan(250);
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.locator('.province-map').scrollIntoViewIfNeeded();
    await screenshot(page, 'map-ita-390');
  });
});
