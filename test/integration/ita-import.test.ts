import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { agencies, auditLog, itaImports, itaResults } from '../../db/schema';
import { buildApp } from '../../server/app';
import { createSession } from '../../server/accounts/session';
import type { SessionUser } from '../../server/lib/session-user';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest, tableCounts } from '../helpers/db';
import { commitItaImport } from '../helpers/ita';
import { expectTrpcError } from '../helpers/errors';
import type { ErrorCode } from '../../shared/errors';
import { openCopy } from '../helpers/template';
import { insertUser } from '../helpers/users';

const HEADER = ['agency_code', 'total', 'iit', 'eit', 'oit', 'i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9', 'i10'];
type Row = Array<string | number>;
const scores = (code: string, total: number, eit = total): Row => [code, total, total, eit, total, ...Array<number>(10).fill(total)];

const VALID: Row[] = [scores('P71', 96.5), scores('P70', 84.99), scores('OCSC', 94.64, 84.2), scores('NACC', 88)];

const csv = (rows: Row[], header: string[] = HEADER, bom = true) =>
  (bom ? '\uFEFF' : '') + [header, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

async function xlsx(rows: Row[], header: string[] = HEADER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('ITA');
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// Each test starts without ITA results (the template's few published results of real agencies
// are dropped), so a diff counts only what the test imports.
const fresh = freshDbPerTest((db) => {
  db.delete(itaResults).run();
  return { admin: insertUser(db, 'admin') };
});
function setup(): { db: Db; admin: SessionUser } {
  return { db: fresh.db, admin: fresh.world.admin };
}

function resultsOf(db: Db, year: number) {
  return db
    .select({
      code: agencies.code,
      total: itaResults.total,
      iit: itaResults.iit,
      eit: itaResults.eit,
      oit: itaResults.oit,
      i1: itaResults.i1,
      i10: itaResults.i10,
      grade: itaResults.grade,
      isDemo: itaResults.isDemo,
    })
    .from(itaResults)
    .innerJoin(agencies, eq(agencies.id, itaResults.agencyId))
    .where(eq(itaResults.year, year))
    .orderBy(asc(agencies.code))
    .all();
}

describe('ita.import: a valid file', () => {
  it('dry-runs without writing, then commits with grades, the import record and an audit row', async () => {
    const { db, admin } = setup();
    const content = csv(VALID);
    const input = { year: 2568, fileName: 'ita-2568.csv', contentBase64: b64(content) };
    const before = tableCounts(db);

    const dry = await callerFor(db, admin).ita.import({ ...input, dryRun: true });
    expect(dry).toMatchObject({ committed: false, rowCount: 4, validRows: 4, errorCount: 0, errors: [], passed: 3, format: 'csv' });
    expect(dry.diff).toMatchObject({ added: 4, changed: 0, removed: 0, unchanged: 0, currentRows: 0 });
    expect(dry.diff?.addedList.find((x) => x.code === 'P71')).toEqual({ code: 'P71', nameTh: 'จังหวัดกาญจนบุรี', before: null, after: 96.5 });
    expect(tableCounts(db)).toEqual(before);

    const done = await callerFor(db, admin).ita.import({ ...input, dryRun: false, basis: dry.basis });
    expect(done.committed).toBe(true);
    const hash = createHash('sha256').update(Buffer.from(content)).digest('hex');
    expect(done.fileHash).toBe(hash);

    expect(resultsOf(db, 2568)).toEqual([
      { code: 'NACC', total: 88, iit: 88, eit: 88, oit: 88, i1: 88, i10: 88, grade: 'good', isDemo: false },
      // สตง.-like case: 94.64 with EIT below 85 is "ผ่าน", not "ผ่านดี".
      { code: 'OCSC', total: 94.64, iit: 94.64, eit: 84.2, oit: 94.64, i1: 94.64, i10: 94.64, grade: 'passed', isDemo: false },
      { code: 'P70', total: 84.99, iit: 84.99, eit: 84.99, oit: 84.99, i1: 84.99, i10: 84.99, grade: 'improve', isDemo: false },
      { code: 'P71', total: 96.5, iit: 96.5, eit: 96.5, oit: 96.5, i1: 96.5, i10: 96.5, grade: 'excellent', isDemo: false },
    ]);
    const log = db.select().from(itaImports).all();
    expect(log).toEqual([
      expect.objectContaining({ year: 2568, fileName: 'ita-2568.csv', fileHash: hash, rowCount: 4, added: 4, changed: 0, removed: 0, userId: admin.id, isDemo: false }),
    ]);
    const audit = db.select().from(auditLog).where(eq(auditLog.entity, 'ita_import')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'import', userId: admin.id, entityId: String(done.importId) });

    const imports = await callerFor(db, admin).ita.imports({});
    expect(imports[0]).toMatchObject({ fileName: 'ita-2568.csv', userDisplayName: admin.displayName, rowCount: 4 });
    const national = await callerFor(db).ita.national();
    expect(national.years).toEqual([expect.objectContaining({ year: 2568, assessed: 4, passed: 3, demoRows: 0 })]);
  });

  it('accepts Thai headers, no BOM, extra columns (reported as ignored) and blank indicators', async () => {
    const { db, admin } = setup();
    const header = ['รหัสหน่วยงาน', 'หมายเหตุ', 'คะแนนรวม', 'คะแนน IIT', 'คะแนน EIT', 'คะแนน OIT', 'ตัวชี้วัดที่ 1'];
    const content = csv([['p71', 'ทดสอบ', 90.125, 91, 92, 89, '']], header, false);
    const dry = await callerFor(db, admin).ita.import({ year: 2567, fileName: 'thai.csv', contentBase64: b64(content) });
    expect(dry.errors).toEqual([]);
    expect(dry.ignoredColumns).toEqual(['หมายเหตุ']);
    await callerFor(db, admin).ita.import({ year: 2567, fileName: 'thai.csv', contentBase64: b64(content), dryRun: false, basis: dry.basis });
    // Scores are stored to two decimals, as published; the code is upper-cased.
    expect(resultsOf(db, 2567)).toEqual([expect.objectContaining({ code: 'P71', total: 90.13, i1: null, grade: 'good' })]);
  });
});

describe('ita.import: a file with one bad row', () => {
  it('commits nothing and reports exactly that row and column', async () => {
    const { db, admin } = setup();
    // Header is row 1, so the third data row is row 4.
    const rows = [...VALID.slice(0, 2), ['OCSC', 105, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90], VALID[3]!];
    const input = { year: 2568, fileName: 'bad.csv', contentBase64: b64(csv(rows)) };
    const before = tableCounts(db);
    const dry = await callerFor(db, admin).ita.import(input);
    expect(dry.errors).toEqual([
      { row: 4, column: 'total', value: '105', code: 'too_big', params: { maximum: 100, inclusive: true } },
    ]);
    expect(dry).toMatchObject({ committed: false, diff: null, validRows: 3, rowCount: 4 });

    const err = await expectTrpcError(callerFor(db, admin).ita.import({ ...input, dryRun: false }), 'file_rejected', 'contentBase64');
    expect(err.params).toEqual({ errors: 1 });
    expect(tableCounts(db)).toEqual(before);
  });

  it.each<[string, Row, { row: number; column: string; value: string; code: ErrorCode; params?: object }]>([
    ['an unknown agency', scores('NOPE-1', 90), { row: 3, column: 'agency_code', value: 'NOPE-1', code: 'unknown_agency_needs_details' }],
    ['a duplicate agency', scores('P71', 90), { row: 3, column: 'agency_code', value: 'P71', code: 'duplicate_row', params: { row: 2 } }],
    ['a score that is not a number', ['P70', 'ดี', 90, 90, 90], { row: 3, column: 'total', value: 'ดี', code: 'not_a_number' }],
    ['a missing tool score', ['P70', 90, 90, '', 90], { row: 3, column: 'eit', value: '', code: 'required' }],
    ['a negative indicator', ['P70', 90, 90, 90, 90, -1], { row: 3, column: 'i1', value: '-1', code: 'too_small', params: { minimum: 0 } }],
    ['a malformed code', scores('P 70', 90), { row: 3, column: 'agency_code', value: 'P 70', code: 'invalid_format' }],
  ])('reports %s', async (_name, bad, expected) => {
    const { db, admin } = setup();
    const dry = await callerFor(db, admin).ita.import({ year: 2568, fileName: 'x.csv', contentBase64: b64(csv([scores('P71', 90), bad])) });
    expect(dry.errors).toHaveLength(1);
    expect(dry.errors[0]).toMatchObject(expected);
  });

  it('reports a missing required column on the header row', async () => {
    const { db, admin } = setup();
    const header = HEADER.filter((h) => h !== 'eit');
    const dry = await callerFor(db, admin).ita.import({
      year: 2568,
      fileName: 'x.csv',
      contentBase64: b64(csv([['P71', 90, 90, 90]], header)),
    });
    expect(dry.errors).toEqual([expect.objectContaining({ row: 1, column: 'eit' })]);
  });

  it('refuses a file that is not UTF-8, and rows marked as demo data', async () => {
    const { db, admin } = setup();
    // "ทดสอบ" in TIS-620 (Windows-874) bytes.
    const tis620 = Buffer.concat([Buffer.from(`${HEADER.join(',')}\r\nP71,`), Buffer.from([0xb7, 0xb4, 0xca, 0xcd, 0xba]), Buffer.from(',1,1,1\r\n')]);
    const notUtf8 = await callerFor(db, admin).ita.import({ year: 2568, fileName: 'x.csv', contentBase64: b64(tis620) });
    expect(notUtf8.errors[0]).toMatchObject({ code: 'file_unreadable', params: { format: 'CSV', reason: 'not_utf8' } });
    const demo = await callerFor(db, admin).ita.import({
      year: 2568,
      fileName: 'x.csv',
      contentBase64: b64(csv([[...scores('P71', 90), 'ใช่']], [...HEADER, 'is_demo'])),
    });
    expect(demo.errors).toEqual([expect.objectContaining({ row: 2, column: 'is_demo' })]);
  });
});

describe('ita.import: CSV and XLSX', () => {
  it('give identical results for the same data', async () => {
    // Two databases: the file's copy and a second copy of the same world.
    const a = setup();
    const b = { db: openCopy(a.db.$client.serialize()), admin: a.admin };
    const rows = [...VALID, ['P50', 77.777, 80, 75, 78.5, '', '', 99.5, '', '', '', '', '', '', '']];
    const fromCsv = await commitItaImport(a.db, a.admin, { year: 2566, fileName: 'same.csv', contentBase64: b64(csv(rows)) });
    const fromXlsx = await commitItaImport(b.db, b.admin, { year: 2566, fileName: 'same.xlsx', contentBase64: b64(await xlsx(rows)) });
    expect(fromXlsx.format).toBe('xlsx');
    const strip = ({ fileName: _f, fileHash: _h, format: _fmt, bytes: _b, importId: _i, basis: _basis, ...rest }: typeof fromCsv) => rest;
    expect(strip(fromXlsx)).toEqual(strip(fromCsv));
    expect(resultsOf(b.db, 2566)).toEqual(resultsOf(a.db, 2566));
    expect(resultsOf(a.db, 2566).find((r) => r.code === 'P50')).toMatchObject({ total: 77.78, grade: 'improve' });
    b.db.$client.close();
  });

  it('reports XLSX errors with the sheet row number', async () => {
    const { db, admin } = setup();
    const dry = await callerFor(db, admin).ita.import({
      year: 2566,
      fileName: 'bad.xlsx',
      contentBase64: b64(await xlsx([scores('P71', 90), ['P70', 101, 90, 90, 90]])),
    });
    expect(dry.errors).toEqual([expect.objectContaining({ row: 3, column: 'total', value: '101' })]);
  });
});

describe('ita.import: re-importing a year', () => {
  it('shows the difference and replaces the year atomically, creating listed new agencies', async () => {
    const { db, admin } = setup();
    const first = csv(VALID);
    await commitItaImport(db, admin, { year: 2568, fileName: 'v1.csv', contentBase64: b64(first) });

    // P71 changes, P70 and NACC stay, OCSC is dropped, a new agency is added with its details.
    const header = [...HEADER, 'agency_name_th', 'level', 'type', 'province_code'];
    const pad = (r: Row) => [...r, '', '', '', ''];
    const second = csv(
      [
        pad(scores('P71', 91)),
        pad(VALID[1]!),
        pad(VALID[3]!),
        [...scores('NEW-SAO-1', 87.5), 'อบต.ใหม่ทดสอบ', 'ส่วนท้องถิ่น', 'อบต.', '71'],
      ],
      header,
    );
    const input = { year: 2568, fileName: 'v2.csv', contentBase64: b64(second) };
    const dry = await callerFor(db, admin).ita.import(input);
    expect(dry.errors).toEqual([]);
    expect(dry.newAgencies).toEqual([expect.objectContaining({ code: 'NEW-SAO-1', level: 'local', type: 'sao', provinceCode: '71' })]);
    expect(dry.diff).toMatchObject({ added: 1, changed: 1, removed: 1, unchanged: 2, currentRows: 4 });
    expect(dry.diff?.addedList.map((x) => [x.code, x.nameTh])).toEqual([['NEW-SAO-1', 'อบต.ใหม่ทดสอบ']]);
    expect(dry.diff?.changedList).toEqual([{ code: 'P71', nameTh: 'จังหวัดกาญจนบุรี', before: 96.5, after: 91 }]);
    expect(dry.diff?.removedList.map((x) => x.code)).toEqual(['OCSC']);
    expect(db.select().from(agencies).where(eq(agencies.code, 'NEW-SAO-1')).get()).toBeUndefined();

    const done = await callerFor(db, admin).ita.import({ ...input, dryRun: false, basis: dry.basis, confirmYear: 2568 });
    expect(done.committed).toBe(true);
    expect(resultsOf(db, 2568).map((r) => [r.code, r.total])).toEqual([
      ['NACC', 88],
      ['NEW-SAO-1', 87.5],
      ['P70', 84.99],
      ['P71', 91],
    ]);
    expect(db.select({ isDemo: agencies.isDemo, level: agencies.level }).from(agencies).where(eq(agencies.code, 'NEW-SAO-1')).get()).toEqual({
      isDemo: false,
      level: 'local',
    });
    const log = db.select({ fileName: itaImports.fileName, added: itaImports.added, changed: itaImports.changed, removed: itaImports.removed }).from(itaImports).all();
    expect(log).toEqual([
      { fileName: 'v1.csv', added: 4, changed: 0, removed: 0 },
      { fileName: 'v2.csv', added: 1, changed: 1, removed: 1 },
    ]);
    expect(db.select().from(auditLog).where(and(eq(auditLog.entity, 'agency'), eq(auditLog.action, 'create'))).all()).toHaveLength(1);

    // The same file again: nothing would change, and the report says it is the latest file.
    const again = await callerFor(db, admin).ita.import(input);
    expect(again.diff).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 4 });
    expect(again.sameAsLatestImport).toBe(true);
  });

  it('replaces demo rows of a year with the imported (real) ones', async () => {
    const { db, admin } = setup();
    const p71 = db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, 'P71')).get()!;
    db.insert(itaResults).values({ agencyId: p71.id, year: 2567, total: 50, grade: 'urgent', isDemo: true }).run();
    const dry = await callerFor(db, admin).ita.import({ year: 2567, fileName: 'real.csv', contentBase64: b64(csv(VALID)) });
    expect(dry.diff).toMatchObject({ currentRows: 1, currentDemoRows: 1, changed: 1, added: 3 });
    await commitItaImport(db, admin, { year: 2567, fileName: 'real.csv', contentBase64: b64(csv(VALID)) });
    expect(resultsOf(db, 2567)).toHaveLength(4);
    expect(resultsOf(db, 2567).every((r) => !r.isDemo)).toBe(true);
    expect((await callerFor(db).ita.national()).years[0]?.demoRows).toBe(0);
  });
});

describe('over HTTP: template, results download and a large upload', () => {
  it('serves a template that imports once filled, and a results file that round-trips unchanged', async () => {
    const { db, admin } = setup();
    const app = await buildApp({ db, serveClient: false, logger: false });
    try {
      const template = await app.inject({ method: 'GET', url: '/download/ita-template.csv' });
      expect(template.statusCode).toBe(200);
      expect(template.headers['content-type']).toContain('text/csv');
      const headerLine = template.body.replace(/^\uFEFF/, '').split('\r\n')[0]!;
      expect(headerLine.startsWith('รหัสหน่วยงาน,ชื่อหน่วยงาน')).toBe(true);
      const filled = template.body + ['P71', '', '', '', '', '', 90, 90, 91, 89].join(',') + '\r\n';
      const dry = await callerFor(db, admin).ita.import({ year: 2568, fileName: 'template.csv', contentBase64: b64(filled) });
      expect(dry.errors).toEqual([]);
      const xlsxTemplate = await app.inject({ method: 'GET', url: '/download/ita-template.xlsx?lang=en' });
      expect(xlsxTemplate.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsxTemplate.rawPayload as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['ITA', 'Guide']);

      await commitItaImport(db, admin, { year: 2568, fileName: 'v1.csv', contentBase64: b64(csv(VALID)) });
      const results = await app.inject({ method: 'GET', url: '/download/ita-results.csv?year=2568' });
      expect(results.statusCode).toBe(200);
      const back = await callerFor(db, admin).ita.import({ year: 2568, fileName: 'back.csv', contentBase64: b64(results.rawPayload) });
      expect(back.errors).toEqual([]);
      expect(back.diff).toMatchObject({ unchanged: 4, added: 0, changed: 0, removed: 0 });
      const badYear = await app.inject({ method: 'GET', url: '/download/ita-results.csv?year=abc' });
      expect(badYear.statusCode).toBe(400);
    } finally {
      await app.close();
    }
  });

  it('accepts a 10,000-row file in one tRPC call (body above Fastify’s 1 MB default)', async () => {
    const { db, admin } = setup();
    const app = await buildApp({ db, serveClient: false, logger: false });
    try {
      const { token } = createSession(db, admin.id);
      // Unknown codes: the point is that the body arrives and every row is validated.
      const rows = Array.from({ length: 10_000 }, (_, i) => scores(`BIG-${i}`, 90.12));
      const input = { year: 2568, fileName: 'big.csv', contentBase64: b64(csv(rows)), dryRun: true };
      const res = await app.inject({
        method: 'POST',
        url: '/trpc/ita.import',
        headers: { 'content-type': 'application/json', cookie: `sid=${token}` },
        payload: JSON.stringify(input),
      });
      expect(JSON.stringify(input).length).toBeGreaterThan(1024 * 1024);
      expect(res.statusCode).toBe(200);
      const body = JSON.parse(res.body) as { result: { data: { rowCount: number; errorCount: number } } };
      expect(body.result.data).toMatchObject({ rowCount: 10_000, errorCount: 10_000 });
    } finally {
      await app.close();
    }
  });
});

describe('ita.import: nothing lost by one click', () => {
  /** A full year (the first 100 rows of the file) as a kept version. */
  const CODES = ['P71', 'P70', 'OCSC', 'NACC', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15', 'P20', 'P21', 'P22', 'P23', 'P24', 'P25', 'P26', 'P27', 'P30', 'P31', 'P32', 'P33'];
  const fullYear = () => CODES.map((code, i) => scores(code, 80 + i / 2));

  async function yearWithVersion(db: Db, admin: SessionUser) {
    const v1 = await commitItaImport(db, admin, { year: 2568, fileName: 'full.csv', contentBase64: b64(csv(fullYear())) });
    return { v1, before: resultsOf(db, 2568) };
  }

  it('refuses a replace that removes rows without the year typed back, and writes nothing', async () => {
    const { db, admin } = setup();
    const { before } = await yearWithVersion(db, admin);
    const input = { year: 2568, fileName: 'four.csv', contentBase64: b64(csv(VALID)) };
    const dry = await callerFor(db, admin).ita.import(input);
    expect(dry.diff).toMatchObject({ removed: CODES.length - 4, confirmationRequired: true, rowsAfter: 4 });
    const counts = tableCounts(db);

    for (const confirmYear of [undefined, 2567]) {
      const err = await expectTrpcError(
        callerFor(db, admin).ita.import({ ...input, dryRun: false, basis: dry.basis, confirmYear }),
        'confirmation_required',
        'confirmYear',
      );
      expect(err.params).toEqual({ year: 2568, removed: CODES.length - 4, changed: 4 });
    }
    expect(tableCounts(db)).toEqual(counts);
    expect(resultsOf(db, 2568)).toEqual(before);

    const done = await callerFor(db, admin).ita.import({ ...input, dryRun: false, basis: dry.basis, confirmYear: 2568 });
    expect(done.committed).toBe(true);
    expect(resultsOf(db, 2568)).toHaveLength(4);
  });

  it('asks for no confirmation to add rows or change at most 5 % of them', async () => {
    const { db, admin } = setup();
    await yearWithVersion(db, admin);
    // One changed row of 22 (4.5 %) and one added, in merge mode: nothing removed.
    const input = { year: 2568, fileName: 'small.csv', contentBase64: b64(csv([scores('P71', 99), scores('P34', 70)])), mode: 'merge' as const };
    const dry = await callerFor(db, admin).ita.import(input);
    expect(dry.diff).toMatchObject({ mode: 'merge', added: 1, changed: 1, removed: 0, kept: CODES.length - 1, rowsAfter: CODES.length + 1, confirmationRequired: false });
    await callerFor(db, admin).ita.import({ ...input, dryRun: false, basis: dry.basis });
    const after = resultsOf(db, 2568);
    expect(after).toHaveLength(CODES.length + 1);
    expect(after.find((r) => r.code === 'P71')?.total).toBe(99);
    expect(after.find((r) => r.code === 'P70')?.total).toBe(80.5);
    // The same change as a replace would remove 21 rows: the server asks.
    const replace = await callerFor(db, admin).ita.import({ ...input, mode: 'replace' });
    expect(replace.diff).toMatchObject({ removed: CODES.length - 1, confirmationRequired: true });
  });

  it('refuses a commit for another file than its dry run, or after another import landed', async () => {
    const { db, admin } = setup();
    const { v1: first } = await yearWithVersion(db, admin);
    const v1 = { importId: first.importId! };
    const input = { year: 2568, fileName: 'next.csv', contentBase64: b64(csv(fullYear().map((r, i) => (i === 0 ? scores('P71', 50) : r)))) };
    const dry = await callerFor(db, admin).ita.import(input);
    expect(dry.basis).toEqual({ fileHash: expect.stringMatching(/^[0-9a-f]{64}$/), importId: v1.importId });
    const counts = tableCounts(db);

    await expectTrpcError(callerFor(db, admin).ita.import({ ...input, dryRun: false }), 'required', 'basis');
    const otherFile = { ...input, contentBase64: b64(csv(fullYear())) };
    await expectTrpcError(callerFor(db, admin).ita.import({ ...otherFile, dryRun: false, basis: dry.basis }), 'import_file_changed', 'basis.fileHash');
    expect(tableCounts(db)).toEqual(counts);

    // Someone else imports in between: the first dry run is stale.
    const between = await commitItaImport(db, admin, { year: 2568, fileName: 'between.csv', contentBase64: b64(csv(fullYear().map((r, i) => (i === 1 ? scores('P70', 51) : r)))) });
    const afterBetween = tableCounts(db);
    const err = await expectTrpcError(callerFor(db, admin).ita.import({ ...input, dryRun: false, basis: dry.basis }), 'import_superseded', 'basis.importId');
    expect(err.params).toEqual({ year: 2568, importId: between.importId });
    expect(err.status).toBe('CONFLICT');
    expect(tableCounts(db)).toEqual(afterBetween);
    expect(resultsOf(db, 2568).find((r) => r.code === 'P71')?.total).toBe(80);
  });

  it('keeps every version; restoring one brings back exactly its rows, atomically and audited', async () => {
    const { db, admin } = setup();
    const { v1: first, before } = await yearWithVersion(db, admin);
    const v1 = { importId: first.importId! };
    await commitItaImport(db, admin, { year: 2568, fileName: 'four.csv', contentBase64: b64(csv(VALID)) });
    expect(resultsOf(db, 2568)).toHaveLength(4);

    const dry = await callerFor(db, admin).ita.version({ importId: v1.importId });
    expect(dry.isCurrent).toBe(false);
    expect(dry.diff).toMatchObject({ added: CODES.length - 4, changed: 4, removed: 0, confirmationRequired: true });
    const counts = tableCounts(db);
    await expectTrpcError(callerFor(db, admin).ita.restore({ importId: v1.importId, basis: dry.basis }), 'confirmation_required', 'confirmYear');
    expect(tableCounts(db)).toEqual(counts);

    const done = await callerFor(db, admin).ita.restore({ importId: v1.importId, basis: dry.basis, confirmYear: 2568, reason: 'wrong file' });
    expect(resultsOf(db, 2568)).toEqual(before);
    const log = await callerFor(db, admin).ita.imports({ year: 2568 });
    expect(log[0]).toMatchObject({ id: done.importId, mode: 'restore', restoredFromId: v1.importId, rowCount: CODES.length, fileName: 'full.csv' });
    const audit = db.select().from(auditLog).where(and(eq(auditLog.entity, 'ita_import'), eq(auditLog.action, 'restore'))).all();
    expect(audit).toEqual([expect.objectContaining({ userId: admin.id, entityId: String(done.importId), reason: 'wrong file' })]);

    // Restoring again is refused: it is the year already. A stale basis is refused too.
    await expectTrpcError(
      callerFor(db, admin).ita.restore({ importId: done.importId, basis: { importId: done.importId } }),
      'version_is_current',
      'importId',
    );
    await expectTrpcError(callerFor(db, admin).ita.restore({ importId: v1.importId, basis: dry.basis, confirmYear: 2568 }), 'import_superseded');
  });

  it("restoring a version keeps a published result's source (total, grade and attribution as entered)", async () => {
    const { db, admin } = setup();
    const p71 = db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, 'P71')).get()!;
    const published = { agencyId: p71.id, year: 2566, total: 94.64, grade: 'pass', sourceUrl: 'https://example.go.th/news/ita-2566', sourceIsSecondary: true, sourceNote: 'news report of the NACC announcement' };
    db.insert(itaResults).values(published).run();
    const source = () => db.select({ total: itaResults.total, grade: itaResults.grade, sourceUrl: itaResults.sourceUrl, sourceIsSecondary: itaResults.sourceIsSecondary, sourceNote: itaResults.sourceNote }).from(itaResults).where(and(eq(itaResults.year, 2566), eq(itaResults.agencyId, p71.id))).get();
    const before = source();
    // A file for the year replaces the entered row (confirmed), then the year is restored.
    const replaced = await commitItaImport(db, admin, { year: 2566, fileName: 'four.csv', contentBase64: b64(csv(VALID)) });
    expect(source()?.sourceUrl ?? null).toBeNull();
    const [baseline] = (await callerFor(db, admin).ita.imports({ year: 2566 })).filter((v) => v.id !== replaced.importId);
    const dry = await callerFor(db, admin).ita.version({ importId: baseline!.id });
    await callerFor(db, admin).ita.restore({ importId: baseline!.id, basis: dry.basis, confirmYear: 2566 });
    expect(source()).toEqual(before);
  });

  it('keeps demo data as a version the first import can be undone to', async () => {
    const { db, admin } = setup();
    const p71 = db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, 'P71')).get()!;
    const demoImport = db
      .insert(itaImports)
      .values({ year: 2567, fileName: 'demo', fileHash: 'x', rowCount: 1, added: 1, changed: 0, removed: 0, isDemo: true })
      .returning()
      .get();
    db.insert(itaResults).values({ agencyId: p71.id, year: 2567, total: 50, grade: 'urgent', isDemo: true, importId: demoImport.id }).run();
    const before = resultsOf(db, 2567);
    await commitItaImport(db, admin, { year: 2567, fileName: 'real.csv', contentBase64: b64(csv(VALID)) });
    const dry = await callerFor(db, admin).ita.version({ importId: demoImport.id });
    await callerFor(db, admin).ita.restore({ importId: demoImport.id, basis: dry.basis, confirmYear: 2567 });
    expect(resultsOf(db, 2567)).toEqual(before);
  });
});

describe('ita.import: the rule set of a year after the known rules', () => {
  const input = (year: number) => ({ year, fileName: `ita-${year}.csv`, contentBase64: b64(csv(VALID)) });

  it('a year after the latest known rule set needs the importer to say which applies (dry run and commit alike)', async () => {
    const { db, admin } = setup();
    const before = tableCounts(db);
    const err = await expectTrpcError(callerFor(db, admin).ita.import({ ...input(2569), dryRun: true }), 'rule_set_required', 'ruleSet');
    expect(err.params).toEqual({ year: 2568 });
    await expectTrpcError(callerFor(db, admin).ita.import({ ...input(2569), dryRun: false }), 'rule_set_required', 'ruleSet');
    expect(tableCounts(db)).toEqual(before);
    // A known year takes its own rules; naming others is refused, not applied silently.
    await expectTrpcError(callerFor(db, admin).ita.import({ ...input(2567), ruleSet: 'bands-2565', dryRun: true }), 'invalid_option', 'ruleSet');
  });

  it('the chosen rule set grades the year, is recorded on the import, and the grades page says it was chosen', async () => {
    const { db, admin } = setup();
    const done = await commitItaImport(db, admin, { ...input(2569), ruleSet: 'levels-2566' });
    expect(done.ruleSet).toBe('levels-2566');
    expect(resultsOf(db, 2569).find((r) => r.code === 'OCSC')?.grade).toBe('passed');
    expect(db.select({ ruleSet: itaImports.ruleSet }).from(itaImports).where(eq(itaImports.year, 2569)).get()?.ruleSet).toBe('levels-2566');
    const grades = (await callerFor(db).ita.grades()).find((g) => g.year === 2569);
    expect(grades).toMatchObject({ ruleSet: 'levels-2566', ruleSetChosen: true, rulesKnownToYear: 2568 });
    await commitItaImport(db, admin, input(2567));
    const known = (await callerFor(db).ita.grades()).find((g) => g.year === 2567);
    expect(known).toMatchObject({ ruleSet: 'levels-2566', ruleSetChosen: false });
    expect(db.select({ ruleSet: itaImports.ruleSet }).from(itaImports).where(eq(itaImports.year, 2567)).get()?.ruleSet).toBeNull();
  });

  it('"revised rules not in this system" keeps the scores and computes no grade', async () => {
    const { db, admin } = setup();
    await commitItaImport(db, admin, { ...input(2570), ruleSet: 'not-rated' });
    const rows = resultsOf(db, 2570);
    expect(rows.map((r) => r.grade)).toEqual(rows.map(() => 'unrated'));
    expect(rows.find((r) => r.code === 'P71')?.total).toBe(96.5);
    const grades = (await callerFor(db).ita.grades()).find((g) => g.year === 2570);
    expect(grades?.ruleSet).toBe('not-rated');
    expect(grades?.grades).toEqual([{ grade: 'unrated', count: VALID.length }]);
  });
});
