// ITA journeys in a real browser, against the start command's demo seed (demo ITA 2565–2568):
// the admin checks and imports a small results file; /ita draws the national chart; searching
// an agency opens its profile; /ita/targeting lists the medium–low provinces of a year.
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, overflowsHorizontally, screenshot, signIn } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

const HEADER = 'agency_code,total,iit,eit,oit';
const csvFile = (lines: string[]) => ({ name: 'ita-2564.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`) });

describe.skipIf(!chromePath)('ITA journeys (real browser)', () => {
  const { newPage } = browserPerFile(chromePath!);

  it('admin checks a file with an error, then imports a small file', async () => {
    const page = await newPage();
    await signIn(page, 'admin', 'demo-admin-2565');
    await page.goto(`${baseUrl}/ita/import`);
    await page.getByRole('heading', { level: 1, name: 'นำเข้าผลการประเมิน ITA' }).waitFor();
    // 2564 holds no results yet: the import adds that year and touches nothing else.
    await page.getByLabel('ปีงบประมาณ (พ.ศ.)').fill('2564');
    const commit = page.getByRole('button', { name: /นำเข้าและแทนที่ผลปี/ });

    await page.getByLabel('ไฟล์', { exact: true }).setInputFiles(csvFile(['P71,88.5,90,86,89', 'P70,105,90,90,90', 'OCSC,91,92,93,90']));
    await page.getByRole('button', { name: 'ตรวจสอบไฟล์' }).click();
    const errors = page.locator('.ita-import-errors table');
    await errors.waitFor();
    const errorRow = await errors.locator('tbody tr').first().textContent();
    expect(errorRow).toContain('3'); // header is row 1: the second data row is row 3
    expect(errorRow).toContain('total');
    expect(errorRow).toContain('105');
    expect(await errors.locator('tbody tr').count()).toBe(1);
    // A file with errors cannot be committed: there is no commit button.
    expect(await commit.count()).toBe(0);
    await screenshot(page, 'ita-import-errors');

    await page.getByLabel('ไฟล์', { exact: true }).setInputFiles(csvFile(['P71,88.5,90,86,89', 'P70,84.2,90,80,83', 'OCSC,91,92,93,90']));
    await page.getByRole('button', { name: 'ตรวจสอบไฟล์' }).click();
    await expect.poll(() => page.getByTestId('ita-import-diff').textContent()).toContain('เพิ่ม 3');
    expect(await commit.isDisabled()).toBe(false);
    await commit.click();
    await expect.poll(() => page.getByTestId('ita-import-report').textContent()).toContain('นำเข้าแล้ว 3 หน่วยงาน');
    // The import log names the file and the admin.
    const log = page.locator('section', { has: page.getByRole('heading', { name: 'ประวัติการนำเข้า' }) });
    await expect.poll(() => log.locator('tbody tr').first().textContent()).toContain('ita-2564.csv');
    await screenshot(page, 'ita-import-done');
  });

  it('/ita shows the national chart against the target, labelled as demo data', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/ita`);
    const national = page.getByTestId('ita-national');
    await national.locator('svg[data-chart] .line-chart-dot').first().waitFor();
    const table = await national.locator('table').textContent();
    // The year imported by the previous test (2564) sits beside the demo years 2565–2568.
    expect(table).toContain('2564');
    expect(table).toContain('93.82');
    expect(table).toContain('7,832');
    expect(await national.locator('.badge-demo').count()).toBeGreaterThan(0);
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'ita-analytics');
  });

  it('searching an agency opens its profile', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/ita`);
    await page.getByLabel('ค้นหาหน่วยงาน').fill('DEMO-SAO-71-001');
    const agencies = page.locator('section', { has: page.locator('#ita-agencies-h') });
    // The first load of /ita (six queries) may still be answering when the search starts.
    await expect.poll(() => agencies.locator('tbody tr').count(), { timeout: 15_000 }).toBe(1);
    expect(page.url()).toContain('q=DEMO-SAO-71-001');
    await agencies.getByRole('link', { name: 'หน่วยงานสาธิต อบต. แห่งที่ 1 จังหวัดกาญจนบุรี' }).click();
    await expect.poll(() => page.url()).toContain('/ita/agencies/DEMO-SAO-71-001');
    await expect.poll(() => page.locator('h1').textContent()).toContain('หน่วยงานสาธิต อบต. แห่งที่ 1 จังหวัดกาญจนบุรี');
    expect(await page.locator('h1 .badge-demo').count()).toBe(1);
    await page.locator('svg[data-chart] .line-chart-dot').first().waitFor();
    const results = await page.locator('table').first().textContent();
    expect(results).toContain('2568');
    await screenshot(page, 'ita-agency-profile');
  });

  it('/ita/targeting lists the medium–low provinces for a year', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/ita/targeting?year=2567&only=1`);
    const status = page.getByRole('status').filter({ hasText: 'จังหวัดระดับปานกลาง–ต่ำ' });
    await expect.poll(() => status.textContent()).toMatch(/จังหวัดระดับปานกลาง–ต่ำ \d+ จาก 77 จังหวัด/);
    const n = Number(/ปานกลาง–ต่ำ (\d+) จาก/.exec((await status.textContent()) ?? '')?.[1]);
    expect(n).toBeGreaterThan(0);
    const rows = page.locator('.ita-targeting-table tbody tr');
    await expect.poll(() => rows.count()).toBe(n);
    const bands = await rows.locator('.band').allTextContents();
    expect(bands).toHaveLength(n);
    expect(bands.every((b) => b === 'ปานกลาง' || b === 'ต่ำ')).toBe(true);
    // Thresholds can be set by hand: with a medium band starting at 0 nothing is "low".
    await page.getByLabel('ระดับปานกลางตั้งแต่').fill('0');
    await expect.poll(async () => (await rows.locator('.band').allTextContents()).includes('ต่ำ')).toBe(false);
    await screenshot(page, 'ita-targeting');
  });
});
