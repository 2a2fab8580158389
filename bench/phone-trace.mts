// `npm run bench:trace -- [base] [path]`: one cold load of a page on the throttled phone of
// bench/phone.ts, printed as a waterfall (request start, end, bytes, URL) and the time of the
// first chart — to see what the first view waits for. Default: http://localhost:3000 /
import { FIRST_CHART, launchChromium, throttledPhone } from './phone';

const base = process.argv[2] ?? 'http://localhost:3000';
const path = process.argv[3] ?? '/';
const browser = await launchChromium();
try {
  const { page, cdp } = await throttledPhone(browser);
  const start = Date.now();
  const requests = new Map<string, { url: string; at: number }>();
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => requests.set(e.requestId, { url: e.request.url, at: Date.now() - start }));
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    const r = requests.get(e.requestId);
    if (r) console.log(`${String(r.at).padStart(6)} ${String(Date.now() - start).padStart(6)} ms ${(e.encodedDataLength / 1024).toFixed(1).padStart(7)} kB  ${r.url.replace(base, '')}`);
  });
  await page.goto(base + path, { waitUntil: 'commit' });
  await page.locator(FIRST_CHART).first().waitFor({ state: 'visible', timeout: 60_000 });
  console.log(`first chart at ${Date.now() - start} ms`);
  await page.waitForLoadState('networkidle');
} finally {
  await browser.close();
}
