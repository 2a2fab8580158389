// The HTTP section of `npm run bench` (issue 13): the real server (its own process, on the
// national-scale database) against a plain Node `http` server answering the same bytes from
// memory (another process), interleaved A B A B over keep-alive connections.
//
// The calls are the ones the public pages really make: each page is opened in headless Chromium
// and its /trpc GETs recorded, batched as the client batches them. Each call is then timed as a
// full 200 answer (no If-None-Match) with the encoding a browser asks for, and once right after a
// write that changes the versions it reads (the first call after a write).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { startServer } from '../test/helpers/server-process';
import { benchPhone, type PhoneRow } from './phone';

export type HttpRow = { page: string; call: string; bytes: number; app: { p50: number; p95: number }; static: { p50: number; p95: number }; ratioP95: number; ratioP50: number };
export type HttpBench = {
  method: string;
  rounds: number;
  rows: HttpRow[];
  worstRatioP95: number;
  /** After a registry write (every public answer reads the registry) and after an ITA write. */
  firstAfterWrite: { p50: number; max: number; calls: number; afterItaWrite: { p50: number; max: number; worst: string } };
  phone: PhoneRow[];
};

const ACCEPT_ENCODING = 'gzip, deflate, br, zstd';
const ms = (x: number) => Math.round(x * 100) / 100;
function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

type Answer = { status: number; headers: Record<string, string>; body: Buffer };
function get(url: string, agent: Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { 'accept-encoding': ACCEPT_ENCODING } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])),
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function timed(url: string, agent: Agent): Promise<number> {
  const start = performance.now();
  const answer = await get(url, agent);
  const elapsed = performance.now() - start;
  if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}`);
  return elapsed;
}

/** The /trpc GETs each page makes when opened without a session (Chromium, network idle). */
async function recordPageCalls(base: string, pages: string[]): Promise<Array<{ page: string; path: string }>> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const calls: Array<{ page: string; path: string }> = [];
  try {
    for (const page of pages) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      tab.on('request', (req) => {
        const url = new URL(req.url());
        if (req.method() === 'GET' && url.pathname.startsWith('/trpc/')) calls.push({ page, path: url.pathname + url.search });
      });
      await tab.goto(base + page, { waitUntil: 'networkidle' });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return calls;
}

export async function benchHttp(opts: { dbPath: string; db: Database.Database; pages: string[]; phonePages: string[]; rounds: number; warmup: number; tmpDir: string }): Promise<HttpBench> {
  const server = await startServer(opts.dbPath, { SEED_ON_EMPTY: '0', MAIL_JOBS: '0', RATE_LIMIT_PER_MINUTE: '100000000' });
  const appAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const staticAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  let staticChild: ReturnType<typeof spawn> | undefined;
  try {
    const recorded = await recordPageCalls(server.url, opts.pages);
    // One row per distinct call; a call several pages make is timed once, under the first page.
    // Who is signed in (auth.me) is not a dashboard answer: it is never cached and not timed here.
    const calls = [...new Map(recorded.filter((c) => !c.path.startsWith('/trpc/auth.')).reverse().map((c) => [c.path, c])).values()].reverse();
    const captured: Array<{ url: string; headers: Record<string, string>; bodyBase64: string }> = [];
    for (const call of calls) {
      const answer = await get(server.url + call.path, appAgent);
      if (answer.status !== 200) throw new Error(`${call.path} answered ${answer.status}: ${answer.body.toString().slice(0, 200)}`);
      const keep = ['content-type', 'content-encoding', 'cache-control', 'etag', 'vary'];
      captured.push({ url: call.path, headers: Object.fromEntries(keep.filter((k) => answer.headers[k]).map((k) => [k, answer.headers[k]!])), bodyBase64: answer.body.toString('base64') });
    }
    const capturedPath = join(opts.tmpDir, 'captured.json');
    writeFileSync(capturedPath, JSON.stringify(captured));
    staticChild = spawn(process.execPath, ['--import', 'tsx', 'bench/static-server.ts', capturedPath], { stdio: ['ignore', 'pipe', 'inherit'] });
    const staticPort = await new Promise<number>((resolve) => staticChild!.stdout!.once('data', (d: Buffer) => resolve(Number(String(d).trim()))));
    const staticBase = `http://127.0.0.1:${staticPort}`;

    const times = calls.map(() => ({ app: [] as number[], static: [] as number[] }));
    for (let round = -opts.warmup; round < opts.rounds; round++) {
      for (const [i, call] of calls.entries()) {
        // A then B, then B then A on the next round: neither side always goes first.
        const order = round % 2 === 0 ? (['app', 'static'] as const) : (['static', 'app'] as const);
        for (const side of order) {
          const t = await timed((side === 'app' ? server.url : staticBase) + call.path, side === 'app' ? appAgent : staticAgent);
          if (round >= 0) times[i]![side].push(t);
        }
      }
    }
    const rows: HttpRow[] = calls.map((call, i) => {
      const a = times[i]!.app.sort((x, y) => x - y);
      const s = times[i]!.static.sort((x, y) => x - y);
      const app = { p50: ms(percentile(a, 50)), p95: ms(percentile(a, 95)) };
      const stat = { p50: ms(percentile(s, 50)), p95: ms(percentile(s, 95)) };
      const procedures = decodeURIComponent(call.path.split('?')[0]!.replace('/trpc/', ''));
      return {
        page: call.page,
        call: procedures,
        bytes: Buffer.from(captured[i]!.bodyBase64, 'base64').length,
        app,
        static: stat,
        ratioP95: Math.round((app.p95 / stat.p95) * 100) / 100,
        ratioP50: Math.round((app.p50 / stat.p50) * 100) / 100,
      };
    });

    // The first call after a write: a real write to the shared registry (an agency's row touched)
    // changes the versions every public answer reads, so no answer comes from the HTTP cache;
    // aggregates that do not read the registry come from their read model. Then the same after
    // a write to the ITA results, which the ITA aggregates read: the worst case for /ita. Both
    // writes come from this process, as another server process's would: nothing is warmed.
    const afterWrites = async (sqlText: string) => {
      const touch = opts.db.prepare(sqlText);
      const out: { call: string; ms: number }[] = [];
      for (const call of calls) {
        touch.run();
        out.push({ call: call.path.split('?')[0]!, ms: await timed(server.url + call.path, appAgent) });
      }
      return out;
    };
    const firsts = (await afterWrites('update agency set updated_at = updated_at where id = (select min(id) from agency)')).map((x) => x.ms);
    firsts.sort((x, y) => x - y);
    const afterIta = await afterWrites('update ita_result set total = total where id = (select min(id) from ita_result)');
    const itaTimes = afterIta.map((x) => x.ms).sort((x, y) => x - y);
    const worstIta = afterIta.reduce((w, x) => (x.ms > w.ms ? x : w));
    const phone = await benchPhone(server.url, opts.phonePages);
    return {
      phone,
      method: `real server and a static Node http server (same bytes, same encoding, ${ACCEPT_ENCODING}), separate processes, keep-alive, interleaved; ${opts.warmup} warm-up rounds then ${opts.rounds} timed rounds of every call the pages make`,
      rounds: opts.rounds,
      rows,
      worstRatioP95: Math.max(...rows.map((r) => r.ratioP95)),
      firstAfterWrite: {
        p50: ms(percentile(firsts, 50)),
        max: ms(firsts.at(-1)!),
        calls: firsts.length,
        afterItaWrite: { p50: ms(percentile(itaTimes, 50)), max: ms(itaTimes.at(-1)!), worst: decodeURIComponent(worstIta.call.replace('/trpc/', '')) },
      },
    };
  } finally {
    appAgent.destroy();
    staticAgent.destroy();
    staticChild?.kill();
    await server.stop();
  }
}
