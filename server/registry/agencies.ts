import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import { readDataVersions } from '../../db/data-versions';
import { agencies, provinces, sessions, users } from '../../db/schema';
import type { AgencyType, Level } from '../../shared/domain';
import {
  AgencyCreateInput,
  type AgencyImportInput,
  type AgencyListInput,
  type AgencySetActiveInput,
  type AgencyUpdateInput,
} from '../../shared/schemas/agencies';
import type { SessionUser } from '../lib/session-user';
import type { RowError } from '../../shared/errors';
import { writeAudit } from '../lib/audit';
import { AppError, duplicate, invalidField, notFound, refused } from '../lib/errors';
import { needsConfirmation } from '../lib/import-rules';
import { paged } from '../lib/paging';
import { containsText } from '../lib/search';
import { readCsvRows, readXlsxRows, UnreadableFileError, type SheetRow } from '../lib/spreadsheet';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { fieldErrorsFromZod } from '../../shared/schemas/zod';
import { insertAudited, updateVersioned } from '../lib/versioned-write';
import { parseAgencyType, parseLevel } from './vocabulary';

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
  if (input.q) conditions.push(containsText(input.q, [agencies.code, agencies.nameTh, agencies.nameEn]));
  if (input.level) conditions.push(eq(agencies.level, input.level));
  if (input.type) conditions.push(eq(agencies.type, input.type));
  if (input.provinceCode) conditions.push(eq(agencies.provinceCode, input.provinceCode));
  if (input.active !== undefined) conditions.push(eq(agencies.active, input.active));
  const where = conditions.length ? and(...conditions) : undefined;
  return paged(input, {
    rows: (limit, offset) => selectAgencies(db).where(where).orderBy(asc(agencies.code)).limit(limit).offset(offset).all(),
    total: () => db.select({ n: count() }).from(agencies).where(where).get()?.n ?? 0,
  });
}

function getAgency(db: DbOrTx, id: number): AgencyRow | undefined {
  return selectAgencies(db).where(eq(agencies.id, id)).get();
}

export type AgencyRow = ReturnType<typeof listAgencies>['rows'][number];

type AgencyFields = { code: string; nameTh: string; nameEn: string; level: Level; type: AgencyType; parentId: number | null; provinceCode: string | null };

/** The fields of an agency its audit rows record. */
const AGENCY_AUDIT_FIELDS = ['code', 'nameTh', 'nameEn', 'level', 'type', 'parentId', 'provinceCode', 'active'] as const;
export const agencyLabel = (a: { code: string; nameTh: string }) => `${a.code} ${a.nameTh}`;

function checkReferences(db: DbOrTx, fields: Pick<AgencyFields, 'parentId' | 'provinceCode'>, selfId?: number): void {
  if (fields.provinceCode && !db.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, fields.provinceCode)).get()) {
    throw invalidField('provinceCode', 'unknown_reference', { entity: 'province', key: fields.provinceCode });
  }
  if (fields.parentId !== null) {
    if (fields.parentId === selfId) throw invalidField('parentId', 'own_parent');
    if (!db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, fields.parentId)).get()) {
      throw invalidField('parentId', 'unknown_reference', { entity: 'agency', key: fields.parentId });
    }
    if (selfId !== undefined) {
      const parentOf = (id: string) =>
        id === String(selfId) ? String(fields.parentId) : (db.select({ p: agencies.parentId }).from(agencies).where(eq(agencies.id, Number(id))).get()?.p?.toString() ?? null);
      if (formsParentCycle(parentOf, String(selfId))) throw invalidField('parentId', 'parent_cycle', { key: String(fields.parentId) });
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
  if (existing && existing.id !== selfId) throw duplicate('agency', code, 'code');
}

/** Inserts an agency with its audit row (the API, the agency import and the ITA import use this). */
export function insertAgencyAudited(tx: DbOrTx, values: typeof agencies.$inferInsert, actorId: number, reason?: string) {
  return insertAudited(tx, agencies, values, { actorId, entity: 'agency', label: agencyLabel, fields: AGENCY_AUDIT_FIELDS, reason: reason ?? null });
}

const agencyAudit = (actorId: number, action?: string) => ({ actorId, entity: 'agency' as const, label: agencyLabel, fields: AGENCY_AUDIT_FIELDS, ...(action ? { action } : {}) });

export function createAgency(db: Db, actor: SessionUser, input: AgencyCreateInput) {
  return writeTransaction(db, (tx) => {
    assertCodeFree(tx, input.code);
    checkReferences(tx, input);
    const { id } = insertAgencyAudited(tx, input, actor.id);
    return getAgency(tx, id)!;
  });
}

export function updateAgency(db: Db, actor: SessionUser, input: AgencyUpdateInput) {
  return writeTransaction(db, (tx) => {
    if (!getAgency(tx, input.id)) throw notFound('agency', input.id);
    assertCodeFree(tx, input.code, input.id);
    checkReferences(tx, input, input.id);
    const { id, version, ...fields } = input;
    updateVersioned(tx, agencies, { id, version }, fields, agencyAudit(actor.id));
    return getAgency(tx, id)!;
  });
}

/** Deactivate (or reactivate): agencies are never deleted, their history stays. */
export function setAgencyActive(db: Db, actor: SessionUser, input: AgencySetActiveInput) {
  return writeTransaction(db, (tx) => {
    updateVersioned(tx, agencies, { id: input.id, version: input.version }, { active: input.active }, agencyAudit(actor.id, input.active ? 'activate' : 'deactivate'));
    if (!input.active) {
      // Its reporters stop acting for it at once (resolveSession also refuses them).
      tx.delete(sessions)
        .where(inArray(sessions.userId, tx.select({ id: users.id }).from(users).where(eq(users.agencyId, input.id))))
        .run();
    }
    return getAgency(tx, input.id)!;
  });
}

// ── Import (CSV or XLSX, all-or-nothing) ──────────────────────────────────────

type AgencyRef = { code: string; nameTh: string; nameEn: string | null };
export type AgencyImportResult = {
  rows: number;
  added: number;
  /** Existing agencies the file changes, deactivations included. */
  updated: number;
  unchanged: number;
  /** Agencies in use that the file takes out of use (its "removals": agencies are never deleted). */
  deactivated: number;
  deactivatedList: AgencyRef[];
  /** The commit must carry `confirmCount` = `updated` (needsConfirmation, server/lib/import-rules.ts). */
  confirmationRequired: boolean;
  /** What the dry run was computed against; the commit carries it back. */
  basis: { fileHash: string; registryVersion: number };
  errors: RowError[];
  written: boolean;
};

/** How many deactivated agencies the dry run names (the count is always whole). */
const LIST_LIMIT = 50;

/** The import file's column for each input field (errors name the column the person sees). */
const COLUMN_OF: Record<string, string> = { code: 'code', nameTh: 'name_th', nameEn: 'name_en', level: 'level', type: 'type', provinceCode: 'province_code' };

const MAX_IMPORT_ROWS = 20_000;

/** The upload as rows; a file that cannot be read at all is a BAD_REQUEST naming the field. */
async function readTable(buffer: Buffer, format: 'csv' | 'xlsx'): Promise<SheetRow[]> {
  try {
    return format === 'csv' ? readCsvRows(buffer) : await readXlsxRows(buffer);
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e;
    throw invalidField('contentBase64', 'file_unreadable', { format: e.format, reason: e.reason });
  }
}

function parseActive(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (['', '1', 'true', 'yes', 'y', 'ใช้งาน', 'ใช่'].includes(t)) return true;
  if (['0', 'false', 'no', 'n', 'ไม่ใช้งาน', 'ยกเลิก', 'ไม่ใช่'].includes(t)) return false;
  return null;
}

export async function importAgencies(db: Db, actor: SessionUser, input: AgencyImportInput): Promise<AgencyImportResult> {
  const buffer = Buffer.from(input.contentBase64, 'base64');
  const basis = { fileHash: createHash('sha256').update(buffer).digest('hex'), registryVersion: readDataVersions(db).registry };
  const nothing = { added: 0, updated: 0, unchanged: 0, deactivated: 0, deactivatedList: [], confirmationRequired: false, basis };
  const table = await readTable(buffer, input.format);
  const [header = { row: 1, cells: [] }, ...body] = table;
  const columns = header.cells.map((h) => h.toLowerCase().replace(/\s+/g, '_'));
  const errors: RowError[] = [];
  for (const required of ['code', 'name_th', 'level', 'type']) {
    if (!columns.includes(required)) errors.push({ row: 1, column: required, code: 'missing_column', params: { column: required } });
  }
  const dataRows = body.map(({ row, cells }) => ({ rowNo: row, cells })).filter((r) => r.cells.some((c) => c !== ''));
  if (dataRows.length > MAX_IMPORT_ROWS) errors.push({ row: 0, column: '', code: 'too_many_rows', params: { maximum: MAX_IMPORT_ROWS } });
  if (dataRows.length === 0 && errors.length === 0) errors.push({ row: 0, column: '', code: 'no_data_rows' });
  if (errors.length) return finish(input, { rows: dataRows.length, ...nothing, errors, written: false });

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
    const rowErrors: RowError[] = [];
    const fail = (column: string, code: RowError['code'], params?: RowError['params']) =>
      rowErrors.push({ row: rowNo, column, value: get(column), code, ...(params ? { params } : {}) });
    const parentCode = get('parent_code').toUpperCase() || null;
    if (parentCode && !existing.has(parentCode) && !fileCodes.has(parentCode)) fail('parent_code', 'unknown_reference', { entity: 'agency', key: parentCode });
    if (parentCode && parentCode === get('code').toUpperCase()) fail('parent_code', 'own_parent');
    const level = parseLevel(get('level'));
    const type = parseAgencyType(get('type'));
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
      for (const e of fieldErrorsFromZod(candidate.error)) fail(COLUMN_OF[e.field] ?? e.field, e.code, e.params);
    }
    if (active === null) fail('active', 'invalid_option', { options: ['1', '0'] });
    if (provinceCode && !provinceCodes.has(provinceCode)) fail('province_code', 'unknown_reference', { entity: 'province', key: provinceCode });
    if (candidate.success) {
      const firstRow = seen.get(candidate.data.code);
      if (firstRow !== undefined) fail('code', 'duplicate_row', { row: firstRow });
      else seen.set(candidate.data.code, rowNo);
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
      errors.push({ row: p.rowNo, column: 'parent_code', value: p.parentCode, code: 'parent_cycle', params: { key: p.parentCode } });
    }
  }

  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const deactivated: AgencyRef[] = [];
  for (const p of parsed) {
    const old = existing.get(p.fields.code);
    if (old?.active && !p.active) deactivated.push({ code: old.code, nameTh: old.nameTh, nameEn: old.nameEn });
    if (!old) added++;
    else if (
      old.nameTh !== p.fields.nameTh || old.nameEn !== p.fields.nameEn || old.level !== p.fields.level || old.type !== p.fields.type ||
      old.provinceCode !== p.fields.provinceCode || old.active !== p.active || (old.parentId ? idToCode.get(old.parentId) : null) !== p.parentCode
    ) updated++;
    else unchanged++;
  }
  const summary = {
    rows: dataRows.length,
    added,
    updated,
    unchanged,
    deactivated: deactivated.length,
    deactivatedList: deactivated.slice(0, LIST_LIMIT),
    confirmationRequired: needsConfirmation(existing.size, updated, deactivated.length),
    basis,
    errors: errors.sort((a, b) => a.row - b.row),
    written: false,
  };
  if (errors.length || input.dryRun) return finish(input, summary);

  // The commit is held to its dry run: the same file, the registry as it was, and — when it takes
  // agencies out of use or changes many — the number of changed agencies typed back.
  if (!input.basis) throw invalidField('basis', 'required');
  if (input.basis.fileHash !== basis.fileHash) throw refused('import_file_changed', undefined, 'basis.fileHash');
  if (summary.confirmationRequired && input.confirmCount !== updated) {
    throw invalidField('confirmCount', 'agency_import_confirmation', { deactivated: deactivated.length, changed: updated });
  }

  writeTransaction(db, (tx) => {
    // Read on the same connection inside the write lock: what this transaction would change is what was checked.
    if (readDataVersions(db).registry !== input.basis!.registryVersion) throw refused('registry_changed', undefined, 'basis.registryVersion');
    const ids = new Map([...existing.values()].map((a) => [a.code, a.id]));
    const audit = agencyAudit(actor.id, 'import');
    for (const p of parsed) {
      if (existing.has(p.fields.code)) continue;
      const created = insertAgencyAudited(tx, { ...p.fields, active: p.active }, actor.id, input.fileName);
      ids.set(p.fields.code, created.id);
    }
    for (const p of parsed) {
      const old = existing.get(p.fields.code);
      const parentId = p.parentCode ? ids.get(p.parentCode)! : null;
      const next = { ...p.fields, parentId, active: p.active };
      if (!old) {
        // A new agency's parent may be another new row: set once every row exists.
        if (parentId !== null) updateVersioned(tx, agencies, { id: ids.get(p.fields.code)!, version: 1 }, { parentId }, audit);
        continue;
      }
      const same = (Object.keys(next) as Array<keyof typeof next>).every((k) => old[k] === next[k]);
      // The version read before the transaction: a row someone changed meanwhile refuses the whole import.
      if (!same) updateVersioned(tx, agencies, { id: old.id, version: old.version }, next, audit);
    }
    writeAudit(tx, {
      actorId: actor.id,
      action: 'import',
      entity: 'agency_import',
      entityId: input.fileName,
      label: input.fileName,
      changes: [
        { field: 'rows', before: null, after: summary.rows },
        { field: 'added', before: null, after: added },
        { field: 'updated', before: null, after: updated },
        { field: 'unchanged', before: null, after: unchanged },
        { field: 'deactivated', before: null, after: deactivated.length },
      ],
    });
  });
  return { ...summary, written: true };
}

/** A real import with errors is refused as a whole; the dry run lists every row error. */
function finish(input: AgencyImportInput, result: AgencyImportResult): AgencyImportResult {
  if (input.dryRun || result.errors.length === 0) return result;
  throw new AppError('BAD_REQUEST', { code: 'file_rejected', field: 'contentBase64', params: { errors: result.errors.length } });
}
