// The evaluation journey in a real browser: the secretariat opens a form for round 5 and shows
// its QR code; a participant opens the QR link at phone width (no account) and answers; the
// results page shows the response. Also: round 5's before/after reads "not available".
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, overflowsHorizontally, screenshot, signIn } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

describe.skipIf(!chromePath)('activities and evaluation forms (real browser)', () => {
  const { newPage } = browserPerFile(chromePath!);

  it('secretariat opens a form; a phone answers it through the QR link; the results page shows the response', async () => {
    const admin = await newPage();
    await signIn(admin, 'admin', 'demo-admin-2565');
    await admin.goto(`${baseUrl}/activities`);
    await admin.getByRole('link', { name: 'ครั้งที่ 5' }).click();
    await admin.getByRole('heading', { level: 1, name: /ครั้งที่ 5/ }).waitFor();
    await admin.getByTestId('act-ba-na').waitFor();
    // Round 5 (June 2562): there are no province results before 2565, so no comparison.
    expect(await admin.getByTestId('act-ba-na').textContent()).toContain('ไม่มีการเติมค่าแทน');

    await admin.getByRole('button', { name: 'สร้างแบบประเมิน' }).click();
    await admin.getByText('สร้างแล้ว').waitFor();
    await admin.getByRole('button', { name: 'ลิงก์และ QR code' }).click();
    const url = await admin.getByTestId('form-public-url').textContent();
    expect(url).toMatch(/\/f\/[A-Za-z0-9_-]+$/);
    expect(await admin.getByTestId('form-link').locator('svg').count()).toBe(1);
    await screenshot(admin, 'activities-round5-form-qr');

    // The participant's phone: 390 px, no account.
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(url!);
    await phone.getByRole('heading', { level: 1 }).waitFor();
    expect(await overflowsHorizontally(phone)).toBe(false);
    expect(await phone.locator('.account-link').count()).toBe(0);
    await phone.getByText('การสัมมนาเชิงปฏิบัติการตามหลักสูตรเสริมสร้างเกียรติภูมิข้าราชการไทย', { exact: false }).first().click();
    await phone.getByText('หัวหน้าส่วนราชการประจำจังหวัด', { exact: true }).click();
    // Sending without the ratings is refused in the page, naming the first question left out.
    await phone.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    await expect.poll(() => phone.locator('.error-text').first().textContent()).toBeTruthy();
    const questions = phone.locator('fieldset.pub-question');
    const n = await questions.count();
    expect(n).toBe(9);
    for (let i = 0; i < n; i++) await questions.nth(i).locator('label', { hasText: '4' }).click();
    await phone.getByLabel(/ข้อคิดเห็นและข้อเสนอแนะ/).fill('ได้แนวทางไปปรับใช้ในจังหวัด');
    await phone.getByLabel(/ยินยอม/).check();
    await screenshot(phone, 'activities-public-form-phone');
    await phone.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    await phone.getByText('ได้รับคำตอบแล้ว').waitFor();
    await screenshot(phone, 'activities-public-form-thanks');
    // Opening the link again on the same phone: already answered.
    await phone.reload();
    await phone.getByText('ได้รับคำตอบแล้ว').waitFor();

    // The secretariat's results page shows the one response, breakdowns hidden under 5.
    await admin.reload();
    await admin.getByRole('link', { name: 'ผลการประเมิน' }).first().click();
    await admin.getByTestId('results-summary').waitFor();
    expect(await admin.getByTestId('results-summary').textContent()).toContain('ตอบแล้ว 1 คน');
    expect(await admin.locator('table').first().textContent()).toContain('4.00');
    expect(await admin.getByText('ไม่แสดง (n < 5)').count()).toBeGreaterThan(0);
    await screenshot(admin, 'activities-form-results');
  });

  it('the demo round shows its change beside the national change, with coverage', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/activities`);
    await page.getByRole('heading', { name: /โครงการสาธิต/ }).waitFor();
    await page.getByRole('link', { name: 'ครั้งที่ 1' }).click();
    await page.getByTestId('act-ba-relative').waitFor();
    expect(await page.getByTestId('act-ba-relative').textContent()).toContain('ทั้งประเทศ');
    expect(await page.locator('.act-before-after table').textContent()).toMatch(/หน่วยงาน ใน 4 จาก 4 จังหวัด/);
    expect(await page.locator('.act-before-after').textContent()).toContain('ข้อมูลสาธิต');
    await screenshot(page, 'activities-demo-round');
  });
});
