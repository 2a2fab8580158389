// Nothing lost by one click: a 4-row file over a full demo year (2568, ~8,300 agencies) shows
// the removals as a warning, the commit waits for the year typed back, and the import is undone
// by restoring the previous version — which brings the year back exactly.
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, overflowsHorizontally, screenshot, signIn } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

const HEADER = 'agency_code,total,iit,eit,oit';
const csvFile = (lines: string[]) => ({ name: 'ita-2568-four.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`) });

describe.skipIf(!chromePath)('safe ITA import (real browser)', () => {
  const { newPage } = browserPerFile(chromePath!);

  it('warns of removals, asks for the year, and undoes the import by restoring the previous version', async () => {
    const page = await newPage();
    await signIn(page, 'admin', 'demo-admin-2565');
    const national = async () => {
      await page.goto(`${baseUrl}/ita`);
      const table = page.getByTestId('ita-national').locator('table');
      await table.waitFor();
      return table.textContent();
    };
    const before = await national();

    await page.goto(`${baseUrl}/ita/import`);
    await page.getByLabel('ปีงบประมาณ (พ.ศ.)').fill('2568');
    await page.getByLabel('ไฟล์', { exact: true }).setInputFiles(csvFile(['P71,88.5,90,86,89', 'P70,84.2,90,80,83', 'OCSC,91,92,93,90', 'NACC,95,95,95,95']));
    await page.getByRole('button', { name: 'ตรวจสอบไฟล์' }).click();
    // Polled on the whole page's text so that, should the check not come back (it failed once in CI
    // and never here), the failure shows what the page said instead of a bare timeout.
    await expect
      .poll(async () => (await page.locator('main').textContent()) ?? '', { timeout: 60_000 })
      .toMatch(/คำเตือน: จะนำ/);
    const warning = page.getByTestId('ita-import-removals');
    expect(await warning.textContent()).toMatch(/คำเตือน: จะนำ [\d,]+ จาก [\d,]+ หน่วยงานออกจากผลปี 2568 เหลือ 4 หน่วยงาน/);
    const commit = page.getByRole('button', { name: 'นำเข้าและแทนที่ผลปี 2568' });
    expect(await commit.isDisabled()).toBe(true);
    const confirm = page.getByLabel('พิมพ์ปี 2568 เพื่อยืนยัน');
    await confirm.fill('2567');
    expect(await commit.isDisabled()).toBe(true);
    await screenshot(page, 'safe-import-warning');
    // Thai digits are a year too.
    await confirm.fill('๒๕๖๘');
    expect(await commit.isDisabled()).toBe(false);
    await commit.click();
    await expect.poll(() => page.getByTestId('ita-import-report').textContent(), { timeout: 30_000 }).toContain('นำเข้าแล้ว 4 หน่วยงาน')
    await screenshot(page, 'safe-import-committed');

    await page.getByRole('button', { name: 'ยกเลิกการนำเข้านี้ (เรียกคืนฉบับก่อนหน้า)' }).click();
    const restore = page.getByTestId('ita-restore');
    await restore.waitFor();
    const restoreButton = page.getByRole('button', { name: 'เรียกคืนผลปี 2568 ตามฉบับนี้' });
    expect(await restoreButton.isDisabled()).toBe(true);
    await page.getByLabel('พิมพ์ปี 2568 เพื่อยืนยัน').fill('2568');
    await page.getByLabel('เหตุผล (บันทึกในประวัติการแก้ไข)').fill('นำเข้าไฟล์ผิด');
    await screenshot(page, 'safe-import-restore-preview');
    await restoreButton.click();
    await expect.poll(() => restore.textContent(), { timeout: 30_000 }).toContain('เรียกคืนผลปี 2568 ตามฉบับ');
    await screenshot(page, 'safe-import-restored');

    // The national figures are exactly what they were.
    expect(await national()).toBe(before);
  });

  it('fits a phone', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, 'admin', 'demo-admin-2565');
    await page.goto(`${baseUrl}/ita/import`);
    await page.getByRole('heading', { level: 1, name: 'นำเข้าผลการประเมิน ITA' }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'safe-import-phone');
  });
});
