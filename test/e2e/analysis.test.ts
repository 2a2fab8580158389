// Status, compare years, indices, downloads and the public /report in a real browser.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, overflowsHorizontally, screenshot } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

const BOM = [0xef, 0xbb, 0xbf];

describe.skipIf(!chromePath)('analysis journeys (real browser)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser(chromePath!);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('compare: changing a year updates the URL and the computed change', async () => {
    await page.goto(`${baseUrl}/compare?from=2566&to=2568`);
    const change = page.getByTestId('change-ITA-PASS');
    // ITA pass rate 80.94 % (2566) → 94.17 % (2568).
    await expect.poll(() => change.textContent()).toContain('+13.23');
    await page.getByLabel('ปี A', { exact: true }).selectOption('2567');
    await expect.poll(() => page.url()).toContain('from=2567');
    expect(page.url()).toContain('to=2568');
    // 92.44 % (2567) → 94.17 % (2568).
    await expect.poll(() => change.textContent()).toContain('+1.73');
    const row = page.locator('tr', { has: change });
    expect(await row.locator('.status-badge').allTextContents()).toEqual(['✓บรรลุเป้าหมาย', '✓บรรลุเป้าหมาย']);
    // CPI is an edition-year index: its cells name the edition.
    const cpiRow = page.locator('tr', { has: page.getByTestId('change-CPI-SCORE') });
    expect(await cpiRow.textContent()).toContain('ฉบับ 2024');
    await screenshot(page, 'compare-2567-2568');
  });

  it('compare: sorts by change and filters by strategy, keeping both in the URL', async () => {
    await page.goto(`${baseUrl}/compare?from=2566&to=2568`);
    await page.getByTestId('change-ITA-PASS').waitFor();
    await page.getByRole('button', { name: 'เรียงตามเปลี่ยนแปลง', exact: true }).click();
    await expect.poll(() => page.url()).toContain('sort=change');
    await page.getByRole('button', { name: 'เรียงตามเปลี่ยนแปลง', exact: true }).click();
    await expect.poll(() => page.url()).toContain('dir=desc');
    // The largest rise 2566 → 2568 (+13.23 points); poll: the URL changes before the table re-renders.
    await expect.poll(() => page.locator('.compare-table tbody tr').first().locator('th .muted').textContent()).toContain('ITA-PASS');
    await page.getByLabel('ยุทธศาสตร์', { exact: true }).selectOption('2');
    await expect.poll(() => page.url()).toContain('strategy=2');
    await expect.poll(() => page.locator('.compare-table tbody tr').count()).toBe(1);
  });

  it('compare: the table downloads as CSV (with a byte-order mark) and as XLSX', async () => {
    await page.goto(`${baseUrl}/compare?from=2567&to=2568`);
    await page.getByTestId('change-ITA-PASS').waitFor();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).first().click()]);
    const csv = readFileSync((await csvDownload.path())!);
    expect([...csv.subarray(0, 3)]).toEqual(BOM);
    const text = csv.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toContain('ตัวชี้วัด');
    const itaLine = text.split('\r\n').find((l) => l.includes('ITA-PASS'));
    expect(itaLine).toContain('1.73'); // the raw change, not the formatted text
    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel (XLSX)' }).first().click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await xlsxDownload.path())!) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getRow(1).getCell(1).value)).toBe('ตัวชี้วัด');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBeGreaterThan(5);
  });

  it('the dataset downloads: CSV with a byte-order mark and Thai headers, XLSX that exceljs opens', async () => {
    const csvRes = await page.request.get(`${baseUrl}/download/indicators.csv`);
    expect(csvRes.status()).toBe(200);
    const csv = await csvRes.body();
    expect([...csv.subarray(0, 3)]).toEqual(BOM);
    const header = csv.toString('utf8').slice(1).split('\r\n')[0]!;
    expect(header.startsWith('รหัสตัวชี้วัด,ชื่อตัวชี้วัด (ไทย),ชื่อตัวชี้วัด (อังกฤษ)')).toBe(true);
    expect(header).toContain('ปี พ.ศ.');
    expect(header).toContain('ปี ค.ศ.');

    const xlsxRes = await page.request.get(`${baseUrl}/download/indicators.xlsx`);
    expect(xlsxRes.headers()['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsxRes.body()) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('ตัวชี้วัด')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('รหัสตัวชี้วัด');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const ita = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'ITA-PASS' && r.getCell(6).value === 2568);
    expect(ita?.getCell(9).value).toBe(94.17);
  });

  it('indicator page explains its status and switches method', async () => {
    await page.goto(`${baseUrl}/indicators/CPI-SCORE`);
    const panel = page.locator('.why-status');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('ไม่เป็นไปตามแผน');
    expect(await panel.textContent()).toContain('เคลื่อนออกจากเป้าหมาย');
    await panel.getByLabel('อัตราการเติบโต (CAGR) เทียบที่ต้องการ').check();
    await expect.poll(() => page.url()).toContain('method=growth');
    await expect.poll(() => panel.textContent()).toContain('ถดถอย');
    expect(await panel.textContent()).toContain('ต่อปี');
    await screenshot(page, 'indicator-cpi-why-growth');
  });

  it('overview and strategy pages carry the same roll-ups; indices show CPI with its targets', async () => {
    await page.goto(`${baseUrl}/`);
    await page.locator('.strategy-card .rollup').first().waitFor();
    expect(await page.locator('.strategy-card .rollup').count()).toBe(5);
    const card2 = await page.locator('.strategy-card').nth(1).locator('.rollup').textContent();
    await page.goto(`${baseUrl}/strategies/2`);
    await page.locator('.strategy-status .rollup').waitFor();
    const page2 = await page.locator('.strategy-status .rollup-counts').textContent();
    expect(page2?.trim().length).toBeGreaterThan(0);
    expect(card2).toContain(page2!);
    // The overdue flag is on the dashboard (WGI's 2023 edition was due by Oct 2024).
    await page.goto(`${baseUrl}/indices`);
    await page.locator('.line-chart-reference line').first().waitFor({ state: 'attached' });
    expect(await page.locator('#cpi-h').textContent()).toContain('CPI');
    // The national targets are drawn as labelled reference lines: CPI score 50 (2022) and 57 (2027).
    await expect.poll(() => page.locator('.index-section').first().locator('svg text').allTextContents()).toEqual(
      expect.arrayContaining(['เป้าหมาย 2027 (2570): 57', 'เป้าหมาย 2022 (2565): 50']),
    );
    expect(await page.locator('.badge-overdue').count()).toBeGreaterThan(0);
    await screenshot(page, 'indices');
  });

  it('the pages fit a phone-width screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const path of ['/compare', '/indices', '/report']) {
      await phone.goto(`${baseUrl}${path}`);
      await phone.locator('main h1').first().waitFor();
      await phone.waitForLoadState('networkidle');
      expect(await overflowsHorizontally(phone), path).toBe(false);
    }
    await phone.close();
  });

  it('report: visitors see the plan status by strategy and the frozen packs made public, never the draft pack', async () => {
    await page.goto(`${baseUrl}/report`);
    await page.locator('.report-rollups .card').first().waitFor();
    // The plan, then each of the five strategies by name, each with its status.
    expect(await page.locator('.report-rollups .card').count()).toBe(6);
    expect(await page.locator('.report-rollups h3 a').first().textContent()).toContain('ยุทธศาสตร์ที่ 1');
    await page.locator('.report-packs .meeting-list li').first().waitFor();
    expect(await page.locator('.report-packs').textContent()).toContain('การประชุมสาธิต');
    expect(await page.locator('iframe.pack-frame').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain('ร่าง / DRAFT');
    expect((await fetch(`${baseUrl}/report/preview.html`)).status).toBe(401);
    await screenshot(page, 'report-public');
  });
});
