// The error contract in the browser (docs/decisions/0007): a bad value is worded beside its field
// in the reader's language only — Thai on a Thai page, English on an English one — from the
// shared schema before sending and from the server's code after.
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, screenshot, signIn } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const THAI = /[\u0E00-\u0E7F]/;
const LATIN_WORD = /[A-Za-z]{2,}/;

describe.skipIf(!chromePath)('errors in the reader’s language (real browser)', () => {
  const { newPage } = browserPerFile(chromePath!);

  it('words a bad value beside its field in Thai, then in English, and focuses the field', async () => {
    const page = await newPage();
    await signIn(page, 'reporter.udon', 'demo-udon-2565');
    const item = page.locator('section[data-indicator="S3-EX-01"]');
    await item.waitFor();
    const value = item.getByLabel(/^ค่า/);
    await value.fill('abc');
    await item.getByRole('button', { name: 'บันทึกร่าง' }).click();
    const error = item.locator('.field .error-text').first();
    await expect.poll(() => error.textContent()).toBe('ต้องเป็นตัวเลข');
    expect(await error.textContent()).not.toMatch(LATIN_WORD);
    // Announced beside the field it is about, and the field has the focus.
    const errorId = await error.getAttribute('id');
    expect(await value.getAttribute('aria-describedby')).toContain(errorId!);
    expect(await value.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, 'error-th');

    await page.goto(`${baseUrl}/reporting?lang=en`);
    const itemEn = page.locator('section[data-indicator="S3-EX-01"]');
    await itemEn.waitFor();
    await itemEn.getByLabel(/^Value/).fill('4.5');
    await itemEn.getByRole('button', { name: /draft/i }).click();
    const errorEn = itemEn.locator('.field .error-text').first();
    await expect.poll(() => errorEn.textContent()).toBe('Must be a whole number.');
    expect(await errorEn.textContent()).not.toMatch(THAI);
    await screenshot(page, 'error-en');
  });

  it('words a server refusal in the page’s language', async () => {
    const page = await newPage();
    for (const [lang, expected] of [
      ['th', 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง'],
      ['en', 'Wrong username or password.'],
    ] as const) {
      await page.goto(`${baseUrl}/login${lang === 'en' ? '?lang=en' : ''}`);
      await page.locator('input[autocomplete="username"]').fill('nobody.at.all');
      await page.locator('input[type="password"]').first().fill('not the password');
      await page.locator('form button[type="submit"]').first().click();
      const alert = page.locator('form .error-text').first();
      await expect.poll(() => alert.textContent()).toBe(expected);
      expect(await alert.textContent()).not.toMatch(lang === 'th' ? LATIN_WORD : THAI);
    }
    await screenshot(page, 'error-login-en');
  });
});
