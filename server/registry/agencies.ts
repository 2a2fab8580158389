import { TRPCError } from '@trpc/server';
import { and, asc, count, eq, inArray, like, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { agencies, provinces, sessions, users } from '../../db/schema';
import { AGENCY_TYPE_LABELS, AGENCY_TYPES, LEVEL_LABELS, LEVELS, type AgencyType, type Level } from '../../shared/domain';
import {
  AgencyCreateInput,
  type AgencyImportInput,
  type AgencyListInput,
  type AgencySetActiveInput,
  type AgencyUpdateInput,
} from '../../shared/schemas/agencies';
import type { SessionUser } from '../lib/session-user';
import { writeAudit, type DbOrTx } from '../lib/audit';
import { readCsvRows, readXlsxRows, UnreadableFileError, type SheetRow } from '../lib/spreadsheet';

const parents = alias(agencies, 'parent');

const agencyColumns = {
  id: agencies.id,
  code: agencies.code,
  nameTh: agencies.nameTh,
  nameEn: agencies.nameEn,
  level: agencies.level,
  type: agencies.type,
  parentId: agencies.parentId,
  parentCode: parents.code,
  provinceCode: agencies.provinceCode,
  provinceNameTh: provinces.nameTh,
  provinceNameEn: provinces.nameEn,
  active: agencies.active,
  isDemo: agencies.isDemo,
  version: agencies.version,
  updatedAt: agencies.updatedAt,
};

function selectAgencies(db: DbOrTx) {
  return db
    .select(agencyColumns)
    .from(agencies)
    .leftJoin(parents, eq(parents.id, agencies.parentId))
    .leftJoin(provinces, eq(provinces.code, agencies.provinceCode));
}

/** Server-side filtered and paged: the registry holds ~8,300 agencies. */
export function listAgencies(db: Db, input: AgencyListInput) {
  const conditions: SQL[] = [];
  if (input.q) {
    const q = `%${input.q}%`;
    conditions.push(or(like(agencies.code, q), like(agencies.nameTh, q), like(agencies.nameEn, q))!);
  }
  if (input.level) conditions.push(eq(agencies.level, input.level));
  if (input.type) conditions.push(eq(agencies.type, input.type));
  if (input.provinceCode) conditions.push(eq(agencies.provinceCode, input.provinceCode));
  if (input.active !== undefined) conditions.push(eq(agencies.active, input.active));
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = selectAgencies(db).where(where).orderBy(asc(agencies.code)).limit(input.limit).offset(input.offset).all();
  const total = db.select({ n: count() }).from(agencies).where(where).get()?.n ?? 0;
  return { rows, total };
}

function getAgency(db: DbOrTx, id: number): AgencyRow | undefined {
  return selectAgencies(db).where(eq(agencies.id, id)).get();
}

export type AgencyRow = ReturnType<typeof listAgencies>['rows'][number];

type AgencyFields = { code: string; nameTh: string; nameEn: string; level: Level; type: AgencyType; parentId: number | null; provinceCode: string | null };

const auditView = (a: AgencyFields & { active: boolean }) => ({
  code: a.code,
  nameTh: a.nameTh,
  nameEn: a.nameEn,
  level: a.level,
  type: a.type,
  parentId: a.parentId,
  provinceCode: a.provinceCode,
  active: a.active,
});

function checkReferences(db: DbOrTx, fields: Pick<AgencyFields, 'parentId' | 'provinceCode'>, selfId?: number): void {
  if (fields.provinceCode && !db.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, fields.provinceCode)).get()) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: `provinceCode: ไม่พบจังหวัดรหัส ${fields.provinceCode} / unknown province ${fields.provinceCode}` });
  }
  if (fields.parentId !== null) {
    if (fields.parentId === selfId) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'parentId: หน่วยงานเป็นต้นสังกัดของตนเองไม่ได้ / an agency cannot be its own parent' });
    }
    if (!db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, fields.parentId)).get()) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: `parentId: ไม่พบหน่วยงานต้นสังกัด ${fields.parentId} / parent agency ${fields.parentId} not found` });
    }
    if (selfId !== undefined) {
      const parentOf = (id: string) =>
        id === String(selfId) ? String(fields.parentId) : (db.select({ p: agencies.parentId }).from(agencies).where(eq(agencies.id, Number(id))).get()?.p?.toString() ?? null);
      if (formsParentCycle(parentOf, String(selfId))) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'parentId: ต้นสังกัดนี้ทำให้เกิดการวนกลับ / this parent would make the hierarchy loop back' });
      }
    }
  }
}

/** True when following parents from `start` comes back to it (A → B → A). */
export function formsParentCycle(parentOf: (code: string) => string | null, start: string): boolean {
  const seen = new Set<string>();
  for (let code = parentOf(start); code !== null; code = parentOf(code)) {
    if (code === start) return true;
    if (seen.has(code)) return false; // a cycle elsewhere, already refused when it was made
    seen.add(code);
  }
  return false;
}

function assertCodeFree(db: DbOrTx, code: string, selfId?: number): void {
  const existing = db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, code)).get();
  if (existing && existing.id !== selfId) {
    throw new TRPCError({ code: 'CONFLICT', message: `code: รหัสหน่วยงาน ${code} มีอยู่แล้ว / agency code ${code} already exists` });
  }
}

export function createAgency(db: Db, actor: SessionUser, input: AgencyCreateInput) {
  return db.transaction((tx) => {
    assertCodeFree(tx, input.code);
    checkReferences(tx, input);
    const { id } = tx.insert(agencies).values(input).returning({ id: agencies.id }).get();
    const after = getAgency(tx, id)!;
    writeAudit(tx, { userId: actor.id, action: 'create', entity: 'agency', entityId: id, after: auditView(after) });
    return after;
  });
}

function staleAgency(code: string): TRPCError {
  return new TRPCError({
    code: 'CONFLICT',
    message: `หน่วยงาน ${code} ถูกแก้ไขโดยผู้อื่นหลังจากที่ท่านเปิดไว้ กรุณาโหลดใหม่ / agency ${code} was changed by someone else since you loaded it: reload and try again`,
  });
}

export function updateAgency(db: Db, actor: SessionUser, input: AgencyUpdateInput) {
  return db.transaction((tx) => {
    const before = getAgency(tx, input.id);
    if (!before) throw new TRPCError({ code: 'NOT_FOUND', message: `ไม่พบหน่วยงาน ${input.id} / agency ${input.id} not found` });
    if (before.version !== input.version) throw staleAgency(before.code);
    assertCodeFree(tx, input.code, input.id);
    checkReferences(tx, input, input.id);
    const { id, version, ...fields } = input;
    const res = tx
      .update(agencies)
      .set({ ...fields, version: version + 1, updatedAt: new Date().toISOString() })
      .where(and(eq(agencies.id, id), eq(agencies.version, version)))
      .run();
    if (res.changes !== 1) throw staleAgency(before.code);
    const after = getAgency(tx, id)!;
    writeAudit(tx, { userId: actor.id, action: 'update', entity: 'agency', entityId: id, before: auditView(before), after: auditView(after) });
    return after;
  });
}

/** Deactivate (or reactivate): agencies are never deleted, their history stays. */
export function setAgencyActive(db: Db, actor: SessionUser, input: AgencySetActiveInput) {
  return db.transaction((tx) => {
    const before = getAgency(tx, input.id);
    if (!before) throw new TRPCError({ code: 'NOT_FOUND', message: `ไม่พบหน่วยงาน ${input.id} / agency ${input.id} not found` });
    if (before.version !== input.version) throw staleAgency(before.code);
    tx.update(agencies)
      .set({ active: input.active, version: input.version + 1, updatedAt: new Date().toISOString() })
      .where(and(eq(agencies.id, input.id), eq(agencies.version, input.version)))
      .run();
    const after = getAgency(tx, input.id)!;
    if (!input.active) {
      // Its reporters stop acting for it at once (resolveSession also refuses them).
      tx.delete(sessions)
        .where(inArray(sessions.userId, tx.select({ id: users.id }).from(users).where(eq(users.agencyId, input.id))))
        .run();
    }
    writeAudit(tx, {
      userId: actor.id,
      action: input.active ? 'activate' : 'deactivate',
      entity: 'agency',
      entityId: input.id,
      before: { active: before.active },
      after: { active: after.active },
    });
    return after;
  });
}

// ── Import (CSV or XLSX, all-or-nothing) ──────────────────────────────────────

export type ImportRowError = { row: number; field: string; message: string };
export type AgencyImportResult = { rows: number; added: number; updated: number; unchanged: number; errors: ImportRowError[]; written: boolean };

const MAX_IMPORT_ROWS = 20_000;

/** The upload as rows; a file that cannot be read at all is a BAD_REQUEST naming the field. */
async function readTable(buffer: Buffer, format: 'csv' | 'xlsx'): Promise<SheetRow[]> {
  try {
    return format === 'csv' ? readCsvRows(buffer) : await readXlsxRows(buffer);
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e;
    throw new TRPCError({ code: 'BAD_REQUEST', message: `contentBase64: อ่านไฟล์ ${e.format} ไม่ได้ / cannot read the ${e.format} file (${e.reason})` });
  }
}

/** Accepts the code ('central') or either label ('ส่วนกลาง', 'Central'). */
function fromLabel<T extends string>(text: string, codes: readonly T[], labels: Record<T, { th: string; en: string }>): T | null {
  const t = text.trim().toLowerCase();
  for (const code of codes) {
    if (code === t || labels[code].th.toLowerCase() === t || labels[code].en.toLowerCase() === t) return code;
  }
  return null;
}

function parseActive(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (['', '1', 'true', 'yes', 'y', 'ใช้งาน', 'ใช่'].includes(t)) return true;
  if (['0', 'false', 'no', 'n', 'ไม่ใช้งาน', 'ยกเลิก', 'ไม่ใช่'].includes(t)) return false;
  return null;
}

export async function importAgencies(db: Db, actor: SessionUser, input: AgencyImportInput): Promise<AgencyImportResult> {
  const buffer = Buffer.from(input.contentBase64, 'base64');
  const table = await readTable(buffer, input.format);
  const [header = { row: 1, cells: [] }, ...body] = table;
  const columns = header.cells.map((h) => h.toLowerCase().replace(/\s+/g, '_'));
  const errors: ImportRowError[] = [];
  for (const required of ['code', 'name_th', 'level', 'type']) {
    if (!columns.includes(required)) errors.push({ row: 1, field: required, message: `ไม่มีคอลัมน์ ${required} / missing column ${required}` });
  }
  const dataRows = body.map(({ row, cells }) => ({ rowNo: row, cells })).filter((r) => r.cells.some((c) => c !== ''));
  if (dataRows.length > MAX_IMPORT_ROWS) {
    errors.push({ row: 0, field: 'file', message: `เกิน ${MAX_IMPORT_ROWS} แถว / more than ${MAX_IMPORT_ROWS} rows` });
  }
  if (dataRows.length === 0 && errors.length === 0) errors.push({ row: 0, field: 'file', message: 'ไม่มีข้อมูล / the file has no data rows' });
  if (errors.length) return finish(input, { rows: dataRows.length, added: 0, updated: 0, unchanged: 0, errors, written: false });

  const provinceCodes = new Set(db.select({ code: provinces.code }).from(provinces).all().map((p) => p.code));
  const existing = new Map(
    db
      .select({ id: agencies.id, code: agencies.code, nameTh: agencies.nameTh, nameEn: agencies.nameEn, level: agencies.level, type: agencies.type, parentId: agencies.parentId, provinceCode: agencies.provinceCode, active: agencies.active, version: agencies.version })
      .from(agencies)
      .all()
      .map((a) => [a.code, a]),
  );
  const idToCode = new Map([...existing.values()].map((a) => [a.id, a.code]));
  const seen = new Map<string, number>();
  type Parsed = { rowNo: number; fields: Omit<AgencyFields, 'parentId'>; parentCode: string | null; active: boolean };
  const parsed: Parsed[] = [];

  const fileCodes = new Set(dataRows.map(({ cells }) => (cells[columns.indexOf('code')] ?? '').trim().toUpperCase()));
  for (const { rowNo, cells } of dataRows) {
    const get = (name: string) => cells[columns.indexOf(name)] ?? '';
    const rowErrors: ImportRowError[] = [];
    const parentCode = get('parent_code').toUpperCase() || null;
    if (parentCode && !existing.has(parentCode) && !fileCodes.has(parentCode)) {
      rowErrors.push({ row: rowNo, field: 'parent_code', message: `ไม่พบหน่วยงานต้นสังกัด ${parentCode} / unknown parent ${parentCode}` });
    }
    if (parentCode && parentCode === get('code').toUpperCase()) {
      rowErrors.push({ row: rowNo, field: 'parent_code', message: 'เป็นต้นสังกัดของตนเองไม่ได้ / an agency cannot be its own parent' });
    }
    const level = fromLabel(get('level'), LEVELS, LEVEL_LABELS);
    const type = fromLabel(get('type'), AGENCY_TYPES, AGENCY_TYPE_LABELS);
    const active = parseActive(get('active'));
    const provinceCode = get('province_code') === '' ? null : get('province_code').padStart(2, '0');
    const candidate = AgencyCreateInput.safeParse({
      code: get('code'),
      nameTh: get('name_th'),
      nameEn: get('name_en'),
      level: level ?? get('level'),
      type: type ?? get('type'),
      provinceCode,
    });
    if (!candidate.success) {
      for (const issue of candidate.error.issues) rowErrors.push({ row: rowNo, field: String(issue.path[0] ?? ''), message: issue.message });
    }
    if (active === null) rowErrors.push({ row: rowNo, field: 'active', message: 'ต้องเป็น 1/0, true/false / must be 1/0 or true/false' });
    if (provinceCode && !provinceCodes.has(provinceCode)) {
      rowErrors.push({ row: rowNo, field: 'province_code', message: `ไม่พบจังหวัดรหัส ${provinceCode} / unknown province ${provinceCode}` });
    }
    if (candidate.success) {
      const firstRow = seen.get(candidate.data.code);
      if (firstRow !== undefined) {
        rowErrors.push({ row: rowNo, field: 'code', message: `รหัสซ้ำกับแถว ${firstRow} / duplicate of row ${firstRow}` });
      } else seen.set(candidate.data.code, rowNo);
    }
    if (rowErrors.length || !candidate.success) {
      errors.push(...rowErrors);
      continue;
    }
    const { parentId: _unused, ...fields } = candidate.data;
    void _unused;
    parsed.push({ rowNo, fields, parentCode, active: active! });
  }

  // Parents after the import: the file's rows over what is stored.
  const fileParent = new Map(parsed.map((p) => [p.fields.code, p.parentCode]));
  const parentAfter = (code: string) =>
    fileParent.has(code) ? (fileParent.get(code) ?? null) : (() => {
      const old = existing.get(code);
      return old?.parentId ? (idToCode.get(old.parentId) ?? null) : null;
    })();
  for (const p of parsed) {
    if (p.parentCode && formsParentCycle(parentAfter, p.fields.code)) {
      errors.push({ row: p.rowNo, field: 'parent_code', message: `ต้นสังกัด ${p.parentCode} ทำให้เกิดการวนกลับ / parent ${p.parentCode} would make the hierarchy loop back` });
    }
  }

  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const p of parsed) {
    const old = existing.get(p.fields.code);
    if (!old) added++;
    else if (
      old.nameTh !== p.fields.nameTh || old.nameEn !== p.fields.nameEn || old.level !== p.fields.level || old.type !== p.fields.type ||
      old.provinceCode !== p.fields.provinceCode || old.active !== p.active || (old.parentId ? idToCode.get(old.parentId) : null) !== p.parentCode
    ) updated++;
    else unchanged++;
  }
  const summary = { rows: dataRows.length, added, updated, unchanged, errors: errors.sort((a, b) => a.row - b.row), written: false };
  if (errors.length || input.dryRun) return finish(input, summary);

  db.transaction((tx) => {
    const ids = new Map([...existing.values()].map((a) => [a.code, a.id]));
    const now = new Date().toISOString();
    for (const p of parsed) {
      const old = existing.get(p.fields.code);
      if (!old) {
        const { id } = tx.insert(agencies).values({ ...p.fields, active: p.active }).returning({ id: agencies.id }).get();
        ids.set(p.fields.code, id);
        writeAudit(tx, { userId: actor.id, action: 'import', entity: 'agency', entityId: id, after: { ...p.fields, active: p.active, parentCode: p.parentCode } });
      }
    }
    for (const p of parsed) {
      const old = existing.get(p.fields.code);
      const parentId = p.parentCode ? ids.get(p.parentCode)! : null;
      if (!old) {
        if (parentId !== null) tx.update(agencies).set({ parentId }).where(eq(agencies.code, p.fields.code)).run();
        continue;
      }
      const next = { ...p.fields, parentId, active: p.active };
      const same = (Object.keys(next) as Array<keyof typeof next>).every((k) => old[k] === next[k]);
      if (same) continue;
      tx.update(agencies).set({ ...next, version: old.version + 1, updatedAt: now }).where(eq(agencies.id, old.id)).run();
      writeAudit(tx, { userId: actor.id, action: 'import', entity: 'agency', entityId: old.id, before: auditView(old), after: auditView(next) });
    }
    writeAudit(tx, {
      userId: actor.id,
      action: 'import',
      entity: 'agency_import',
      entityId: input.fileName,
      after: { format: input.format, rows: summary.rows, added, updated, unchanged },
    });
  });
  return { ...summary, written: true };
}

/** A real import with errors is refused as a whole, the first errors named in the message. */
function finish(input: AgencyImportInput, result: AgencyImportResult): AgencyImportResult {
  if (input.dryRun || result.errors.length === 0) return result;
  const shown = result.errors.slice(0, 10).map((e) => `แถว/row ${e.row} ${e.field}: ${e.message}`);
  const more = result.errors.length > 10 ? `; … +${result.errors.length - 10}` : '';
  throw new TRPCError({
    code: 'BAD_REQUEST',
    message: `นำเข้าไม่สำเร็จ ไม่มีการบันทึกใด ๆ (${result.errors.length} ข้อผิดพลาด) / import refused, nothing written (${result.errors.length} errors): ${shown.join('; ')}${more}`,
  });
}
