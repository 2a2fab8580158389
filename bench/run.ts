// `npm run bench`: builds the full demo scale (~8,300 agencies × 4 years of ITA results) in a
// temporary SQLite file, then measures the server-side time of every ITA analytics procedure and
// of plan.overview through the tRPC caller (p50/p95 over ≥ 50 calls after warm-up), and the time
// to import an 8,300-row file (dry run + commit, CSV and XLSX). Prints a table, writes
// bench/results.json and bench/results.md, and ends with one summary line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { openDb } from '../db/client';
import { agencies, itaResults, users } from '../db/schema';
import { measureFirstLoad } from './first-load';
import { buildNationalDb } from './national';
import { benchHttp, type HttpBench } from './http';
import { createInnerContext } from '../server/context';
import type { SessionUser } from '../server/lib/session-user';
import { appRouter } from '../server/router';
import { createCallerFactory } from '../server/trpc';
import { ITA_INDICATOR_KEYS } from '../shared/ita';

const WARMUP = 10;
const CALLS = Number(process.env.BENCH_CALLS ?? 60);
const P95_BUDGET_MS = 50;
const IMPORT_BUDGET_MS = 3000;

const dir = mkdtempSync(join(tmpdir(), 'ita-bench-'));
const dbPath = join(dir, 'bench.db');
const db = openDb(dbPath);

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}
const ms = (x: number) => Math.round(x * 100) / 100;

try {
  const t0 = performance.now();
  const demo = await buildNationalDb(db);
  const setupMs = performance.now() - t0;

  const admin = db
    .insert(users)
    .values({ username: 'bench-admin', displayName: 'Bench admin', passwordHash: 'not-a-login', role: 'admin' })
    .returning({ id: users.id })
    .get();
  const adminUser: SessionUser = { id: admin.id, username: 'bench-admin', displayName: 'Bench admin', role: 'admin', agencyId: null };
  const createCaller = createCallerFactory(appRouter);
  const anon = createCaller(createInnerContext({ db }));
  const asAdmin = createCaller(createInnerContext({ db, user: adminUser }));

  const years = demo.years.map((y) => y.year);
  const latest = Math.max(...years);
  const codesOf = (type: string, n: number) =>
    db
      .select({ code: agencies.code })
      .from(agencies)
      .where(eq(agencies.type, type as 'sao'))
      .limit(n)
      .all()
      .map((a) => a.code);
  // Rotate inputs so the numbers are not one lucky agency or province.
  const saoCodes = codesOf('sao', 40);
  const otherCodes = [...codesOf('municipality', 10), ...codesOf('department', 5), ...codesOf('province', 5)];
  const provinceCodes = ['10', '50', '71', '30', '90', '12', '38', '96'];
  const queries = ['สาธิต', 'DEMO-MUN-71', 'กาญจนบุรี', 'university', 'อบต. แห่งที่ 1'];

  type Case = { name: string; call: (i: number) => Promise<unknown> };
  const cases: Case[] = [
    { name: 'ita.years', call: () => anon.ita.years() },
    { name: 'ita.national', call: () => anon.ita.national() },
    { name: 'ita.grades', call: () => anon.ita.grades() },
    { name: 'ita.histogram', call: (i) => anon.ita.histogram({ year: years[i % years.length], binWidth: 5 }) },
    ...(['level', 'type', 'region', 'group', 'province'] as const).map((by) => ({
      name: `ita.breakdown(${by})`,
      call: (i: number) => anon.ita.breakdown({ year: years[i % years.length], by }),
    })),
    { name: 'ita.indicators', call: () => anon.ita.indicators() },
    { name: 'ita.movers', call: (i) => anon.ita.movers({ from: years[i % (years.length - 1)]!, to: latest, limit: 20 }) },
    { name: 'ita.movers(type filter)', call: () => anon.ita.movers({ from: latest - 1, to: latest, type: 'sao', limit: 20 }) },
    { name: 'ita.agencies(default)', call: (i) => anon.ita.agencies({ year: latest, offset: (i % 20) * 50 }) },
    {
      name: 'ita.agencies(search, sort change)',
      call: (i) => anon.ita.agencies({ year: latest, q: queries[i % queries.length], sort: 'change', dir: 'asc' }),
    },
    {
      name: 'ita.agencies(filter, sort name)',
      call: (i) => anon.ita.agencies({ year: latest, type: 'sao', sort: 'name', dir: 'asc', offset: (i % 40) * 50 }),
    },
    { name: 'ita.agency(sao)', call: (i) => anon.ita.agency({ code: saoCodes[i % saoCodes.length]! }) },
    { name: 'ita.agency(other)', call: (i) => anon.ita.agency({ code: otherCodes[i % otherCodes.length]! }) },
    { name: 'ita.province', call: (i) => anon.ita.province({ code: provinceCodes[i % provinceCodes.length]! }) },
    { name: 'ita.targeting(mean)', call: () => anon.ita.targeting({ metric: 'mean' }) },
    { name: 'ita.targeting(passRate)', call: (i) => anon.ita.targeting({ year: years[i % years.length], metric: 'passRate', highFrom: 95, mediumFrom: 85 }) },
    { name: 'activity.list', call: () => anon.activity.list() },
    { name: 'ita.imports', call: () => asAdmin.ita.imports({}) },
    { name: 'plan.overview', call: () => anon.plan.overview() },
    { name: 'strategy.byNo', call: (i) => anon.strategy.byNo({ no: (i % 5) + 1 }) },
    { name: 'indicator.byCode', call: (i) => anon.indicator.byCode({ code: ['CPI-SCORE', 'CPI-RANK', 'ITA-PASS', 'S1-EX-02'][i % 4]! }) },
    { name: 'compare.years', call: (i) => anon.compare.years({ from: 2565 + (i % 3), to: 2568 }) },
    { name: 'indices.summary', call: () => anon.indices.summary() },
    { name: 'report.committee', call: () => anon.report.committee({}) },
    { name: 'quickWin.list', call: () => anon.quickWin.list({}) },
    { name: 'completeness.headline', call: () => asAdmin.completeness.headline({}) },
    { name: 'completeness.summary', call: (i) => asAdmin.completeness.summary({ groupBy: (['level', 'type', 'province'] as const)[i % 3] }) },
    { name: 'completeness.matrix(overdue)', call: (i) => asAdmin.completeness.matrix({ state: 'missing', limit: 50, offset: (i % 10) * 50 }) },
  ];

  const rows: Array<{ name: string; calls: number; p50: number; p95: number; max: number }> = [];
  for (const c of cases) {
    for (let i = 0; i < WARMUP; i++) await c.call(i);
    const times: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const s = performance.now();
      await c.call(i);
      times.push(performance.now() - s);
    }
    times.sort((x, y) => x - y);
    rows.push({ name: c.name, calls: CALLS, p50: ms(percentile(times, 50)), p95: ms(percentile(times, 95)), max: ms(times.at(-1)!) });
  }

  // An 8,300-row file: the latest year's agencies with every score moved a little, so the commit
  // replaces every row and the diff has real changes.
  const source = db
    .select({
      code: agencies.code,
      total: itaResults.total,
      iit: itaResults.iit,
      eit: itaResults.eit,
      oit: itaResults.oit,
      ...Object.fromEntries(ITA_INDICATOR_KEYS.map((k) => [k, itaResults[k]])),
    })
    .from(itaResults)
    .innerJoin(agencies, eq(agencies.id, itaResults.agencyId))
    .where(eq(itaResults.year, latest))
    .all() as Array<Record<string, string | number | null>>;
  const header = ['agency_code', 'total', 'iit', 'eit', 'oit', ...ITA_INDICATOR_KEYS];
  const nudge = (v: string | number | null, i: number) => (typeof v === 'number' ? Math.min(100, Math.round((v + (i % 7) * 0.13) * 100) / 100) : '');
  // Published real results carry only the total (no IIT/EIT/OIT): the file holds the complete rows.
  const fileRows = source.filter((r) => r.iit !== null).map((r, i) => [r.code, ...header.slice(1).map((k) => nudge(r[k] ?? null, i))]);
  const csv = '\uFEFF' + [header, ...fileRows].map((r) => r.join(',')).join('\r\n') + '\r\n';
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('ITA');
  sheet.addRow(header);
  for (const r of fileRows) sheet.addRow(r);
  const xlsx = Buffer.from(await wb.xlsx.writeBuffer());

  const importRuns: Array<{ format: string; rows: number; bytes: number; dryRunMs: number; commitMs: number; totalMs: number }> = [];
  for (const [format, content] of [
    ['csv', Buffer.from(csv)],
    ['xlsx', xlsx],
  ] as const) {
    const input = { year: latest, fileName: `bench.${format}`, contentBase64: content.toString('base64') };
    const s1 = performance.now();
    const dry = await asAdmin.ita.import({ ...input, dryRun: true });
    const dryRunMs = performance.now() - s1;
    if (dry.errorCount) throw new Error(`bench file has ${dry.errorCount} errors: ${JSON.stringify(dry.errors.slice(0, 3))}`);
    const s2 = performance.now();
    const done = await asAdmin.ita.import({ ...input, dryRun: false, basis: dry.basis, confirmYear: latest });
    const commitMs = performance.now() - s2;
    if (!done.committed) throw new Error('bench import did not commit');
    importRuns.push({ format, rows: dry.rowCount, bytes: content.length, dryRunMs: ms(dryRunMs), commitMs: ms(commitMs), totalMs: ms(dryRunMs + commitMs) });
  }

  const worstP95 = Math.max(...rows.map((r) => r.p95));
  const worstImport = Math.max(...importRuns.map((r) => r.totalMs));
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    os: `${platform()} ${release()}`,
    node: process.version,
  };
  const scale = {
    agencies: (db.$client.prepare('select count(*) as n from agency').get() as { n: number }).n,
    itaResults: (db.$client.prepare('select count(*) as n from ita_result').get() as { n: number }).n,
    years,
    demoSeedMs: demo.ms,
    setupMs: ms(setupMs),
  };

  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  const lines = [
    `${pad('procedure', 36)} ${pad('calls', 6)} ${pad('p50 ms', 8)} ${pad('p95 ms', 8)} max ms`,
    ...rows.map((r) => `${pad(r.name, 36)} ${pad(r.calls, 6)} ${pad(r.p50, 8)} ${pad(r.p95, 8)} ${r.max}`),
    '',
    `${pad('import', 12)} ${pad('rows', 6)} ${pad('bytes', 10)} ${pad('dry run ms', 11)} ${pad('commit ms', 10)} total ms`,
    ...importRuns.map((r) => `${pad(r.format, 12)} ${pad(r.rows, 6)} ${pad(r.bytes, 10)} ${pad(r.dryRunMs, 11)} ${pad(r.commitMs, 10)} ${r.totalMs}`),
  ];
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}`);
  console.log(`scale: ${scale.agencies} agencies, ${scale.itaResults} ITA results (${years.join(', ')}); demo seed ${scale.demoSeedMs} ms`);
  console.log(lines.join('\n'));

  // Over real HTTP, beside a static server of the same bytes (bench/http.ts).
  let http: HttpBench | null = null;
  if (process.env.BENCH_HTTP !== '0') {
    const pages = ['/', '/indicators/CPI-SCORE', '/indices', '/compare', '/ita', '/ita/targeting', '/ita/provinces/10', `/ita/agencies/${saoCodes[0]}`];
    http = await benchHttp({ dbPath, db: db.$client, pages, phonePages: ['/', '/indicators/CPI-SCORE', '/ita'], rounds: Number(process.env.BENCH_HTTP_ROUNDS ?? 1000), warmup: 50, tmpDir: dir });
    console.log('');
    console.log(`${pad('page', 26)} ${pad('call', 44)} ${pad('bytes', 7)} ${pad('app p50', 8)} ${pad('app p95', 8)} ${pad('static p50', 11)} ${pad('static p95', 11)} p95 ratio`);
    for (const r of http.rows) {
      console.log(`${pad(r.page, 26)} ${pad(r.call.slice(0, 44), 44)} ${pad(r.bytes, 7)} ${pad(r.app.p50, 8)} ${pad(r.app.p95, 8)} ${pad(r.static.p50, 11)} ${pad(r.static.p95, 11)} ${r.ratioP95}`);
    }
    const ita = http.firstAfterWrite.afterItaWrite;
    console.log(`first call after a registry write: p50 ${http.firstAfterWrite.p50} ms, max ${http.firstAfterWrite.max} ms over ${http.firstAfterWrite.calls} calls; after an ITA write: p50 ${ita.p50} ms, max ${ita.max} ms (${ita.worst})`);
    for (const p of http.phone) console.log(`phone (390 px, 1.6 Mbps, 150 ms RTT, 4× CPU) ${p.page}: first chart ${p.firstChartMs} ms (runs ${p.runs.join(', ')}), ${p.transferredKb} kB transferred`);
  }

  const firstLoad = measureFirstLoad();
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  const firstLoadLine = firstLoad
    ? `Overview first load (built client): ${firstLoad.files} files, JS ${kb(firstLoad.jsBytes)} kB (${kb(firstLoad.jsGzipBytes)} kB gzip), CSS ${kb(firstLoad.cssBytes)} kB (${kb(firstLoad.cssGzipBytes)} kB gzip); charts, admin pages and fonts load on demand.`
    : 'Overview first load: not measured (run `npm run build` first).';
  console.log(firstLoadLine);

  const date = new Date().toISOString();
  const results = {
    date,
    machine,
    scale,
    method: `tRPC caller in-process, ${WARMUP} warm-up calls then ${CALLS} timed calls per case, inputs rotated`,
    budgets: { p95Ms: P95_BUDGET_MS, importMs: IMPORT_BUDGET_MS },
    procedures: rows,
    imports: importRuns,
    worstP95Ms: worstP95,
    worstImportMs: worstImport,
    firstLoad,
    http,
  };
  writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
  const md = [
    `Latest \`npm run bench\` (${date.slice(0, 10)}) on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM, ${machine.os}, Node ${machine.node}.`,
    `Scale: ${scale.agencies.toLocaleString('en')} agencies, ${scale.itaResults.toLocaleString('en')} ITA results (${years.join(', ')}). ${results.method}.`,
    '',
    '| procedure | p50 ms | p95 ms | max ms |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((r) => `| \`${r.name}\` | ${r.p50} | ${r.p95} | ${r.max} |`),
    '',
    '| import (8,300-row file) | rows | dry run ms | commit ms | total ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...importRuns.map((r) => `| ${r.format.toUpperCase()} | ${r.rows} | ${r.dryRunMs} | ${r.commitMs} | ${r.totalMs} |`),
    '',
    `Worst p95 ${worstP95} ms (budget ${P95_BUDGET_MS} ms); worst import ${worstImport} ms (budget ${IMPORT_BUDGET_MS} ms).`,
    '',
    firstLoadLine,
    '',
    ...(http
      ? [
          `Over HTTP: ${http.method}.`,
          '',
          '| page | call | bytes | app p50 ms | app p95 ms | static p50 ms | static p95 ms | p95 ratio |',
          '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
          ...http.rows.map((r) => `| ${r.page} | \`${r.call}\` | ${r.bytes} | ${r.app.p50} | ${r.app.p95} | ${r.static.p50} | ${r.static.p95} | ${r.ratioP95} |`),
          '',
          `Worst p95 ratio ${http.worstRatioP95} (target ≤ 2); first call after a write (target ≤ 50 ms): after a registry write p50 ${http.firstAfterWrite.p50} ms, max ${http.firstAfterWrite.max} ms; after an ITA write p50 ${http.firstAfterWrite.afterItaWrite.p50} ms, max ${http.firstAfterWrite.afterItaWrite.max} ms (\`${http.firstAfterWrite.afterItaWrite.worst}\`).`,
          '',
          'First view on a phone (390 px, 1.6 Mbps down, 750 kbps up, 150 ms RTT, 4× CPU, cold cache, median of 3):',
          '',
          '| page | first chart ms | transferred kB |',
          '| --- | ---: | ---: |',
          ...http.phone.map((p) => `| ${p.page} | ${p.firstChartMs} | ${p.transferredKb} |`),
          '',
        ]
      : []),
  ].join('\n');
  writeFileSync(new URL('./results.md', import.meta.url), md);
  console.log(`bench: worst p95 ${worstP95} ms, import ${worstImport} ms${http ? `, http worst p95 ratio ${http.worstRatioP95}, phone first chart worst ${Math.max(...http.phone.map((p) => p.firstChartMs))} ms` : ''}`);
} finally {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}
