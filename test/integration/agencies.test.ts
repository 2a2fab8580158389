import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { agencies, auditLog, users } from '../../db/schema';
import { hashPassword } from '../../server/accounts/passwords';
import { createSession, resolveSession } from '../../server/accounts/session';
import { browserFor, callerFor } from '../helpers/caller';
import { freshDbPerTest, tableCounts } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';
import { insertUser } from '../helpers/users';

const fresh = freshDbPerTest((db) => ({ admin: insertUser(db, 'admin') }));
const asAdmin = () => callerFor(fresh.db, fresh.world.admin);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const agency = (code: string) => fresh.db.select().from(agencies).where(eq(agencies.code, code)).get();
type ImportFile = { fileName: string; format: 'csv' | 'xlsx'; contentBase64: string };
/** The import as a person makes it: the dry run, then the commit carrying the dry run's basis. */
async function checkAndImport(caller: ReturnType<typeof asAdmin>, file: ImportFile, confirmCount?: number) {
  const dry = await caller.agency.import({ ...file, dryRun: true });
  return caller.agency.import({ ...file, dryRun: false, basis: dry.basis, ...(confirmCount === undefined ? {} : { confirmCount }) });
}

describe('agency registry', () => {
  it('lists with filters and server-side paging', async () => {
    const anon = callerFor(fresh.db);
    const page = await anon.agency.list({ level: 'regional', limit: 10, offset: 0, active: true });
    expect(page.total).toBe(76);
    expect(page.rows).toHaveLength(10);
    expect(page.rows.every((r) => r.level === 'regional')).toBe(true);
    const next = await anon.agency.list({ level: 'regional', limit: 10, offset: 10, active: true });
    expect(next.rows[0]!.code > page.rows[9]!.code).toBe(true);
    const udon = await anon.agency.list({ q: 'อุดรธานี', limit: 5, offset: 0, active: true });
    expect(udon.rows.map((r) => r.code)).toEqual(['P41']);
    expect(udon.rows[0]).toMatchObject({ provinceNameEn: 'Udon Thani', type: 'province' });
  });

  it('creates, edits with its version, refuses a stale version, and deactivates', async () => {
    const caller = asAdmin();
    const created = await caller.agency.create({ code: 'moe-ops', nameTh: 'สำนักงานปลัดกระทรวงศึกษาธิการ', nameEn: '', level: 'central', type: 'department', parentId: null, provinceCode: '10' });
    expect(created).toMatchObject({ code: 'MOE-OPS', version: 1, active: true });
    const edited = await caller.agency.update({ ...created, nameEn: 'Office of the Permanent Secretary, Ministry of Education', parentId: null, version: 1, active: true });
    expect(edited.version).toBe(2);
    const before = tableCounts(fresh.db);
    const stale = await expectTrpcError(caller.agency.update({ ...created, nameEn: 'lost update', parentId: null, version: 1, active: true }), 'stale_version', 'version');
    expect(stale).toMatchObject({ status: 'CONFLICT', params: { entity: 'agency', label: expect.stringContaining('MOE-OPS') } });
    expect(tableCounts(fresh.db)).toEqual(before);
    expect(fresh.db.select().from(agencies).where(eq(agencies.id, created.id)).get()?.nameEn).toBe('Office of the Permanent Secretary, Ministry of Education');
    const duplicate = await expectTrpcError(caller.agency.create({ code: 'OCSC', nameTh: 'ซ้ำ', nameEn: '', level: 'central', type: 'department', parentId: null, provinceCode: null }), 'duplicate', 'code');
    expect(duplicate.status).toBe('CONFLICT');
    await expectTrpcError(caller.agency.create({ code: 'X1', nameTh: 'x', nameEn: '', level: 'central', type: 'department', parentId: null, provinceCode: '99' }), 'unknown_reference', 'provinceCode');
    expect(tableCounts(fresh.db)).toEqual(before);
    const off = await caller.agency.setActive({ id: created.id, version: 2, active: false });
    expect(off.active).toBe(false);
    expect((await caller.agency.list({ q: 'MOE-OPS', limit: 5, offset: 0, active: true })).total).toBe(0);
    expect((await caller.agency.list({ q: 'MOE-OPS', limit: 5, offset: 0, active: false })).total).toBe(1);
    const actions = fresh.db.select().from(auditLog).where(eq(auditLog.entityId, String(created.id))).all().map((a) => a.action);
    expect(actions).toEqual(['create', 'update', 'deactivate']);
  });
});

describe('agency import (all-or-nothing)', () => {
  const header = 'code,name_th,name_en,level,type,parent_code,province_code,active';

  it('dry-runs, then imports a CSV (Excel BOM, Thai labels) adding and updating by code', async () => {
    const caller = asAdmin();
    const csv =
      '\uFEFF' +
      [
        header,
        'MOE,กระทรวงศึกษาธิการ,Ministry of Education,ส่วนกลาง,กระทรวง,,10,1',
        'OBEC,สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน,,central,department,MOE,10,',
        '"PAO-41","องค์การบริหารส่วนจังหวัดอุดรธานี, ทดสอบ",,local,pao,,41,true',
        'OCSC,สำนักงานคณะกรรมการข้าราชการพลเรือน (สำนักงาน ก.พ.),Office of the Civil Service Commission (OCSC),central,department,,12,1',
      ].join('\r\n');
    const before = tableCounts(fresh.db);
    const dry = await caller.agency.import({ fileName: 'agencies.csv', format: 'csv', contentBase64: b64(csv), dryRun: true });
    expect(dry).toMatchObject({ rows: 4, added: 3, updated: 1, errors: [], written: false });
    expect(tableCounts(fresh.db)).toEqual(before);
    const done = await caller.agency.import({ fileName: 'agencies.csv', format: 'csv', contentBase64: b64(csv), dryRun: false, basis: dry.basis });
    expect(done).toMatchObject({ added: 3, updated: 1, written: true });
    const obec = agency('OBEC')!;
    const moe = agency('MOE')!;
    expect(obec.parentId).toBe(moe.id);
    expect(agency('PAO-41')).toMatchObject({ nameTh: 'องค์การบริหารส่วนจังหวัดอุดรธานี, ทดสอบ', type: 'pao', provinceCode: '41' });
    expect(agency('OCSC')?.version).toBe(2);
    // Importing the same file again changes nothing.
    const again = await checkAndImport(caller, { fileName: 'agencies.csv', format: 'csv', contentBase64: b64(csv) });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 4 });
  });

  it('warns of agencies taken out of use and imports only with the number of changed agencies typed back', async () => {
    const caller = asAdmin();
    const file = { fileName: 'off.csv', format: 'csv' as const, contentBase64: b64([header, 'NACC,สำนักงาน ป.ป.ช.,,central,independent_organ,,12,0', 'NEWX,หน่วยงานใหม่,,central,department,,10,1'].join('\n')) };
    const dry = await caller.agency.import({ ...file, dryRun: true });
    expect(dry).toMatchObject({ added: 1, updated: 1, deactivated: 1, confirmationRequired: true, deactivatedList: [{ code: 'NACC' }] });
    const before = tableCounts(fresh.db);
    const unconfirmed = await expectTrpcError(caller.agency.import({ ...file, dryRun: false, basis: dry.basis }), 'agency_import_confirmation', 'confirmCount');
    expect(unconfirmed.params).toEqual({ deactivated: 1, changed: 1 });
    await expectTrpcError(caller.agency.import({ ...file, dryRun: false, basis: dry.basis, confirmCount: 2 }), 'agency_import_confirmation', 'confirmCount');
    expect(tableCounts(fresh.db)).toEqual(before);
    expect(agency('NACC')?.active).toBe(true);
    const done = await caller.agency.import({ ...file, dryRun: false, basis: dry.basis, confirmCount: 1 });
    expect(done).toMatchObject({ written: true, deactivated: 1 });
    expect(agency('NACC')?.active).toBe(false);
    expect(agency('NEWX')?.active).toBe(true);
  });

  it('holds a commit to its dry run: the basis is required, the file must be the one checked, and the registry unchanged since', async () => {
    const caller = asAdmin();
    const file = { fileName: 'new.csv', format: 'csv' as const, contentBase64: b64([header, 'NEWY,หน่วยงานใหม่,,central,department,,10,1'].join('\n')) };
    const other = b64([header, 'NEWZ,หน่วยงานอื่น,,central,department,,10,1'].join('\n'));
    const dry = await caller.agency.import({ ...file, dryRun: true });
    const before = tableCounts(fresh.db);
    await expectTrpcError(caller.agency.import({ ...file, dryRun: false }), 'required', 'basis');
    await expectTrpcError(caller.agency.import({ ...file, contentBase64: other, dryRun: false, basis: dry.basis }), 'import_file_changed', 'basis.fileHash');
    expect(tableCounts(fresh.db)).toEqual(before);
    // Someone edits the registry between the check and the commit.
    const nacc = agency('NACC')!;
    await caller.agency.setActive({ id: nacc.id, version: nacc.version, active: false });
    const after = tableCounts(fresh.db);
    await expectTrpcError(caller.agency.import({ ...file, dryRun: false, basis: dry.basis }), 'registry_changed', 'basis.registryVersion');
    expect(tableCounts(fresh.db)).toEqual(after);
    expect(agency('NEWY')).toBeUndefined();
    expect(await checkAndImport(caller, file)).toMatchObject({ written: true, added: 1 });
  });

  it('refuses a file with any bad row, writing nothing, and names each row and field', async () => {
    const caller = asAdmin();
    const csv = [
      header,
      'NEW1,หน่วยงานใหม่,,central,department,,10,1',
      'NEW2,,,central,department,,10,1',
      'NEW3,หน่วยงาน,,national,department,,10,1',
      'NEW4,หน่วยงาน,,central,agency,,99,1',
      'NEW1,ซ้ำ,,central,department,,10,1',
      'NEW5,หน่วยงาน,,central,department,NOPE,10,maybe',
    ].join('\n');
    const before = tableCounts(fresh.db);
    const dry = await caller.agency.import({ fileName: 'bad.csv', format: 'csv', contentBase64: b64(csv), dryRun: true });
    const found = dry.errors.map((e) => `${e.row}:${e.column}`);
    expect(found).toEqual(expect.arrayContaining(['3:name_th', '4:level', '5:type', '5:province_code', '6:code', '7:active', '7:parent_code']));
    const e = await expectTrpcError(caller.agency.import({ fileName: 'bad.csv', format: 'csv', contentBase64: b64(csv), dryRun: false }), 'file_rejected');
    expect(e).toMatchObject({ status: 'BAD_REQUEST', params: { errors: dry.errors.length } });
    expect(tableCounts(fresh.db)).toEqual(before);
    expect(agency('NEW1')).toBeUndefined();
  });

  it('refuses a file without the required columns', async () => {
    const caller = asAdmin();
    const dry = await caller.agency.import({ fileName: 'x.csv', format: 'csv', contentBase64: b64('code,name\nA,B\n'), dryRun: true });
    expect(dry.errors.map((e) => e.column)).toEqual(['name_th', 'level', 'type']);
    // A legacy Thai code page (TIS-620) file is refused rather than read as garbage.
    const tis620 = Buffer.concat([Buffer.from('code,name_th,level,type\nA,'), Buffer.from([0xa1, 0xc3, 0xc1]), Buffer.from(',central,department\n')]);
    const e = await expectTrpcError(caller.agency.import({ fileName: 'x.csv', format: 'csv', contentBase64: tis620.toString('base64'), dryRun: true }), 'file_unreadable', 'contentBase64');
    expect(e.params).toMatchObject({ reason: 'not_utf8' });
  });

  it('imports XLSX with the same rules', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('agencies');
    sheet.addRow(header.split(','));
    sheet.addRow(['PAO-41', 'องค์การบริหารส่วนจังหวัดอุดรธานี', '', 'ส่วนท้องถิ่น', 'pao', '', '41', 1]);
    sheet.addRow(['MUNI-4101', 'เทศบาลนครอุดรธานี', 'Udon Thani City Municipality', 'local', 'เทศบาล', 'PAO-41', '41', 1]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const done = await checkAndImport(asAdmin(), { fileName: 'a.xlsx', format: 'xlsx', contentBase64: buffer.toString('base64') });
    expect(done).toMatchObject({ added: 2, written: true });
    expect(agency('MUNI-4101')).toMatchObject({ type: 'municipality', level: 'local', provinceCode: '41', parentId: agency('PAO-41')!.id });
    const broken = await expectTrpcError(asAdmin().agency.import({ fileName: 'a.xlsx', format: 'xlsx', contentBase64: b64('not a zip'), dryRun: true }), 'file_unreadable');
    expect(broken.params).toMatchObject({ format: 'XLSX' });
  });
});

describe('a deactivated agency', () => {
  it('ends its reporters’ sessions and refuses their sign-in', async () => {
    const caller = asAdmin();
    const p50 = agency('P50')!;
    const password = 'a reporter passphrase';
    const reporter = fresh.db
      .insert(users)
      .values({ username: 'reporter.p50', displayName: 'r', passwordHash: await hashPassword(password), role: 'reporter', agencyId: p50.id })
      .returning({ id: users.id })
      .get();
    const { token } = createSession(fresh.db, reporter.id);
    expect(resolveSession(fresh.db, token)?.agencyId).toBe(p50.id);

    await caller.agency.setActive({ id: p50.id, version: p50.version, active: false });
    expect(resolveSession(fresh.db, token)).toBeNull();
    const login = browserFor(fresh.db, '10.9.9.9').caller();
    const refused = await expectTrpcError(login.auth.login({ username: 'reporter.p50', password }), 'agency_deactivated');
    expect(refused.status).toBe('FORBIDDEN');
    // A wrong password still reads as wrong credentials: nothing is revealed to a guesser.
    await expectTrpcError(login.auth.login({ username: 'reporter.p50', password: 'wrong guess!' }), 'wrong_credentials');
  });
});

describe('the parent hierarchy cannot loop', () => {
  it('refuses an edit that makes A → B → A, and an import row that closes a loop; nothing written', async () => {
    const caller = asAdmin();
    const header = 'code,name_th,name_en,level,type,parent_code,province_code,active';
    const csv = [header, 'LOOP-A,หน่วยงานเอ,,central,department,,10,1', 'LOOP-B,หน่วยงานบี,,central,department,LOOP-A,10,1'].join('\n');
    await checkAndImport(caller, { fileName: 'loop.csv', format: 'csv', contentBase64: b64(csv) });
    const a = agency('LOOP-A')!;
    const b = agency('LOOP-B')!;
    const before = tableCounts(fresh.db);

    const edit = await expectTrpcError(
      caller.agency.update({ id: a.id, version: a.version, code: a.code, nameTh: a.nameTh, nameEn: a.nameEn, level: a.level, type: a.type, parentId: b.id, provinceCode: a.provinceCode, active: true }),
      'parent_cycle',
      'parentId',
    );
    expect(edit.status).toBe('BAD_REQUEST');

    const loopCsv = [header, 'LOOP-A,หน่วยงานเอ,,central,department,LOOP-B,10,1'].join('\n');
    const dry = await caller.agency.import({ fileName: 'loop2.csv', format: 'csv', contentBase64: b64(loopCsv), dryRun: true });
    expect(dry.errors).toEqual([expect.objectContaining({ row: 2, column: 'parent_code', code: 'parent_cycle' })]);
    await expectTrpcError(caller.agency.import({ fileName: 'loop2.csv', format: 'csv', contentBase64: b64(loopCsv), dryRun: false }), 'file_rejected');
    expect(tableCounts(fresh.db)).toEqual(before);
  });
});
