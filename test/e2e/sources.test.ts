// Primary sources and dates, and real figures on real agencies, in the browser: a CPI edition
// with Transparency International's page and its publication date (both calendars), /ita in
// C.E. mode without a B.E. year, and สตง.'s published 2568 result with its source.
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, screenshot } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

/** Years 2540–2599 (B.E.) in Arabic or Thai digits. */
const BE_YEAR = /(?<!\d)25[4-9]\d(?!\d)/;
const toArabic = (text: string) => text.replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d)));

describe.skipIf(!chromePath)('sources, dates and real figures (real browser)', () => {
  const { newPage } = browserPerFile(chromePath!);

  it('a CPI edition links to its Transparency International page first and says when it was published', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/indices`);
    const latest = page.getByTestId('cpi-latest');
    await latest.waitFor();
    // An edition is named by its C.E. year, with the B.E. one beside it in B.E. mode.
    expect(await latest.innerText()).toMatch(/ฉบับล่าสุด 2025 \(2568\).*คะแนน 33.*อันดับ 116 จาก 182.*เผยแพร่ 10 ก\.พ\. 2569/s);
    expect(await latest.locator('a').getAttribute('href')).toBe('https://www.transparency.org/en/cpi/2025');
    // In the table every edition's first link is its TI page.
    const table = page.locator('table', { has: page.locator('caption', { hasText: 'CPI รายฉบับ' }) });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(14);
    for (let i = 0; i < 14; i++) {
      const first = await rows.nth(i).locator('.sources a').first().getAttribute('href');
      expect(first).toMatch(/^https:\/\/www\.transparency\.org\/en\/cpi\/20\d\d$/);
    }
    // The NACC action plan rank targets with their source; no invented date for 2024's edition.
    await expect.poll(() => page.locator('table', { has: page.locator('caption', { hasText: 'ค่าเป้าหมายระดับชาติของ CPI' }) }).innerText()).toContain('infoquest.co.th');
    await screenshot(page, 'sources-cpi');

    await page.goto(`${baseUrl}/indices?cal=ce`);
    await page.getByTestId('cpi-latest').waitFor();
    const ce = await page.getByTestId('cpi-latest').innerText();
    expect(ce).toMatch(/ฉบับล่าสุด 2025.*เผยแพร่ 10 ก\.พ\. 2026/s);
    expect(ce).not.toMatch(/256\d|2569/);
  });

  it('/ita in C.E. mode has no B.E. year in its text, and says whose target is official', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/ita?cal=ce`);
    await page.getByTestId('ita-national').locator('table').waitFor();
    await page.waitForLoadState('networkidle');
    const text = toArabic(await page.locator('body').innerText());
    expect(text).toContain('ยกยอดโดยฝ่ายเลขานุการ — ไม่ใช่ตัวเลขทางการ');
    expect(text).toMatch(/เผยแพร่ 15 ส\.ค\. 2025/);
    expect(text.split('\n').filter((line) => BE_YEAR.test(line))).toEqual([]);
    await screenshot(page, 'sources-ita-ce');
  });

  it('สตง. shows its published 2568 result, 94.64 "ผ่าน", with its source, and no generated score', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/ita/agencies/OAG`);
    const table = page.locator('table', { has: page.locator('caption', { hasText: 'ผลการประเมิน' }) }).first();
    await table.waitFor();
    const row2568 = table.locator('tbody tr', { hasText: '2568' });
    const text = await row2568.innerText();
    expect(text).toContain('94.64');
    // The rating as published, not recomputed from the total (which is in the ผ่านดี band).
    expect(await row2568.locator('.grade-chip').innerText()).toBe('ผ่าน');
    expect(text).toContain('แหล่งข้อมูลทุติยภูมิ');
    expect(await row2568.locator('a[href*="mgronline.com"]').count()).toBe(1);
    // The agency is real (no demo badge on it); the type means beside it are demo figures and say so.
    expect(await page.locator('main h1 .badge-demo').count()).toBe(0);
    expect(await page.locator('#ita-agency-trend-h .badge-demo').count()).toBe(1);
    await screenshot(page, 'sources-oag');
  });
});
