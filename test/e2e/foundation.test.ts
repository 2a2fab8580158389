import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, overflowsHorizontally, screenshot } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

describe.skipIf(!chromePath)('foundation journeys (real browser)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser(chromePath!);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('overview shows the plan texts, five strategies and real CPI/ITA charts', async () => {
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('ยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม');
    const body = await page.locator('main').textContent();
    expect(body).toContain('เจ้าหน้าที่ของรัฐเป็นที่เชื่อถือและไว้วางใจได้');
    expect(body).toContain('ไม่มีข้อยกเว้น ไม่มีข้อกังขา และไม่สูญเปล่า');
    for (const title of [
      'การสร้างมาตรฐานทางจริยธรรมภายในหน่วยงานของรัฐ',
      'การส่งเสริมการนำมาตรฐานทางจริยธรรมไปใช้ในการบริหารงานบุคคล',
      'การรวมพลังทุกภาคส่วนในการสร้างสังคม-วัฒนธรรมทางจริยธรรม',
    ]) {
      expect(body).toContain(title);
    }
    expect(await page.locator('.strategy-card').count()).toBe(5);
    // Both charts draw real points (one dot per value).
    await page.locator('svg[data-chart] .line-chart-dot').first().waitFor();
    const dots = await page.locator('.chart').first().locator('.line-chart-dot').count();
    expect(dots).toBeGreaterThan(10);
    // The CPI card states the real 2025 edition value and its source.
    const cpiCard = page.locator('.headline-card').first();
    expect(await cpiCard.textContent()).toContain('33');
    expect(await cpiCard.locator('a.source-link').getAttribute('href')).toMatch(/^https?:/);
    // Thai text is drawn with the app's Thai face (the device's Thai font, else Sarabun), not a fallback.
    const fontOk = await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('App Thai') && f.status === 'loaded'));
    expect(fontOk).toBe(true);
    await screenshot(page, 'overview-th');
  });

  it('a strategy page lists its measures, indicators with trend lines and badged examples', async () => {
    await page.goto(`${baseUrl}/strategies/1`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('การสร้างมาตรฐานทางจริยธรรมภายในหน่วยงานของรัฐ');
    const rows = page.locator('.indicator-row');
    expect(await rows.count()).toBeGreaterThan(0);
    // Every example indicator carries the badge.
    expect(await rows.first().locator('.badge-example').count()).toBe(1);
    await page.locator('.sparkline svg').first().waitFor();
    await screenshot(page, 'strategy-1');
  });

  it('an indicator page shows the chart, the same numbers as a table and its sources', async () => {
    await page.goto(`${baseUrl}/indicators/CPI-SCORE`);
    await page.locator('svg[data-chart] .line-chart-dot').first().waitFor();
    const table = page.locator('table').first();
    const text = await table.textContent();
    expect(text).toContain('2024 (2567)');
    expect(text).toContain('34');
    expect(await table.locator('a.source-link').count()).toBeGreaterThan(5);
    await screenshot(page, 'indicator-cpi-th');
  });

  it('a per-agency indicator lists the approved agency values behind its national figure', async () => {
    await page.goto(`${baseUrl}/indicators/S3-EX-01`);
    const section = page.locator('section[aria-labelledby="agency-values-h"]');
    await section.locator('tbody tr').first().waitFor();
    // The demo seed approves 2568 values for OCSC and Udon Thani; the largest comes first.
    expect(await section.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    await section.getByLabel('ค้นหาหน่วยงาน').fill('อุดรธานี');
    await expect.poll(() => section.locator('tbody tr').count()).toBe(1);
    expect(await section.locator('tbody tr').first().textContent()).toContain('P41');
  });

  it('switches to English and to the Common Era, keeping both in the URL', async () => {
    await page.goto(`${baseUrl}/indicators/ITA-PASS`);
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('button', { name: 'C.E.' }).click();
    await expect.poll(() => page.url()).toContain('lang=en');
    await expect.poll(() => page.url()).toContain('cal=ce');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Share of agencies passing the ITA');
    // FY 2568 shown as 2025 (poll: the two URL changes may render one after the other).
    await expect.poll(() => page.locator('table').first().textContent()).toContain('2025');
    expect(await page.locator('table').first().textContent()).not.toContain('2568');
    // A link followed from here keeps the choice.
    await page.getByRole('link', { name: 'Overview' }).click();
    await expect.poll(() => page.url()).toContain('lang=en');
    await expect.poll(() => page.locator('main').textContent()).toContain('Trusted Public Officers');
    await screenshot(page, 'overview-en-ce');
  });

  it('works from the keyboard: skip link first, then the language switch', async () => {
    const kb = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await kb.goto(`${baseUrl}/`);
    await kb.locator('main h1').waitFor();
    await kb.keyboard.press('Tab');
    expect(await kb.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await kb.keyboard.press('Enter');
    await expect.poll(() => kb.url()).toContain('#main');
    // Tab on to the EN button and press it with Space.
    await kb.goto(`${baseUrl}/`);
    await kb.locator('main h1').waitFor();
    for (let i = 0; i < 10; i++) {
      await kb.keyboard.press('Tab');
      if ((await kb.evaluate(() => document.activeElement?.textContent)) === 'EN') break;
    }
    await kb.keyboard.press('Space');
    await expect.poll(() => kb.url()).toContain('lang=en');
    await expect.poll(() => kb.locator('main h1').textContent()).toContain('Strategy on Ethical Standards');
    await kb.close();
  });

  it('fits a phone-width screen without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    for (const path of ['/', '/strategies/2', '/indicators/CPI-RANK', '/quick-wins']) {
      await phone.goto(`${baseUrl}${path}`);
      await phone.locator('main h1').first().waitFor();
      await phone.waitForLoadState('networkidle');
      expect(await overflowsHorizontally(phone), path).toBe(false);
    }
    await phone.goto(`${baseUrl}/`);
    await phone.locator('svg[data-chart] .line-chart-dot').first().waitFor();
    await screenshot(phone, 'overview-phone');
    await phone.close();
  });

  it('filters Quick Wins by level through the URL', async () => {
    await page.goto(`${baseUrl}/quick-wins?level=local`);
    await page.locator('.quick-win').first().waitFor();
    const count = await page.locator('.quick-win').count();
    expect(count).toBe(3);
    expect(await page.locator('.quick-win .badge-example').count()).toBe(count);
    await page.getByLabel('ระดับ', { exact: true }).selectOption('central');
    await expect.poll(() => page.url()).toContain('level=central');
    await expect.poll(() => page.locator('.quick-win').count()).toBe(2);
  });

  it('answers a deep link to an unknown page with the app and a not-found message', async () => {
    await page.goto(`${baseUrl}/no/such/page`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('ไม่พบหน้าที่ต้องการ');
  });
});
