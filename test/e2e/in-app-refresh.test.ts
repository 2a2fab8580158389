// Journeys that stay inside one page load: after a save or an approval, other pages show the
// change without a reload, confirmations stay visible, and unsaved edits survive a refetch.
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, signIn } from './browser';

const chromePath = inject('chromePath');

describe.skipIf(!chromePath)('in-app refresh (real browser)', () => {
  const { newPage } = browserPerFile(chromePath!);

  it('a reporter sees the confirmation after saving a draft, then the submitted state', async () => {
    const reporter = await newPage();
    await signIn(reporter, 'reporter.udon', 'demo-udon-2565');
    const item = reporter.locator('section[data-indicator="S1-EX-02"]');
    await item.waitFor();
    // A yes/no indicator: the มี / ไม่มี radio buttons, not a typed 1.
    await item.getByRole('radio', { name: 'มี', exact: true }).check();
    await item.getByRole('button', { name: 'บันทึกร่าง' }).click();
    await expect.poll(() => item.locator('.ok-text').textContent()).toBe('บันทึกร่างแล้ว');
    await item.getByRole('button', { name: 'ส่งให้ตรวจ' }).click();
    await expect.poll(() => item.locator('.state-chip').textContent()).toBe('ส่งแล้ว รอตรวจ');
  });

  it('after an approval, the overview reached by the menu shows the new completeness without a reload', async () => {
    const admin = await newPage();
    await signIn(admin, 'admin', 'demo-admin-2565');
    await admin.getByRole('link', { name: 'ภาพรวม' }).click();
    const headline = admin.locator('.headline-completeness');
    await headline.waitFor();
    const before = await headline.textContent();
    await admin.getByRole('link', { name: 'ตรวจรับรอง' }).click();
    const row = admin.locator('tr', { hasText: 'S1-EX-02' }).filter({ hasText: 'อุดรธานี' });
    await row.waitFor();
    await row.getByRole('button', { name: 'อนุมัติ' }).click();
    await expect.poll(() => row.count()).toBe(0);
    await admin.getByRole('link', { name: 'ภาพรวม' }).click();
    await expect.poll(() => admin.locator('.headline-completeness').textContent()).not.toBe(before);
  });

  it('editing an indicator survives saving one of its targets', async () => {
    const admin = await newPage();
    await signIn(admin, 'admin', 'demo-admin-2565');
    await admin.getByRole('link', { name: 'จัดการแผน' }).click();
    await admin.locator('#pa-indicator').selectOption('S5-EX-01');
    const name = admin.locator('#ind-nameTh');
    await expect.poll(() => name.inputValue()).toContain('ร้อยละของเจ้าหน้าที่ของรัฐ');
    await name.fill('ชื่อที่กำลังแก้ ยังไม่บันทึก');
    const row2569 = admin.locator('tr', { has: admin.locator('th', { hasText: /^2569$/ }) });
    await row2569.getByLabel('ค่าใหม่ 2569').fill('81');
    await row2569.getByLabel('เหตุผลการปรับ 2569').fill('ทดสอบการปรับเป้าหมาย');
    await row2569.getByRole('button', { name: 'บันทึก' }).click();
    await expect.poll(() => row2569.locator('td').first().textContent()).toBe('81.0 %');
    // The refetch after the save did not throw away the unsaved name.
    expect(await name.inputValue()).toBe('ชื่อที่กำลังแก้ ยังไม่บันทึก');
  });
});
