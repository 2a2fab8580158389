// The committee pack on paper (issue 14): the demo meeting's frozen pack as the server printed it
// at freezing (page.pdf, A4, Chromium's running header and footer), and the same document printed
// from the browser. Text is read back with pdftotext (poppler-utils), whitespace normalised.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SCREENSHOT_DIR, browserPerFile, screenshot, signIn } from './browser';

const chromePath = inject('chromePath');
const baseUrl = inject('baseUrl');

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Thai has no spaces between words, so a line break inside a name is not a space: compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');
const containsText = (page: string, text: string) => squash(page).includes(squash(text));

/** Each page's text, whitespace normalised. */
function pagesOf(file: string): string[] {
  const info = execFileSync('pdfinfo', [file]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return Array.from({ length: pages }, (_, i) => norm(execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), file, '-']).toString()));
}

/** Pages (1-based) before the last holding less than a quarter of the fullest page's text. */
function thinPages(pages: string[]): number[] {
  const size = (p: string) => p.replace(/\s/g, '').length;
  const fullest = Math.max(...pages.map(size));
  return pages.slice(0, -1).flatMap((p, i) => (size(p) < fullest / 4 ? [i + 1] : []));
}

const dir = join(SCREENSHOT_DIR, 'meeting-pack');

describe.skipIf(!chromePath || !hasPoppler)('the committee pack on A4 (real browser)', () => {
  const { newPage } = browserPerFile(chromePath!);

  async function demoMeeting() {
    const res = await fetch(`${baseUrl}/trpc/meeting.list`);
    const body = (await res.json()) as { result: { data: Array<{ id: number; numberTh: string; isDemo: boolean; packs: Array<{ packVersion: number; hasPdf: boolean }> }> } };
    const demo = body.result.data.find((m) => m.isDemo);
    if (!demo) throw new Error('the demo seed has no public demo meeting');
    return demo;
  }

  async function strategyNames(): Promise<string[]> {
    const res = await fetch(`${baseUrl}/trpc/report.committee`);
    const body = (await res.json()) as { result: { data: { strategies: Array<{ no: number; titleTh: string }> } } };
    return body.result.data.strategies.map((s) => `ยุทธศาสตร์ ${s.no} ${norm(s.titleTh)}`);
  }

  it('the PDF stored at freezing: A4, every strategy named on the summary page, หน้า 1 / N, the meeting in the header, no near-empty page', async () => {
    const demo = await demoMeeting();
    expect(demo.numberTh).toContain('สาธิต');
    expect(demo.packs[0]?.hasPdf).toBe(true);
    const res = await fetch(`${baseUrl}/meetings/${demo.id}/pack.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'stored.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);

    const pages = pagesOf(file);
    expect(pages.length).toBeGreaterThan(3);
    expect(pages[0]).toContain(`หน้า 1 / ${pages.length}`);
    for (const [i, page] of pages.entries()) {
      expect(containsText(page, demo.numberTh), `page ${i + 1} header: ${page.slice(0, 200)}`).toBe(true);
      expect(page, `page ${i + 1} footer`).toContain(`หน้า ${i + 1} / ${pages.length}`);
      expect(page, `page ${i + 1} footer`).toContain('ข้อมูล ณ');
    }
    // The cover, then the one-page summary.
    const summary = pages[1] ?? '';
    expect(summary).toContain('บทสรุปสำหรับผู้บริหาร');
    expect(pages[2]).not.toContain('บทสรุปสำหรับผู้บริหาร');
    for (const name of await strategyNames()) expect(containsText(summary, name), name).toBe(true);
    expect(containsText(summary, 'หน่วยงานที่ยังไม่รายงานเมื่อพ้นกำหนด')).toBe(true);
    expect(summary).toMatch(/\d+ จาก \d+ หน่วยงาน/);
    expect(pages[0]).toContain('ไม่ใช่การประชุมจริง');
    expect(pages.some((p) => containsText(p, 'กลุ่มหน่วยงานที่ผลต่ำที่สุด') && containsText(p, 'ตามประเภทหน่วยงาน'))).toBe(true);
    expect(thinPages(pages)).toEqual([]);

    execFileSync('pdftoppm', ['-r', '60', '-png', file, join(dir, 'stored')]);
    console.log(`stored pack: ${pages.length} A4 pages; text per page ${pages.map((p) => p.replace(/\s/g, '').length).join(', ')}`);
  });

  it('printing the pack page from the browser (A4) flows the same way', async () => {
    const demo = await demoMeeting();
    const page = await newPage();
    await page.goto(`${baseUrl}/meetings/${demo.id}/pack.html`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const file = join(dir, 'printed.pdf');
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    const pages = pagesOf(file);
    const summary = pages[1] ?? '';
    expect(summary).toContain('บทสรุปสำหรับผู้บริหาร');
    for (const name of await strategyNames()) expect(containsText(summary, name), name).toBe(true);
    expect(thinPages(pages)).toEqual([]);
    // The running header and footer are the document's own page margin boxes: a browser's print has them too.
    expect(pages[0]).toContain(`หน้า 1 / ${pages.length}`);
    for (const page of pages) expect(containsText(page, demo.numberTh)).toBe(true);
  });

  it('/report: the committee reads the next meeting\'s pack live, marked DRAFT, and prints it to A4 the same way', async () => {
    const page = await newPage();
    await signIn(page, 'committee', 'demo-committee-2565');
    await page.goto(`${baseUrl}/report`);
    await page.locator('.report-draft').waitFor();
    expect(await page.locator('.report-draft').textContent()).toContain('ร่าง / DRAFT');
    const frame = page.frameLocator('iframe.pack-frame');
    await frame.locator('.summary').waitFor();
    expect(await frame.locator('.cover .stamp').textContent()).toBe('ร่าง / DRAFT');
    await screenshot(page, 'report-live-draft');

    // The framed document printed on its own, as the print button does (A4, margin boxes).
    const doc = await newPage();
    await doc.context().addCookies(await page.context().cookies());
    const res = await doc.goto(`${baseUrl}/report/preview.html`);
    expect(res?.status()).toBe(200);
    await doc.evaluate(() => document.fonts.ready.then(() => undefined));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'live-draft.pdf');
    writeFileSync(file, await doc.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const pages = pagesOf(file);
    const meeting = norm((await page.locator('.report-draft').textContent()) ?? '');
    expect(pages[0]).toContain('ร่าง / DRAFT');
    for (const [i, text] of pages.entries()) {
      expect(text, `page ${i + 1}`).toContain(`หน้า ${i + 1} / ${pages.length}`);
      expect(containsText(text, 'ร่าง / DRAFT'), `page ${i + 1} header`).toBe(true);
      expect(text, `page ${i + 1} footer`).toContain('ข้อมูล ณ');
    }
    expect(meeting).toContain('ครั้งถัดไป');
    expect(containsText(pages[0] ?? '', 'ครั้งถัดไป (ยังไม่กำหนดวัน)')).toBe(true);
    const summary = pages[1] ?? '';
    for (const name of await strategyNames()) expect(containsText(summary, name), name).toBe(true);
    // The demo meeting's open action is carried into the next pack; its frozen pack is the one compared.
    expect(pages.some((p) => containsText(p, 'ยกมา'))).toBe(true);
    expect(thinPages(pages)).toEqual([]);
    execFileSync('pdftoppm', ['-r', '60', '-png', file, join(dir, 'live-draft')]);
    console.log(`live draft: ${pages.length} A4 pages; text per page ${pages.map((p) => p.replace(/\s/g, '').length).join(', ')}`);
  });
});
