// playwright-core driving Debian's Chromium (Playwright's own browser download cannot work here).
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export function findChrome(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

/** `env`: for the browser process, e.g. FONTCONFIG_FILE to give it other system fonts. */
export async function launchBrowser(executablePath: string, { env }: { env?: Record<string, string> } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath,
    ...(env && { env: { ...process.env, ...env } }),
    headless: true,
    // The machine has no network beyond loopback: stop Chromium's background calls.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * One browser for a file's journeys, launched before them and closed after; call it inside the
 * `describe.skipIf(!chromePath)`. `newPage()` opens a page in a context of its own (its own
 * cookies: one signed-in user each), 1280 × 900 unless told otherwise.
 */
export function browserPerFile(chromePath: string) {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(chromePath);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newPage: async (options: BrowserContextOptions = {}): Promise<Page> => {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return (await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })).newPage();
    },
  };
}

export const SCREENSHOT_DIR = 'test-results/screenshots';

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** True when the page is wider than its viewport (sideways scrolling). */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/**
 * Signs in through the real form, waiting for the header to show the user: on the suite's shared
 * server, or on a file's own server (`baseUrl`).
 */
export async function signIn(page: Page, username: string, password: string, baseUrl: string = inject('baseUrl')): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('ชื่อผู้ใช้').fill(username);
  await page.getByLabel('รหัสผ่าน').fill(password);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).last().click();
  await page.locator('.account-name').waitFor();
}
