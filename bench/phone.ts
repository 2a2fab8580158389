// First view on a phone in a province (issue 13): headless Chromium at 390 px with the network
// and CPU throttled through the DevTools protocol (1.6 Mbps down, 750 kbps up, 150 ms round trip,
// 4× slower CPU), a cold cache each time. Measures the time from navigation to the first chart
// drawn with data, and the bytes transferred; the median of three loads per page.
//
// The time is taken inside the page, as browsers time paints (LCP and the like): from the
// navigation's start to the paint that shows the first chart element. Waiting for it from
// Playwright would add its own polling, which runs on the same throttled main thread (0.1–0.5 s).
import { chromium, type Browser } from 'playwright-core';

export type PhoneRow = { page: string; firstChartMs: number; transferredKb: number; runs: number[] };

export const FIRST_CHART = '.recharts-surface path.recharts-curve, .recharts-surface .recharts-rectangle, .recharts-surface .recharts-dot, svg[data-chart] path, svg[data-chart] .line-chart-dot';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A fresh phone: 390 px, 1.6 Mbps down, 750 kbps up, 150 ms round trip, 4× slower CPU, no cache. */
export async function throttledPhone(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page, cdp };
}

export const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

/** In the page: the time (ms since navigation start) when the first chart has been painted. */
function markFirstChart(selector: string) {
  const w = window as unknown as { __firstChart?: number };
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    // The next frame's callbacks run before its layout and paint; a task queued from them runs
    // after that paint: the time the chart is on screen.
    requestAnimationFrame(() => setTimeout(() => (w.__firstChart = Math.round(performance.now())), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

export async function benchPhone(base: string, pages: string[], runs = 3): Promise<PhoneRow[]> {
  const browser = await launchChromium();
  const rows: PhoneRow[] = [];
  try {
    for (const path of pages) {
      const times: number[] = [];
      const bytes: number[] = [];
      for (let i = 0; i < runs; i++) {
        const { context, page, cdp } = await throttledPhone(browser);
        let transferred = 0;
        cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (transferred += e.encodedDataLength));
        await page.addInitScript(markFirstChart, FIRST_CHART);
        await page.goto(base + path, { waitUntil: 'commit' });
        await page.locator(FIRST_CHART).first().waitFor({ state: 'visible', timeout: 60_000 });
        times.push(await page.waitForFunction(() => (window as unknown as { __firstChart?: number }).__firstChart).then((h) => h.jsonValue() as Promise<number>));
        await page.waitForLoadState('networkidle');
        bytes.push(transferred);
        await context.close();
      }
      rows.push({ page: path, firstChartMs: median(times), transferredKb: Math.round(median(bytes) / 102.4) / 10, runs: times });
    }
  } finally {
    await browser.close();
  }
  return rows;
}
