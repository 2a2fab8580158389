// WCAG 2.1 A/AA checks with axe-core on every page, anonymous and signed in. axe finds what
// machines can (contrast, names, labels, ARIA misuse); keyboard journeys are in the other tests.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

type Violation = { id: string; impact: string | null; targets: string[] };

async function audit(page: Page, path: string): Promise<Violation[]> {
  await page.goto(`${baseUrl}${path}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  return runAxe(page);
}

/** axe on the page as it stands (after opening a panel, say). */
async function runAxe(page: Page): Promise<Violation[]> {
  // The app's CSP forbids inline scripts; the test context bypasses it to inject axe.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

describe.skipIf(!chromePath)('accessibility (axe-core, WCAG 2.1 AA rules)', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser(chromePath!);
    context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const publicPages = [
    '/',
    '/?lang=en&cal=ce',
    '/strategies/1',
    '/indicators/CPI-SCORE',
    '/indicators/ITA-PASS?method=growth',
    '/indicators/S3-EX-01',
    '/quick-wins',
    '/compare',
    '/indices',
    '/ita',
    '/ita?by=province',
    '/ita/targeting',
    '/ita/agencies/P41',
    '/ita/provinces/41',
    '/report',
    '/login',
  ];

  it.each(publicPages)('%s has no violations', async (path) => {
    const page = await context.newPage();
    expect(await audit(page, path)).toEqual([]);
    await page.close();
  });

  it('signed-in pages have no violations', async () => {
    const admin = await (await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(admin, 'admin', 'demo-admin-2565');
    for (const path of ['/admin/plan', '/review', '/completeness', '/completeness?by=province', '/audit', '/admin/agencies', '/admin/users', '/admin/periods', '/ita/import']) {
      expect(await audit(admin, path), path).toEqual([]);
    }
    const reporter = await (await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(reporter, 'reporter.udon', 'demo-udon-2565');
    expect(await audit(reporter, '/reporting')).toEqual([]);
    // The header's notification list, open.
    await reporter.getByRole('button', { name: /^การแจ้งเตือน/ }).click();
    await reporter.getByRole('region', { name: 'การแจ้งเตือน' }).waitFor();
    await reporter.waitForLoadState('networkidle');
    expect(await runAxe(reporter), 'notification list').toEqual([]);
    const committee = await (await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(committee, 'committee', 'demo-committee-2565');
    expect(await audit(committee, '/account'), '/account (committee)').toEqual([]);
  });
});
