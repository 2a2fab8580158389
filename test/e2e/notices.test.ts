// In-app notices in a real browser: a reporter whose value was returned sees an unread notice on
// the header's button, opens the list (keyboard and mouse), follows the notice to the indicator's
// form, and the count drops; "mark all read" empties it. Screenshots of the open list at 1366 and
// 390 px (the panel must fit a phone). Its own server: the notices depend on this file's writes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type ServerProcess } from '../helpers/server-process';
import { browserPerFile, overflowsHorizontally, SCREENSHOT_DIR, signIn } from './browser';

const chromePath = inject('chromePath');

describe.skipIf(!chromePath)('in-app notices (real browser)', () => {
  const { newPage } = browserPerFile(chromePath!);
  const dir = mkdtempSync(join(tmpdir(), 'ethics-notices-e2e-'));
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServer(join(dir, 'notices.db'));
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const bell = (page: Page) => page.getByRole('button', { name: /^การแจ้งเตือน/ });
  /** The button once its count is known (the first answer arrived). */
  const loaded = (page: Page) => page.locator('.notices-button[aria-busy="false"]').waitFor({ timeout: 30_000 });
  const poll = { timeout: 30_000 };
  /** The unread count the button's accessible name states (0 when it states none). */
  const nameOf = async (page: Page) => (await bell(page).getAttribute('aria-label')) ?? '';
  const unreadOf = async (page: Page) => Number(/ยังไม่อ่าน (\d+) รายการ/.exec(await nameOf(page))?.[1] ?? 0);

  it('a returned value is an unread notice in the header; opening it lands on the form and the count drops', async () => {
    // Visitors have no button and ask for no notices.
    const visitor = await newPage();
    const asked: string[] = [];
    visitor.on('request', (r) => r.url().includes('notification.mine') && asked.push(r.url()));
    await visitor.goto(`${server.url}/`);
    await visitor.locator('main h1').first().waitFor();
    expect(await bell(visitor).count()).toBe(0);
    expect(asked).toEqual([]);

    const reporter = await newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(reporter, 'reporter.ocsc', 'demo-ocsc-2565', server.url);
    const item = reporter.locator('section[data-indicator="S3-EX-01"]');
    await item.waitFor();
    await item.getByLabel(/^ค่า/).fill('150');
    await item.getByRole('button', { name: 'ส่งให้ตรวจ' }).click();
    await expect.poll(() => item.locator('.state-chip').textContent()).toBe('ส่งแล้ว รอตรวจ');
    await loaded(reporter);
    const before = await unreadOf(reporter);

    const admin = await newPage();
    await signIn(admin, 'admin', 'demo-admin-2565', server.url);
    await admin.goto(`${server.url}/review`);
    const row = admin.locator('tr', { hasText: 'S3-EX-01' }).filter({ hasText: 'OCSC' });
    await row.waitFor();
    await row.getByPlaceholder('เหตุผลที่ส่งกลับ').fill('กรุณาแนบรายชื่อผู้ผ่านการอบรม');
    await row.getByRole('button', { name: 'ส่งกลับ' }).click();
    await expect.poll(() => admin.locator('tr', { hasText: 'S3-EX-01' }).filter({ hasText: 'OCSC' }).count()).toBe(0);

    // The count is asked for again when the window regains focus (and every minute): a reload stands in.
    await reporter.goto(`${server.url}/`);
    await loaded(reporter);
    await expect.poll(() => unreadOf(reporter), poll).toBe(before + 1);
    expect(await reporter.getByRole('button', { name: `การแจ้งเตือน: ยังไม่อ่าน ${before + 1} รายการ`, exact: true }).count()).toBe(1);
    expect(await reporter.locator('.notices-badge').textContent()).toBe(String(before + 1));

    // Keyboard: focus the button, Enter opens the list, Escape closes it and gives focus back.
    await bell(reporter).focus();
    await reporter.keyboard.press('Enter');
    const panel = reporter.getByRole('region', { name: 'การแจ้งเตือน' });
    await panel.waitFor();
    expect(await bell(reporter).getAttribute('aria-expanded')).toBe('true');
    const first = panel.getByRole('link').first();
    await expect.poll(() => first.textContent(), poll).toContain('ส่งคืนให้แก้ไข: S3-EX-01');
    expect(await first.textContent()).toContain('กรุณาแนบรายชื่อผู้ผ่านการอบรม');
    expect(await first.textContent()).toContain('ยังไม่อ่าน');
    await reporter.screenshot({ path: `${SCREENSHOT_DIR}/notices-open-1366.png` });
    await reporter.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible(), poll).toBe(false);
    expect(await reporter.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^การแจ้งเตือน/);

    // Opening the notice lands on the indicator's form, and the notice is read.
    await bell(reporter).click();
    await first.click();
    await expect.poll(() => reporter.url(), poll).toMatch(/\/reporting\?year=\d{4}&indicator=S3-EX-01/);
    await reporter.locator('section.is-target[data-indicator="S3-EX-01"]').waitFor();
    await expect.poll(() => unreadOf(reporter), poll).toBe(before);

    // On a phone: the open list fits the screen, Thai and all.
    const phone = await newPage({ viewport: { width: 390, height: 844 } });
    await signIn(phone, 'reporter.ocsc', 'demo-ocsc-2565', server.url);
    await loaded(phone);
    await bell(phone).click();
    const phonePanel = phone.getByRole('region', { name: 'การแจ้งเตือน' });
    await expect.poll(() => phonePanel.getByRole('link').first().textContent(), poll).toContain('S3-EX-01');
    const box = (await phonePanel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await overflowsHorizontally(phone)).toBe(false);
    await phone.screenshot({ path: `${SCREENSHOT_DIR}/notices-open-390.png` });

    // "Mark all read" leaves the button without a count.
    if (before > 0) {
      await phonePanel.getByRole('button', { name: 'อ่านแล้วทั้งหมด' }).click();
      await expect.poll(() => nameOf(phone), poll).toBe('การแจ้งเตือน');
    }
  }, 180_000);
});
