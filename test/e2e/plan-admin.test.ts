// The secretariat revises a yearly target in the browser; the revision keeps the original,
// which the public indicator page then shows beside the new value.
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, screenshot, signIn } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');


describe.skipIf(!chromePath)('plan administration (real browser)', () => {
  const { newPage } = browserPerFile(chromePath!);

  it('an anonymous visitor is asked to sign in and sees no editor', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/admin/plan`);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('หน้านี้ต้องเข้าสู่ระบบ');
    expect(await page.locator('#pa-indicator').count()).toBe(0);
  });

  it('admin revises a target with a reason; the public page shows the original beside it', async () => {
    const page = await newPage();
    await signIn(page, 'admin', 'demo-admin-2565');
    await page.getByRole('link', { name: 'จัดการแผน' }).click();
    await page.locator('#pa-indicator').selectOption('S4-EX-01');
    const row2570 = page.locator('tr', { has: page.locator('th', { hasText: /^2570$/ }) });
    await row2570.waitFor();
    expect(await row2570.locator('td').first().textContent()).toBe('130');

    // Without a reason the shared schema refuses before anything is sent.
    await row2570.getByLabel('ค่าใหม่ 2570').fill('140');
    await row2570.getByRole('button', { name: 'บันทึก' }).click();
    await expect.poll(() => row2570.locator('.error-text').first().textContent()).toContain('เหตุผล');
    expect(await row2570.locator('td').first().textContent()).toBe('130');

    await row2570.getByLabel('เหตุผลการปรับ 2570').fill('มติ ก.ม.จ. ครั้งที่ 2/2568 ปรับเป้าหมาย');
    await row2570.getByRole('button', { name: 'บันทึก' }).click();
    await expect.poll(() => row2570.locator('td').first().textContent()).toBe('140');
    expect(await row2570.textContent()).toContain('มติ ก.ม.จ. ครั้งที่ 2/2568 ปรับเป้าหมาย');
    await screenshot(page, 'plan-admin-targets');

    const visitor = await newPage();
    await visitor.goto(`${baseUrl}/indicators/S4-EX-01`);
    const table = visitor.locator('table').first();
    await table.waitFor();
    await expect.poll(() => table.locator('tr', { hasText: '2570' }).textContent()).toContain('เป้าหมายเดิม 130');
    expect(await visitor.locator('main').textContent()).toContain('ประวัติการปรับค่าเป้าหมาย');
  });
});
