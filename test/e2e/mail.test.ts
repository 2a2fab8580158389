// E-mail in a real browser, through a real SMTP server: the secretariat gives a reporter an
// address and returns a value; the notice arrives (read from the SMTP sink) with the comment;
// its link opens the reporting page at that indicator's form; the secretariat sees it sent on
// the Outbox page; the reporter's account page and the signed unsubscribe link work.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type ServerProcess } from '../helpers/server-process';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';
import { browserPerFile, overflowsHorizontally, screenshot, signIn } from './browser';

const chromePath = inject('chromePath');

describe.skipIf(!chromePath)('e-mail notices (real browser, real SMTP server)', () => {
  const { newPage } = browserPerFile(chromePath!);
  const dir = mkdtempSync(join(tmpdir(), 'ethics-mail-e2e-'));
  let sink: SmtpSink;
  let server: ServerProcess;

  beforeAll(async () => {
    sink = await startSmtpSink();
    // PUBLIC_URL is unknown until the server has its port: the links use the loopback name the test opens.
    server = await startServer(join(dir, 'mail.db'), { SMTP_URL: `smtp://127.0.0.1:${sink.port}?ignoreTLS=true`, MAIL_FROM: 'Tracker <no-reply@tracker.test>' });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await sink?.close();
    rmSync(dir, { recursive: true, force: true });
  });


  it('a returned value reaches the reporter by e-mail; the link opens its form', async () => {
    const admin = await newPage();
    await signIn(admin, 'admin', 'demo-admin-2565', server.url);
    await admin.goto(`${server.url}/admin/users`);
    await admin.getByLabel('อีเมลของ reporter.ocsc').fill('Reporter.OCSC@agency.test');
    await admin.getByLabel('อีเมลของ reporter.ocsc').locator('xpath=following-sibling::button[1]').click();
    // Saved and reloaded: the stored address, lower-cased.
    await expect.poll(() => admin.getByLabel('อีเมลของ reporter.ocsc').inputValue()).toBe('reporter.ocsc@agency.test');
    await expect.poll(() => admin.getByLabel('อีเมลของ reporter.ocsc').locator('xpath=following-sibling::button[1]').isDisabled()).toBe(true);
    await screenshot(admin, 'mail-users-email');

    const reporter = await newPage();
    await signIn(reporter, 'reporter.ocsc', 'demo-ocsc-2565', server.url);
    const item = reporter.locator('section[data-indicator="S3-EX-01"]');
    await item.waitFor();
    await item.getByLabel(/^ค่า/).fill('150');
    await item.getByRole('button', { name: 'ส่งให้ตรวจ' }).click();
    await expect.poll(() => item.locator('.state-chip').textContent()).toBe('ส่งแล้ว รอตรวจ');

    await admin.goto(`${server.url}/review`);
    const row = admin.locator('tr', { hasText: 'S3-EX-01' }).filter({ hasText: 'OCSC' });
    await row.waitFor();
    await row.getByPlaceholder('เหตุผลที่ส่งกลับ').fill('กรุณาแนบรายชื่อผู้ผ่านการอบรม');
    await row.getByRole('button', { name: 'ส่งกลับ' }).click();
    await expect.poll(() => admin.locator('tr', { hasText: 'S3-EX-01' }).filter({ hasText: 'OCSC' }).count()).toBe(0);

    // The sender runs every 15 seconds.
    const [mail] = await sink.waitFor(1, 45_000);
    expect(mail!.subject).toMatch(/^ส่งคืนให้แก้ไข: S3-EX-01 ปี 25\d\d$/);
    expect((Array.isArray(mail!.to) ? mail!.to[0] : mail!.to)?.value[0]?.address).toBe('reporter.ocsc@agency.test');
    expect(mail!.text).toContain('กรุณาแนบรายชื่อผู้ผ่านการอบรม');
    expect(mail!.html).toContain('กรุณาแนบรายชื่อผู้ผ่านการอบรม');
    const link = /http:\/\/\S+\/reporting\?year=\d{4}&indicator=S3-EX-01/.exec(mail!.text ?? '')?.[0];
    expect(link).toBeTruthy();

    // Opened on a phone: the page lands on that indicator's form, with the comment and the value field focused.
    const phone = await newPage({ viewport: { width: 390, height: 844 } });
    await signIn(phone, 'reporter.ocsc', 'demo-ocsc-2565', server.url);
    await phone.goto(link!.replace(/^http:\/\/[^/]+/, server.url));
    const target = phone.locator('section.is-target[data-indicator="S3-EX-01"]');
    await target.waitFor();
    await expect.poll(() => phone.evaluate(() => document.activeElement?.closest('section')?.getAttribute('data-indicator'))).toBe('S3-EX-01');
    expect(await target.locator('.review-comment').textContent()).toContain('กรุณาแนบรายชื่อผู้ผ่านการอบรม');
    expect(await overflowsHorizontally(phone)).toBe(false);
    await phone.screenshot({ path: 'test-results/screenshots/mail-link-phone.png' });

    await admin.goto(`${server.url}/admin/outbox`);
    const sent = admin.locator('tr', { hasText: 'reporter.ocsc@agency.test' });
    await sent.waitFor();
    expect(await sent.textContent()).toContain('ส่งแล้ว');
    await sent.getByRole('button', { name: 'ดูข้อความ' }).click();
    await expect.poll(() => admin.locator('.outbox-text').textContent()).toContain('กรุณาแนบรายชื่อผู้ผ่านการอบรม');
    expect(await admin.locator('.outbox-text').textContent()).toContain('/unsubscribe?t=…');
    expect(await admin.locator('body').textContent()).toContain('ส่งผ่าน smtp://127.0.0.1');
    await screenshot(admin, 'mail-outbox');

    // The signed link in the e-mail turns returned-value notices off, after asking.
    const unsubscribe = /http:\/\/\S+\/unsubscribe\?t=[\w.%-]+/.exec(mail!.text ?? '')?.[0];
    expect(unsubscribe).toBeTruthy();
    const anyone = await newPage({ viewport: { width: 390, height: 844 } });
    await anyone.goto(unsubscribe!.replace(/^http:\/\/[^/]+/, server.url));
    await expect.poll(() => anyone.locator('main').textContent()).toContain('ค่าถูกส่งคืนให้แก้ไข');
    await anyone.getByRole('button', { name: 'หยุดรับอีเมลประเภทนี้' }).click();
    await expect.poll(() => anyone.locator('[role="status"]').textContent()).toContain('เรียบร้อย');
    await screenshot(anyone, 'mail-unsubscribed');

    await reporter.goto(`${server.url}/account`);
    const returnedBox = reporter.getByLabel('ค่าถูกส่งคืนให้แก้ไข');
    await returnedBox.waitFor();
    expect(await returnedBox.isChecked()).toBe(false);
    expect(await reporter.getByLabel('ค่าได้รับอนุมัติ').isChecked()).toBe(true);
    expect(await reporter.locator('main').textContent()).toContain('reporter.ocsc@agency.test');
    await screenshot(reporter, 'mail-account');
  }, 240_000);
});
