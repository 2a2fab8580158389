// Import of one year's ITA results from CSV (UTF-8, with or without BOM) or XLSX (first sheet).
// A dry run validates every row and reports every error with its row, column, value and reason,
// plus what would change against the year's current data; a commit re-validates and replaces
// the year in one transaction — all rows or none. Format: shared/ita.ts ITA_IMPORT_COLUMNS.
import { createHash } from 'node:crypto';
import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, itaImportRows, itaImports, itaResults, provinces, users } from '../../db/schema';
import { AGENCY_TYPES, LEVELS, type AgencyType, type Level } from '../../shared/domain';
import {
  ITA_IMPORT_COLUMNS,
  ITA_INDICATOR_KEYS,
  ITA_PASS,
  ITA_RULES_KNOWN_TO_YEAR,
  itaGradeByRuleSet,
  knownItaRuleSet,
  roundScore,
  type ItaImportColumn,
  type ItaIndicatorKey,
  type ItaRuleSet,
} from '../../shared/ita';
import { AgencyCodeSchema } from '../../shared/schemas/common';
import type { ItaImportInput, ItaImportListInput, ItaImportRestoreInput, ItaVersionInput } from '../../shared/schemas/ita';
import type { RowError } from '../../shared/errors';
import { writeAudit } from '../lib/audit';
import { AppError, invalidField, notFound, refused } from '../lib/errors';
import type { SessionUser } from '../lib/session-user';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { insertAgencyAudited } from '../registry/agencies';
import { parseAgencyType, parseLevel } from '../registry/vocabulary';
import { readCsvRows, readXlsxRows, UnreadableFileError } from '../lib/spreadsheet';
import { needsConfirmation } from '../lib/import-rules';

export type ItaImportError = RowError;

type ScoreKey = 'total' | 'iit' | 'eit' | 'oit' | ItaIndicatorKey;
const SCORE_KEYS: readonly ScoreKey[] = ['total', 'iit', 'eit', 'oit', ...ITA_INDICATOR_KEYS];
type Scores = Record<ScoreKey, number | null>;

type NewAgency = { row: number; code: string; nameTh: string; nameEn: string; level: Level; type: AgencyType; provinceCode: string | null };
type ValidRow = { row: number; code: string; agencyId: number | null; nameTh: string; scores: Scores };

/** Diff lists are capped so a first import of 8,300 agencies stays a small response; counts are exact. */
const DIFF_LIST_LIMIT = 500;

/** Header text compared without case, spaces, "_", "-", "." or a byte-order mark. */
const normalizeHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.()]+/g, '');

const HEADER_INDEX: Map<string, ItaImportColumn> = new Map(
  ITA_IMPORT_COLUMNS.flatMap((c) => [c.key, c.th, ...c.aliases].map((name) => [normalizeHeader(name), c] as const)),
);

const TRUTHY = new Set(['1', 'true', 'yes', 'y', 'ใช่', 'demo', 'สาธิต']);

type Sheet = { format: 'csv' | 'xlsx'; rows: Array<{ row: number; cells: string[] }> };
type FileProblem = { error: ItaImportError };

/** Reads the upload; a file that cannot be read at all becomes one error at its row. */
async function readSheet(buffer: Buffer, format: 'csv' | 'xlsx'): Promise<Sheet | FileProblem> {
  try {
    return { format, rows: format === 'xlsx' ? await readXlsxRows(buffer) : readCsvRows(buffer) };
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e;
    return { error: { row: e.row, column: '', value: '', code: 'file_unreadable', params: { format: e.format, reason: e.reason } } };
  }
}

/** Parses "85.5"; blank is null; anything else not a number is an error. */
function parseScore(text: string): number | null | 'invalid' {
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : 'invalid';
}

type ReadFile = { sheet: Sheet | FileProblem; fileHash: string; format: 'csv' | 'xlsx'; bytes: number };

async function readItaFile(input: ItaImportInput): Promise<ReadFile> {
  const buffer = Buffer.from(input.contentBase64, 'base64');
  const fileHash = createHash('sha256').update(buffer).digest('hex');
  const isXlsx = /\.xlsx$/i.test(input.fileName);
  const format = isXlsx ? 'xlsx' : 'csv';
  return { sheet: await readSheet(buffer, format), fileHash, format, bytes: buffer.length };
}

/** Synchronous, so that validation, diff and commit see the same database state. */
function validateItaFile(db: Db, input: ItaImportInput, { sheet, fileHash, format, bytes }: ReadFile) {
  const errors: ItaImportError[] = [];
  const ignoredColumns: string[] = [];
  const newAgencies: NewAgency[] = [];
  const valid: ValidRow[] = [];
  const base = { year: input.year, fileName: input.fileName, fileHash, format, bytes };

  if ('error' in sheet) return { ...base, rowCount: 0, errors: [sheet.error], ignoredColumns, newAgencies, valid };
  const [header, ...data] = sheet.rows;
  if (!header) {
    return { ...base, rowCount: 0, errors: [{ row: 1, column: '', value: '', code: 'empty_file' } as RowError], ignoredColumns, newAgencies, valid };
  }

  // Map header cells to the documented columns.
  const at = new Map<string, { index: number; header: string }>();
  header.cells.forEach((text, index) => {
    if (text === '') return;
    const column = HEADER_INDEX.get(normalizeHeader(text));
    if (!column) return void ignoredColumns.push(text);
    const seen = at.get(column.key);
    if (seen) {
      errors.push({ row: header.row, column: text, value: text, code: 'duplicate_column', params: { column: seen.header } });
    } else at.set(column.key, { index, header: text });
  });
  for (const column of ITA_IMPORT_COLUMNS) {
    if (column.required && !at.has(column.key)) {
      errors.push({ row: header.row, column: column.key, value: '', code: 'missing_column', params: { column: column.key } });
    }
  }
  if (errors.length) return { ...base, rowCount: data.length, errors, ignoredColumns, newAgencies, valid };
  if (!data.length) {
    return {
      ...base,
      rowCount: 0,
      errors: [{ row: header.row + 1, column: '', value: '', code: 'no_data_rows' } as RowError],
      ignoredColumns,
      newAgencies,
      valid,
    };
  }

  const known = new Map(
    db
      .select({ id: agencies.id, code: agencies.code, nameTh: agencies.nameTh })
      .from(agencies)
      .all()
      .map((a) => [a.code, a]),
  );
  const provinceCodes = new Set(db.select({ code: provinces.code }).from(provinces).all().map((p) => p.code));
  const firstRowOf = new Map<string, number>();

  for (const { row, cells } of data) {
    const cell = (key: string) => {
      const c = at.get(key);
      return c ? { text: cells[c.index] ?? '', column: c.header } : { text: '', column: key };
    };
    const fail = (key: string, code: RowError['code'], params?: RowError['params']) => {
      const c = cell(key);
      errors.push({ row, column: c.column, value: c.text, code, ...(params ? { params } : {}) });
    };
    const before = errors.length;

    const demo = cell('is_demo');
    if (TRUTHY.has(demo.text.toLowerCase())) {
      fail('is_demo', 'demo_row');
    }

    const rawCode = cell('agency_code').text;
    const parsedCode = AgencyCodeSchema.safeParse(rawCode);
    let code: string | null = null;
    if (!parsedCode.success) {
      fail('agency_code', rawCode === '' ? 'required' : 'invalid_format');
    } else {
      code = parsedCode.data;
      const first = firstRowOf.get(code);
      if (first !== undefined) {
        fail('agency_code', 'duplicate_row', { row: first });
        code = null;
      } else firstRowOf.set(code, row);
    }

    let agencyId: number | null = null;
    let newAgency: NewAgency | null = null;
    if (code) {
      agencyId = known.get(code)?.id ?? null;
      if (agencyId === null) {
        const nameTh = cell('agency_name_th').text;
        if (nameTh === '') {
          fail('agency_code', 'unknown_agency_needs_details');
        } else {
          const levelText = cell('level').text;
          const typeText = cell('type').text;
          const provinceText = cell('province_code').text;
          const level = parseLevel(levelText);
          const type = parseAgencyType(typeText);
          if (!level) fail('level', 'invalid_option', { options: [...LEVELS] });
          if (!type) fail('type', 'invalid_option', { options: [...AGENCY_TYPES] });
          const provinceCode = provinceText === '' ? null : provinceText.padStart(2, '0');
          if (provinceCode !== null && !provinceCodes.has(provinceCode)) fail('province_code', 'unknown_reference', { entity: 'province', key: provinceCode });
          if (provinceCode === null && level && level !== 'central') {
            fail('province_code', 'province_required');
          }
          if (nameTh.length > 300) fail('agency_name_th', 'too_long', { maximum: 300 });
          if (level && type) {
            newAgency = { row, code, nameTh, nameEn: cell('agency_name_en').text.slice(0, 300), level, type, provinceCode };
          }
        }
      }
    }

    const scores = {} as Scores;
    for (const key of SCORE_KEYS) {
      const required = ITA_IMPORT_COLUMNS.find((c) => c.key === key)?.required ?? false;
      const { text } = cell(key);
      const value = parseScore(text);
      if (value === 'invalid') fail(key, 'not_a_number');
      else if (value === null && required) fail(key, 'required');
      else if (value !== null && value < 0) fail(key, 'too_small', { minimum: 0, inclusive: true });
      else if (value !== null && value > 100) fail(key, 'too_big', { maximum: 100, inclusive: true });
      // Published to two decimals; stored the same way so the pass mark compares exactly.
      scores[key] = typeof value === 'number' ? roundScore(value) : null;
    }

    if (errors.length === before && code) {
      valid.push({ row, code, agencyId, nameTh: known.get(code)?.nameTh ?? newAgency?.nameTh ?? code, scores });
      if (newAgency) newAgencies.push(newAgency);
    }
  }
  return { ...base, rowCount: data.length, errors, ignoredColumns, newAgencies, valid };
}

type CurrentRow = { agencyId: number; code: string; nameTh: string; isDemo: boolean } & Scores;

function currentYear(db: DbOrTx, year: number): CurrentRow[] {
  return db
    .select({
      agencyId: itaResults.agencyId,
      code: agencies.code,
      nameTh: agencies.nameTh,
      isDemo: itaResults.isDemo,
      ...Object.fromEntries(SCORE_KEYS.map((k) => [k, itaResults[k]])),
    })
    .from(itaResults)
    .innerJoin(agencies, eq(agencies.id, itaResults.agencyId))
    .where(eq(itaResults.year, year))
    .all() as CurrentRow[];
}

/**
 * What a commit would change: agencies added to, changed in and removed from the year. A merge
 * removes nothing. `confirmationRequired` is the rule the server holds a commit to.
 */
function diffAgainstYear(db: DbOrTx, year: number, rows: ValidRow[], mode: 'replace' | 'merge') {
  const current = currentYear(db, year);
  const byCode = new Map(current.map((c) => [c.code, c]));
  const inFile = new Set(rows.map((r) => r.code));
  type Entry = { code: string; nameTh: string; before: number | null; after: number | null };
  const added: Entry[] = [];
  const changed: Entry[] = [];
  let unchanged = 0;
  for (const r of rows) {
    const old = byCode.get(r.code);
    const nameTh = old?.nameTh ?? r.nameTh;
    if (!old) added.push({ code: r.code, nameTh, before: null, after: r.scores.total });
    else if (SCORE_KEYS.some((k) => (old[k] === null ? null : roundScore(old[k])) !== r.scores[k])) {
      changed.push({ code: r.code, nameTh, before: old.total, after: r.scores.total });
    } else unchanged += 1;
  }
  const removed: Entry[] =
    mode === 'merge' ? [] : current.filter((c) => !inFile.has(c.code)).map((c) => ({ code: c.code, nameTh: c.nameTh, before: c.total, after: null }));
  const kept = mode === 'merge' ? current.length - rows.filter((r) => byCode.has(r.code)).length : 0;
  const cap = (list: Entry[]) => list.slice(0, DIFF_LIST_LIMIT);
  return {
    mode,
    currentRows: current.length,
    currentDemoRows: current.filter((c) => c.isDemo).length,
    added: added.length,
    changed: changed.length,
    removed: removed.length,
    unchanged,
    /** Merge: rows of the year the file does not mention, left as they are. */
    kept,
    rowsAfter: mode === 'merge' ? current.length + added.length : rows.length,
    confirmationRequired: needsConfirmation(current.length, changed.length, removed.length),
    addedList: cap(added),
    changedList: cap(changed),
    removedList: cap(removed),
    listLimit: DIFF_LIST_LIMIT,
  };
}
type Diff = ReturnType<typeof diffAgainstYear>;


/** The server's side of the confirmation: the year typed back, checked against the diff it computed itself. */
function holdToConfirmation(year: number, diff: Pick<Diff, 'confirmationRequired' | 'removed' | 'changed'>, confirmYear: number | undefined) {
  if (diff.confirmationRequired && confirmYear !== year) {
    throw invalidField('confirmYear', 'confirmation_required', { year, removed: diff.removed, changed: diff.changed });
  }
}

function latestImport(db: DbOrTx, year: number) {
  return db
    .select({ id: itaImports.id, fileHash: itaImports.fileHash })
    .from(itaImports)
    .where(eq(itaImports.year, year))
    .orderBy(desc(itaImports.id))
    .limit(1)
    .get();
}

/** Refuses a commit computed against another state of the year than the current one. */
function holdToBasis(tx: DbOrTx, year: number, basisImportId: number | null) {
  const latest = latestImport(tx, year);
  if ((latest?.id ?? null) !== basisImportId) throw refused('import_superseded', { year, importId: latest?.id ?? null }, 'basis.importId');
  return latest;
}

const versionRowCount = (tx: DbOrTx, importId: number) =>
  tx.select({ n: count() }).from(itaImportRows).where(eq(itaImportRows.importId, importId)).get()?.n ?? 0;

/**
 * Keeps the year as it stands before a write as a version: the latest import's rows when they
 * were not kept yet (demo data, imports from before versions were kept), or a baseline version
 * for rows without any import.
 */
function keepCurrentVersion(tx: DbOrTx, db: Db, year: number, latest: { id: number } | undefined, userId: number) {
  const rows = tx.select({ n: count() }).from(itaResults).where(eq(itaResults.year, year)).get()?.n ?? 0;
  if (rows === 0) return;
  let id = latest?.id;
  if (id !== undefined && versionRowCount(tx, id) > 0) return;
  if (id === undefined) {
    id = tx
      .insert(itaImports)
      .values({ year, fileName: '', fileHash: '', rowCount: rows, added: 0, changed: 0, removed: 0, userId, isDemo: false, mode: 'baseline' })
      .returning({ id: itaImports.id })
      .get().id;
  }
  snapshotYear(db, year, id);
}

/** What a kept version holds of each row, and what restoring it writes back: scores, grade, demo flag and a published result's source. */
const VERSION_COLUMNS = ['agency_id', ...SCORE_KEYS, 'grade', 'is_demo', 'source_url', 'source_is_secondary', 'source_note'].join(', ');

/** Copies the year's current rows into version `importId`. */
function snapshotYear(db: Db, year: number, importId: number) {
  db.$client.prepare(`insert into ita_import_row (import_id, ${VERSION_COLUMNS}) select ?, ${VERSION_COLUMNS} from ita_result where year = ?`).run(importId, year);
}

/**
 * Validates a file and, unless it is a dry run, commits it: new agencies are created, the
 * year's results are replaced (or merged), the new version is kept and the import and an audit
 * row are recorded — in one transaction. A file with any error commits nothing; nor does a
 * commit for another file or year state than its dry run, or one that needed a confirmation
 * it did not carry.
 */
/**
 * The rule set the year's grades are computed with. A year whose rules are known uses them; a
 * later year (the ITA is being revised) needs the importer to say which applies.
 */
export function resolveItaRuleSet(year: number, asked: ItaRuleSet | undefined): { ruleSet: ItaRuleSet; asked: boolean } {
  const known = knownItaRuleSet(year);
  if (known === null) {
    if (!asked) throw invalidField('ruleSet', 'rule_set_required', { year: ITA_RULES_KNOWN_TO_YEAR });
    return { ruleSet: asked, asked: true };
  }
  if (asked && asked !== known) throw invalidField('ruleSet', 'invalid_option', { options: [known] });
  return { ruleSet: known, asked: false };
}

export async function importItaResults(db: Db, user: SessionUser, input: ItaImportInput) {
  const rules = resolveItaRuleSet(input.year, input.ruleSet);
  const file = await readItaFile(input);
  const checked = validateItaFile(db, input, file);
  const { valid, newAgencies, ...fileReport } = checked;
  const latest = latestImport(db, input.year);
  const summary = {
    ...fileReport,
    mode: input.mode,
    errorCount: checked.errors.length,
    validRows: valid.length,
    newAgencies,
    passed: valid.filter((r) => (r.scores.total ?? 0) >= ITA_PASS).length,
    sameAsLatestImport: latest?.fileHash === checked.fileHash,
    /** What a commit must carry back. */
    basis: { fileHash: checked.fileHash, importId: latest?.id ?? null },
    ruleSet: rules.ruleSet,
  };
  if (checked.errors.length) {
    if (input.dryRun) return { ...summary, diff: null, committed: false as const, importId: null };
    throw new AppError('BAD_REQUEST', { code: 'file_rejected', field: 'contentBase64', params: { errors: checked.errors.length } });
  }
  if (input.dryRun) {
    return { ...summary, diff: diffAgainstYear(db, input.year, valid, input.mode), committed: false as const, importId: null };
  }
  const basis = input.basis;
  if (!basis) throw invalidField('basis', 'required');
  if (basis.fileHash !== checked.fileHash) throw refused('import_file_changed', undefined, 'basis.fileHash');

  // The diff is taken inside the write transaction, so it describes exactly what is written.
  const { importId, diff } = writeTransaction(db, (tx) => {
    const latestNow = holdToBasis(tx, input.year, basis.importId);
    const diff = diffAgainstYear(tx, input.year, valid, input.mode);
    holdToConfirmation(input.year, diff, input.confirmYear);
    keepCurrentVersion(tx, db, input.year, latestNow, user.id);
    const ids = new Map<string, number>();
    for (const a of newAgencies) {
      const { row: _row, ...values } = a;
      const created = insertAgencyAudited(tx, { ...values, isDemo: false }, user.id, `ITA ${input.year}: ${input.fileName}`);
      ids.set(a.code, created.id);
    }
    const id = tx
      .insert(itaImports)
      .values({
        year: input.year,
        fileName: input.fileName,
        fileHash: checked.fileHash,
        rowCount: diff.rowsAfter,
        added: diff.added,
        changed: diff.changed,
        removed: diff.removed,
        userId: user.id,
        isDemo: false,
        mode: input.mode,
        // Recorded only when the importer chose it (a year after the known rules).
        ruleSet: rules.asked ? rules.ruleSet : null,
      })
      .returning({ id: itaImports.id })
      .get().id;
    const agencyIdOf = (r: ValidRow) => r.agencyId ?? ids.get(r.code)!;
    if (input.mode === 'replace') tx.delete(itaResults).where(eq(itaResults.year, input.year)).run();
    else {
      const drop = db.$client.prepare('delete from ita_result where year = ? and agency_id = ?');
      for (const r of valid) if (r.agencyId !== null) drop.run(input.year, r.agencyId);
    }
    // One prepared statement on the same connection, inside this transaction: building 8,300
    // rows through the query builder costs several times more.
    const insert = db.$client.prepare(
      `insert into ita_result (agency_id, year, ${SCORE_KEYS.join(', ')}, grade, import_id, is_demo)
       values (${Array(SCORE_KEYS.length + 4).fill('?').join(', ')}, 0)`,
    );
    for (const r of valid) {
      const s = r.scores;
      insert.run(
        agencyIdOf(r),
        input.year,
        ...SCORE_KEYS.map((k) => s[k]),
        itaGradeByRuleSet(rules.ruleSet, { total: s.total!, iit: s.iit, eit: s.eit, oit: s.oit }),
        id,
      );
    }
    snapshotYear(db, input.year, id);
    writeAudit(tx, {
      actorId: user.id,
      action: input.mode === 'merge' ? 'import_merge' : 'import',
      entity: 'ita_import',
      entityId: id,
      label: `ITA ${input.year}: ${input.fileName}`,
      changes: [
        { field: 'rows', before: diff.currentRows, after: diff.rowsAfter },
        { field: 'added', before: null, after: diff.added },
        { field: 'changed', before: null, after: diff.changed },
        { field: 'removed', before: null, after: diff.removed },
        { field: 'newAgencies', before: null, after: newAgencies.map((a) => a.code) },
        { field: 'ruleSet', before: null, after: rules.ruleSet },
      ],
      reason: diff.confirmationRequired ? `confirmed: ${input.year}` : null,
    });
    return { importId: id, diff };
  });
  // Keep the planner's statistics in step with a year that may have changed size.
  db.$client.exec('ANALYZE ita_result');
  return { ...summary, diff, committed: true as const, importId };
}

/** A kept version's rows in the shape the diff compares. */
function versionRows(db: DbOrTx, importId: number): Array<ValidRow & { agencyId: number; isDemo: boolean; grade: string }> {
  const rows = db
    .select({
      agencyId: itaImportRows.agencyId,
      code: agencies.code,
      nameTh: agencies.nameTh,
      grade: itaImportRows.grade,
      isDemo: itaImportRows.isDemo,
      ...Object.fromEntries(SCORE_KEYS.map((k) => [k, itaImportRows[k]])),
    })
    .from(itaImportRows)
    .innerJoin(agencies, eq(agencies.id, itaImportRows.agencyId))
    .where(eq(itaImportRows.importId, importId))
    .all() as Array<{ agencyId: number; code: string; nameTh: string; grade: string; isDemo: boolean } & Scores>;
  return rows.map((r) => ({
    row: 0,
    code: r.code,
    agencyId: r.agencyId,
    nameTh: r.nameTh,
    grade: r.grade,
    isDemo: r.isDemo,
    scores: Object.fromEntries(SCORE_KEYS.map((k) => [k, r[k] === null ? null : roundScore(r[k])])) as Scores,
  }));
}

function loadImport(db: DbOrTx, importId: number) {
  const source = db.select().from(itaImports).where(eq(itaImports.id, importId)).get();
  if (!source) throw notFound('ita_import', importId, 'importId');
  return source;
}

/** A kept version for restoring: its rows, refused when they were not kept. */
function restorableVersion(db: DbOrTx, importId: number) {
  const source = loadImport(db, importId);
  const rows = versionRows(db, source.id);
  // A version that was never kept (demo data or an import from before versions were kept) can
  // only be the year's current state, where there is nothing to restore.
  if (rows.length === 0 && source.rowCount > 0) throw refused('version_unavailable', { key: source.id }, 'importId');
  const sourceMeta = { id: source.id, year: source.year, fileName: source.fileName, fileHash: source.fileHash, mode: source.mode, createdAt: source.createdAt, rowCount: source.rowCount };
  return { source, sourceMeta, rows };
}

/** View a kept version against the year now: what restoring it would change, and the basis a restore must carry. */
export function previewItaVersion(db: Db, input: ItaVersionInput) {
  const { sourceMeta, rows } = restorableVersion(db, input.importId);
  const latest = latestImport(db, sourceMeta.year);
  return { source: sourceMeta, isCurrent: latest?.id === sourceMeta.id, diff: diffAgainstYear(db, sourceMeta.year, rows, 'replace'), basis: { importId: latest?.id ?? null } };
}

/**
 * Brings back a kept version of a year: replaces the year with exactly that version's rows as
 * a new version, audited, in one transaction — under the same basis and confirmation rules as
 * an import.
 */
export function restoreItaImport(db: Db, user: SessionUser, input: ItaImportRestoreInput) {
  const { source, sourceMeta, rows } = restorableVersion(db, input.importId);
  const basis = input.basis;
  const { importId, diff } = writeTransaction(db, (tx) => {
    const latestNow = holdToBasis(tx, source.year, basis.importId);
    if (latestNow?.id === source.id) throw refused('version_is_current', undefined, 'importId');
    const diff = diffAgainstYear(tx, source.year, rows, 'replace');
    holdToConfirmation(source.year, diff, input.confirmYear);
    keepCurrentVersion(tx, db, source.year, latestNow, user.id);
    const id = tx
      .insert(itaImports)
      .values({
        year: source.year,
        fileName: source.fileName,
        fileHash: source.fileHash,
        rowCount: rows.length,
        added: diff.added,
        changed: diff.changed,
        removed: diff.removed,
        userId: user.id,
        isDemo: false,
        mode: 'restore',
        restoredFromId: source.id,
      })
      .returning({ id: itaImports.id })
      .get().id;
    tx.delete(itaResults).where(eq(itaResults.year, source.year)).run();
    db.$client
      .prepare(`insert into ita_result (year, import_id, ${VERSION_COLUMNS}) select ?, ?, ${VERSION_COLUMNS} from ita_import_row where import_id = ?`)
      .run(source.year, id, source.id);
    snapshotYear(db, source.year, id);
    writeAudit(tx, {
      actorId: user.id,
      action: 'restore',
      entity: 'ita_import',
      entityId: id,
      label: `ITA ${source.year}: ${source.fileName || '–'} (#${source.id})`,
      changes: [
        { field: 'restoredFrom', before: latestNow?.id ?? null, after: source.id },
        { field: 'rows', before: diff.currentRows, after: rows.length },
        { field: 'added', before: null, after: diff.added },
        { field: 'changed', before: null, after: diff.changed },
        { field: 'removed', before: null, after: diff.removed },
      ],
      reason: input.reason ?? null,
    });
    return { importId: id, diff };
  });
  db.$client.exec('ANALYZE ita_result');
  return { source: sourceMeta, diff, importId };
}

/** The import log: who imported which file for which year, when, and what it changed. */
export function listItaImports(db: Db, input: ItaImportListInput) {
  return db
    .select({
      id: itaImports.id,
      year: itaImports.year,
      fileName: itaImports.fileName,
      fileHash: itaImports.fileHash,
      rowCount: itaImports.rowCount,
      added: itaImports.added,
      changed: itaImports.changed,
      removed: itaImports.removed,
      isDemo: itaImports.isDemo,
      mode: itaImports.mode,
      restoredFromId: itaImports.restoredFromId,
      ruleSet: itaImports.ruleSet,
      createdAt: itaImports.createdAt,
      userDisplayName: users.displayName,
    })
    .from(itaImports)
    .leftJoin(users, eq(users.id, itaImports.userId))
    .where(input.year ? eq(itaImports.year, input.year) : undefined)
    .orderBy(desc(itaImports.id))
    .limit(200)
    .all();
}
