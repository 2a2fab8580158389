// The reporting journey in a real browser: a reporter saves a draft and submits, the
// secretariat approves, a visitor sees the published value; a second value is returned
// with a comment the reporter then reads. Uses the demo accounts the start command seeds.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, screenshot, signIn } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');


describe.skipIf(!chromePath)('reporting journeys (real browser)', () => {
  const { newPage } = browserPerFile(chromePath!);
  const card = (page: Page, code: string) => page.locator(`section[data-indicator="${code}"]`);

  it('reporter saves a draft and submits; the admin approves; a visitor sees the value', async () => {
    const reporter = await newPage();
    await signIn(reporter, 'reporter.ocsc', 'demo-ocsc-2565');
    await expect.poll(() => reporter.url()).toContain('/reporting');
    const item = card(reporter, 'S1-EX-01');
    await item.waitFor();
    expect(await item.locator('.state-chip').textContent()).toBe('ยังไม่เริ่ม');
    // The shared rule refuses 120 % in the browser before anything is sent.
    await item.getByLabel(/^ค่า/).fill('120');
    await item.getByRole('button', { name: 'บันทึกร่าง' }).click();
    await expect.poll(() => item.locator('.error-text').first().textContent()).toContain('ต้องไม่เกิน 100');
    await item.getByLabel(/^ค่า/).fill('88.5');
    await item.getByLabel('หมายเหตุ').fill('สรุปจากรายงานประจำปี');
    await item.getByRole('button', { name: 'บันทึกร่าง' }).click();
    await expect.poll(() => item.locator('.state-chip').textContent()).toBe('ร่าง');
    await item.getByRole('button', { name: 'ส่งให้ตรวจ' }).click();
    await expect.poll(() => item.locator('.state-chip').textContent()).toBe('ส่งแล้ว รอตรวจ');
    await screenshot(reporter, 'reporting-submitted');

    const admin = await newPage();
    await signIn(admin, 'admin', 'demo-admin-2565');
    await admin.goto(`${baseUrl}/review`);
    const row = admin.locator('tr', { hasText: 'S1-EX-01' });
    await row.waitFor();
    expect(await row.textContent()).toContain('88.5');
    await screenshot(admin, 'review-queue');
    await row.getByRole('button', { name: 'อนุมัติ' }).click();
    await expect.poll(() => admin.locator('tr', { hasText: 'S1-EX-01' }).count()).toBe(0);

    const visitor = await newPage();
    await visitor.goto(`${baseUrl}/indicators/S1-EX-01`);
    await visitor.locator('table').first().waitFor();
    await expect.poll(() => visitor.locator('table').first().textContent()).toContain('88.5');
    expect(await visitor.locator('.account-link').textContent()).toBe('เข้าสู่ระบบ');
    await screenshot(visitor, 'indicator-published');
    // And the reporter now sees it approved.
    await reporter.reload();
    await expect.poll(() => card(reporter, 'S1-EX-01').locator('.state-chip').textContent()).toBe('อนุมัติแล้ว');
  });

  it('a second value is returned with a comment the reporter then sees', async () => {
    const reporter = await newPage();
    await signIn(reporter, 'reporter.ocsc', 'demo-ocsc-2565');
    const item = card(reporter, 'S3-EX-01');
    await item.waitFor();
    await item.getByLabel(/^ค่า/).fill('150');
    await item.getByRole('button', { name: 'ส่งให้ตรวจ' }).click();
    await expect.poll(() => item.locator('.state-chip').textContent()).toBe('ส่งแล้ว รอตรวจ');

    const admin = await newPage();
    await signIn(admin, 'admin', 'demo-admin-2565');
    await admin.goto(`${baseUrl}/review`);
    const row = admin.locator('tr', { hasText: 'S3-EX-01' }).filter({ hasText: 'OCSC' });
    await row.waitFor();
    await row.getByPlaceholder('เหตุผลที่ส่งกลับ').fill('กรุณาแนบรายชื่อผู้ผ่านการอบรม');
    await row.getByRole('button', { name: 'ส่งกลับ' }).click();
    await expect.poll(() => admin.locator('tr', { hasText: 'S3-EX-01' }).filter({ hasText: 'OCSC' }).count()).toBe(0);

    await reporter.reload();
    const returned = card(reporter, 'S3-EX-01');
    await expect.poll(() => returned.locator('.state-chip').textContent()).toBe('ส่งกลับแก้ไข');
    expect(await returned.locator('.review-comment').textContent()).toContain('กรุณาแนบรายชื่อผู้ผ่านการอบรม');
    await screenshot(reporter, 'reporting-returned');
    // Signing out hides the reporting page again.
    await reporter.getByRole('button', { name: 'ออกจากระบบ' }).click();
    await reporter.locator('.account-link').waitFor();
    await reporter.goto(`${baseUrl}/reporting`);
    await expect.poll(() => reporter.locator('main').textContent()).toContain('หน้านี้ต้องเข้าสู่ระบบ');
  });
});
