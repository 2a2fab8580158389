// The pack's PDF, rendered on the server with headless Chromium (playwright-core driving the
// browser at CHROME_PATH, else /usr/bin/chromium). Where there is none, freezing still stores
// the snapshot and records why there is no PDF (README: "Committee packs").
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { StoredPack } from './snapshot';
import { renderPackHtml, type PackLang } from './pack-html';
import type { Calendar } from '../../shared/years';

/** The browser to print with: CHROME_PATH when set (and only it), else the usual Debian paths. */
export function chromePath(): string | null {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p)) ?? null;
}

let fontCss: string | undefined;
/** Sarabun (Thai and Latin, regular and bold) inlined, so the pack renders with no network. */
export function sarabunCss(): string {
  if (fontCss !== undefined) return fontCss;
  const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/sarabun/package.json')), 'files');
  const faces = [
    ['thai', 400, 'U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC'],
    ['thai', 700, 'U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC'],
    ['latin', 400, 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'],
    ['latin', 700, 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'],
  ] as const;
  fontCss = faces
    .map(([subset, weight, range]) => {
      const data = readFileSync(join(dir, `sarabun-${subset}-${weight}-normal.woff2`)).toString('base64');
      return `@font-face{font-family:'Sarabun';font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range};}`;
    })
    .join('\n');
  return fontCss;
}

export function packHtml(snapshot: StoredPack, lang: PackLang = 'th', cal: Calendar = 'be'): string {
  return renderPackHtml(snapshot, { lang, cal, fontCss: sarabunCss() });
}

export type PdfResult = { ok: true; pdf: Buffer } | { ok: false; error: string };

/**
 * Prints the pack to A4. The running header (plan, meeting) and footer (as-of date, source,
 * "หน้า x / y") are the document's own @page margin boxes (pack-html.ts), so a browser's print
 * of the same document shows them too.
 */
export async function renderPackPdf(snapshot: StoredPack, lang: PackLang = 'th', cal: Calendar = 'be'): Promise<PdfResult> {
  const executablePath = chromePath();
  if (!executablePath) return { ok: false, error: 'no_chromium' };
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage();
    await page.setContent(packHtml(snapshot, lang, cal), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return { ok: true, pdf: Buffer.from(pdf) };
  } catch (error) {
    return { ok: false, error: `render_failed: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown'}` };
  } finally {
    await browser?.close();
  }
}
