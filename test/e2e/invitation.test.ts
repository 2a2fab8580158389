// Accounts without hand-delivered passwords, in a real browser (issue 12): the secretariat invites a
// reporter; the invitation travels through the outbox and a real SMTP server (smtp-server on
// localhost); the reporter opens the link from the message, sets a password (a weak one is refused
// with a hint), cannot use the link again, signs in with their address and sees the open period.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDb } from '../../db/client';
import { migrateDb } from '../../db/migrate';
import { users } from '../../db/schema';
import { seedAll } from '../../db/seed';
import { hashPassword } from '../../server/accounts/passwords';
import { createPeriod } from '../../server/reporting/periods';
import { isoDay } from '../helpers/reporting';
import { freePort, startServer, type ServerProcess } from '../helpers/server-process';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';
import { insertUser } from '../helpers/users';
import { browserPerFile, screenshot } from './browser';

const chromePath = inject('chromePath');
const ADMIN_PASSWORD = 'secretariat lantern orchid';
const REPORTER_PASSWORD = 'seventy quiet rivers of udon';

describe.skipIf(!chromePath)('an invited reporter sets their own password (real browser, real SMTP)', () => {
  const { newPage } = browserPerFile(chromePath!);
  const dir = mkdtempSync(join(tmpdir(), 'invitation-e2e-'));
  let sink: SmtpSink;
  let server: ServerProcess;
  let port = 0;

  beforeAll(async () => {
    sink = await startSmtpSink();
    const db = openDb(join(dir, 'e2e.db'));
    migrateDb(db);
    seedAll(db);
    const admin = insertUser(db, 'admin', undefined, 'secretariat');
    db.update(users).set({ passwordHash: await hashPassword(ADMIN_PASSWORD) }).run();
    // The period open today, with its deadline in three weeks.
    createPeriod(db, admin, { year: 2570, opensOn: isoDay(-5), deadline: isoDay(21), locked: false });
    db.$client.close();
    // A server whose sender delivers to the sink; links point at the server itself.
    port = await freePort();
    server = await startServer(join(dir, 'e2e.db'), {
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      SEED_ON_EMPTY: '0',
      SMTP_URL: `smtp://127.0.0.1:${sink.port}?ignoreTLS=true`,
      RATE_LIMIT_PER_MINUTE: '100000',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    });
    // Our PORT wins over the helper's, so wait for the server where it really listens.
    for (let i = 0; i < 480; i++) {
      if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    await sink?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('invite → e-mail → set password once → sign in with the address → the open period', async () => {
    const base = `http://127.0.0.1:${port}`;
    // The secretariat invites a reporter of the OCSC from the users page.
    const admin = await newPage();
    await admin.goto(`${base}/login`);
    await admin.getByLabel('ชื่อผู้ใช้หรืออีเมล').fill('secretariat');
    await admin.getByLabel('รหัสผ่าน', { exact: true }).fill(ADMIN_PASSWORD);
    await admin.getByRole('button', { name: 'เข้าสู่ระบบ' }).last().click();
    await admin.locator('.account-name').waitFor();
    await admin.goto(`${base}/admin/users`);
    const invite = admin.locator('section[aria-labelledby="inv-h"]');
    await invite.getByLabel('ชื่อ–นามสกุล').fill('ปราณี ศรีสุข');
    await invite.getByLabel('อีเมล', { exact: true }).fill('pranee.s@ocsc.go.th');
    await invite.getByLabel('หน่วยงาน (รหัส สำหรับผู้รายงาน)').fill('OCSC');
    await invite.getByRole('button', { name: 'ส่งคำเชิญ' }).click();
    await expect.poll(() => invite.locator('.ok-text, .error-text').first().textContent(), { timeout: 15_000 }).toContain('pranee.s');
    await screenshot(admin, 'invitation-admin-sent');

    // The sender (every 15 s) delivers the invitation to the SMTP server.
    const [mail] = await sink.waitFor(1, 60_000);
    expect(mail!.to && 'text' in mail!.to ? mail!.to.text : '').toContain('pranee.s@ocsc.go.th');
    expect(mail!.subject).toContain('คำเชิญ');
    const link = /http:\/\/127\.0\.0\.1:\d+\/welcome\?t=[A-Za-z0-9_-]+/.exec(mail!.text ?? '')?.[0];
    expect(link).toBeTruthy();
    expect(mail!.html).toContain(link!);

    // The reporter opens the link on a phone: a weak password is refused with the reason, then a good one is set.
    const phone = await newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(link!);
    await expect.poll(() => phone.locator('main, body').first().textContent(), { timeout: 20_000 }).toContain('pranee.s');
    await phone.getByLabel('รหัสผ่านใหม่ (อย่างน้อย 10 ตัวอักษร)').fill('password12');
    await phone.getByRole('button', { name: 'บันทึกรหัสผ่าน' }).click();
    await expect.poll(() => phone.locator('.error-text').first().textContent(), { timeout: 20_000 }).toContain('เดาง่ายเกินไป');
    await screenshot(phone, 'invitation-weak-password-phone');
    await phone.getByLabel('รหัสผ่านใหม่ (อย่างน้อย 10 ตัวอักษร)').fill(REPORTER_PASSWORD);
    await phone.getByRole('button', { name: 'บันทึกรหัสผ่าน' }).click();
    await expect.poll(() => phone.getByRole('status').first().textContent(), { timeout: 20_000 }).toContain('ตั้งรหัสผ่านแล้ว');
    await screenshot(phone, 'invitation-password-set-phone');

    // The same link again: refused.
    const again = await newPage();
    await again.goto(link!);
    await expect.poll(() => again.locator('.error-text').first().textContent(), { timeout: 20_000 }).toContain('ถูกใช้ไปแล้ว');

    // Signs in with the e-mail address and lands on the reporting page, which shows the open period.
    await phone.goto(`${base}/login`);
    await phone.getByLabel('ชื่อผู้ใช้หรืออีเมล').fill('pranee.s@ocsc.go.th');
    await phone.getByLabel('รหัสผ่าน', { exact: true }).fill(REPORTER_PASSWORD);
    await phone.getByRole('button', { name: 'เข้าสู่ระบบ' }).last().click();
    await expect.poll(() => phone.url(), { timeout: 15_000 }).toContain('/reporting');
    const banner = phone.locator('.period-banner');
    await expect.poll(() => banner.textContent(), { timeout: 15_000 }).toContain('เปิดรับ');
    expect(await banner.textContent()).toContain('2570');
    await screenshot(phone, 'invitation-reporter-open-period-phone');
  });
});
