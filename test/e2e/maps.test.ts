// The province map in the browser: 77 provinces drawn, each a link reachable by keyboard that
// says its name and value; Enter opens the province; the figures are in the table below; the
// map fits a 390 px phone.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, overflowsHorizontally, screenshot } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe-core's serious and critical findings on the page as it stands (the context bypasses the CSP to inject it). */
async function seriousAxeFindings(page: Page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

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

  it('/ita/targeting: 77 provinces; a click selects one for the round (table and planner agree); Tab reaches a province, Space toggles it, Enter opens it', async () => {
    const page = await newPage({ bypassCSP: true, viewport: { width: 1366, height: 1000 } });
    await page.goto(`${baseUrl}/ita/targeting`);
    const shapes = page.locator('.province-map [role="checkbox"][data-province]');
    await shapes.first().waitFor();
    expect(await shapes.count()).toBe(77);
    expect(await page.locator('.province-map-water').count()).toBe(1);
    // The bands' thresholds are stated in the legend, and the coverage above the map.
    const legend = (await page.locator('.province-map-legend').textContent())!;
    expect(legend).toMatch(/ต่ำ \(ต่ำกว่า \d+\.\d\d\).*ปานกลาง \(\d+\.\d\d ถึงต่ำกว่า \d+\.\d\d\).*สูง \(\d+\.\d\d ขึ้นไป\)/);
    expect(legend).toContain('เคยจัดสัมมนาแล้ว');
    expect(await page.getByTestId('tg-coverage').textContent()).toMatch(/ผลประเมิน [\d,]+ จาก [\d,]+ หน่วยงาน/);
    // Past rounds are marked by a pattern, not by colour alone.
    expect(await page.locator('.province-map [data-province] path[fill^="url(#marked-"]').count()).toBeGreaterThan(0);

    const udon = page.locator('.province-map [data-province="41"]');
    const udonRow = page.locator('.ita-targeting-table tbody tr', { hasText: 'อุดรธานี' });
    const udonPick = page.getByRole('checkbox', { name: 'เลือก อุดรธานี', exact: true });
    expect(await udon.getAttribute('aria-checked')).toBe('false');
    expect(await udonRow.textContent()).not.toContain('✓');
    expect(await page.locator('.province-map-outline').count()).toBe(0);

    await udon.click();
    await expect.poll(() => udon.getAttribute('aria-checked')).toBe('true');
    expect(await udonRow.textContent()).toContain('✓ เลือกไว้');
    // The planner lists it (even outside its group) and counts it; the page did not navigate.
    expect(await udonPick.isChecked()).toBe(true);
    expect(await page.locator('.act-toolbar [role="status"]').first().textContent()).toBe('เลือกแล้ว 1 จังหวัด');
    expect(await page.locator('.province-map-outline').count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/ita/targeting');
    // A second click clears it everywhere.
    await udon.click();
    await expect.poll(() => udon.getAttribute('aria-checked')).toBe('false');
    expect(await udonRow.textContent()).not.toContain('✓');
    expect(await page.locator('.province-map-outline').count()).toBe(0);
    // The planner's own choice (its group's medium–low provinces) shows on the map.
    await page.getByTestId('plan-select-ml').click();
    const picked = Number((await page.locator('.act-toolbar [role="status"]').first().textContent())!.match(/\d+/)![0]);
    expect(picked).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.province-map [role="checkbox"][aria-checked="true"]').count()).toBe(picked);
    expect(await page.locator('.ita-targeting-table tbody tr', { hasText: '✓ เลือกไว้' }).count()).toBe(picked);
    await udon.click();
    await screenshot(page, 'map-targeting-1366');

    const serious = await seriousAxeFindings(page);
    expect(serious).toEqual([]);

    // Keyboard: Tab from the last filter reaches the first province of the map.
    await page.getByLabel('แสดงเฉพาะจังหวัดระดับปานกลาง–ต่ำ').focus();
    let focused: string | null = null;
    for (let i = 0; i < 12 && focused === null; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-province') ?? null);
    }
    expect(focused).not.toBeNull();
    const first = page.locator(`.province-map [data-province="${focused}"]`);
    const before = await first.getAttribute('aria-checked');
    await page.keyboard.press('Space');
    await expect.poll(() => first.getAttribute('aria-checked')).not.toBe(before);
    expect(new URL(page.url()).pathname).toBe('/ita/targeting');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/ita/provinces/${focused}`);
  });

  it('/ita/targeting fits a 390 px phone, the table after the map', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/ita/targeting`);
    await page.locator('.province-map [data-province]').first().waitFor();
    await page.locator('.province-map [data-province="41"]').click();
    const box = await page.locator('.province-map svg').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(box!.width).toBeGreaterThan(250);
    expect(await overflowsHorizontally(page)).toBe(false);
    const table = await page.locator('.ita-targeting-table').boundingBox();
    expect(table!.y).toBeGreaterThan(box!.y + box!.height);
    await screenshot(page, 'map-targeting-390');
  });

  it("a round's page: its provinces outlined and reading before → after, the same figures as its table; the rest plain", async () => {
    const page = await newPage({ viewport: { width: 1366, height: 1000 } });
    await page.goto(`${baseUrl}/activities`);
    await page.getByRole('heading', { name: /โครงการสาธิต/ }).waitFor();
    await page.getByRole('link', { name: 'ครั้งที่ 1' }).click();
    const inRound = page.locator('.act-round-map a[data-province]');
    await inRound.first().waitFor();
    // The demo round's four provinces are links with values; the other 73 are context only.
    expect(await inRound.count()).toBe(4);
    expect(await page.locator('.act-round-map .province-map-context').count()).toBe(73);
    expect(await page.locator('.act-round-map .province-map-outline').count()).toBe(4);
    const udon = page.locator('.act-round-map a[data-province="41"]');
    const label = (await udon.getAttribute('aria-label'))!;
    const [, before, after, change] = label.match(/^อุดรธานี: ([\d.]+) → ([\d.]+) \(([+−][\d.]+)\)/)!;
    const row = (await page.locator('.act-round-map ~ * tr', { hasText: 'อุดรธานี' }).first().textContent())!;
    for (const figure of [before!, after!, change!]) expect(row).toContain(figure);
    expect(await page.locator('.act-round-map .province-map-legend').textContent()).toContain('จังหวัดที่ไม่อยู่ในรอบนี้');
    await udon.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/ita/provinces/41');
  });
});
