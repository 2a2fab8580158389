// Invitations from a CSV/XLSX of agency contacts (issue 12): agency_code, name, email, role —
// reporter or analyst only (an admin or committee row is refused in the dry run). All or nothing,
// like the other imports: the dry run lists every row error and what would be sent; the commit
// checks again, creates the accounts and queues the invitations spaced out, so ~8,300 invitations
// leave the outbox at a pace a government mail server accepts.
import { and, asc, count, eq, exists, isNotNull, not, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, users } from '../../db/schema';
import { ROLES, ROLE_LABELS, type Role } from '../../shared/domain';
import type { RowError } from '../../shared/errors';
import { EmailSchema } from '../../shared/schemas/common';
import { DisplayNameSchema, INVITABLE_ROLES, type UnreachableAgenciesInput, type UserInviteImportInput } from '../../shared/schemas/users';
import { fieldErrorsFromZod } from '../../shared/schemas/zod';
import { writeAudit } from '../lib/audit';
import { AppError, invalidField } from '../lib/errors';
import type { SessionUser } from '../lib/session-user';
import { paged } from '../lib/paging';
import { containsText } from '../lib/search';
import { readCsvRows, readXlsxRows, UnreadableFileError, type SheetRow } from '../lib/spreadsheet';
import { writeTransaction } from '../lib/transaction';
import { inviteUserTx } from './links';

export const MAX_INVITE_ROWS = 10_000;
/** One invitation leaves the outbox every this many ms (30 a minute): 8,300 take about 4.6 hours. */
export const INVITE_SPACING_MS = 2_000;

export type InviteImportResult = {
  rows: number;
  /** The invitations the file would send (dry run) or sent (commit), first 50 for the preview. */
  invites: Array<{ row: number; agencyCode: string | null; name: string; email: string; role: Role }>;
  inviteCount: number;
  errors: RowError[];
  written: boolean;
};

async function readTable(buffer: Buffer, format: 'csv' | 'xlsx'): Promise<SheetRow[]> {
  try {
    return format === 'csv' ? readCsvRows(buffer) : await readXlsxRows(buffer);
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e;
    throw invalidField('contentBase64', 'file_unreadable', { format: e.format, reason: e.reason });
  }
}

/** "reporter", "ผู้รายงาน", "Reporter" … → the role; null when the text names none. */
function parseRole(text: string): Role | null {
  const t = text.trim().toLowerCase();
  return ROLES.find((r) => r === t || ROLE_LABELS[r].th === text.trim() || ROLE_LABELS[r].en.toLowerCase() === t) ?? null;
}

export async function importInvitations(db: Db, actor: SessionUser, input: UserInviteImportInput, now = new Date()): Promise<InviteImportResult> {
  const table = await readTable(Buffer.from(input.contentBase64, 'base64'), input.format);
  const [header = { row: 1, cells: [] }, ...body] = table;
  const columns = header.cells.map((h) => h.toLowerCase().replace(/\s+/g, '_'));
  const errors: RowError[] = [];
  for (const required of ['name', 'email', 'role']) {
    if (!columns.includes(required)) errors.push({ row: 1, column: required, code: 'missing_column', params: { column: required } });
  }
  const dataRows = body.filter((r) => r.cells.some((c) => c !== ''));
  if (dataRows.length > MAX_INVITE_ROWS) errors.push({ row: 0, column: '', code: 'too_many_rows', params: { maximum: MAX_INVITE_ROWS } });
  if (dataRows.length === 0 && errors.length === 0) errors.push({ row: 0, column: '', code: 'no_data_rows' });
  const empty = { rows: dataRows.length, invites: [], inviteCount: 0, errors, written: false };
  if (errors.length) return finish(input, empty);

  const agencyByCode = new Map(db.select({ id: agencies.id, code: agencies.code, active: agencies.active }).from(agencies).all().map((a) => [a.code, a]));
  const takenEmails = new Set(db.select({ email: users.email }).from(users).where(isNotNull(users.email)).all().map((u) => u.email!));
  const seen = new Map<string, number>();
  const invites: Array<{ row: number; agencyId: number | null; agencyCode: string | null; name: string; email: string; role: 'reporter' | 'analyst' }> = [];
  for (const { row, cells } of dataRows) {
    const get = (name: string) => cells[columns.indexOf(name)] ?? '';
    const rowErrors: RowError[] = [];
    const fail = (column: string, code: RowError['code'], params?: RowError['params']) => rowErrors.push({ row, column, value: get(column), code, ...(params ? { params } : {}) });
    const role = parseRole(get('role'));
    if (!role) fail('role', 'invalid_option', { options: [...INVITABLE_ROLES] });
    else if (!(INVITABLE_ROLES as readonly string[]).includes(role)) fail('role', 'role_not_invitable', { role });
    const name = DisplayNameSchema.safeParse(get('name'));
    if (!name.success) for (const e of fieldErrorsFromZod(name.error)) fail('name', e.code, e.params);
    const email = EmailSchema.safeParse(get('email'));
    if (!email.success) for (const e of fieldErrorsFromZod(email.error)) fail('email', e.code, e.params);
    else if (takenEmails.has(email.data)) fail('email', 'duplicate', { entity: 'user', key: email.data });
    else if (seen.has(email.data)) fail('email', 'duplicate_row', { row: seen.get(email.data)! });
    else seen.set(email.data, row);
    const code = get('agency_code').trim().toUpperCase();
    const agency = code ? agencyByCode.get(code) : undefined;
    if (code && !agency) fail('agency_code', 'unknown_reference', { entity: 'agency', key: code });
    else if (agency && !agency.active) fail('agency_code', 'inactive_reference', { entity: 'agency', key: code });
    // A reporter reports for exactly one agency; an analyst belongs to none.
    if (role === 'reporter' && !code) fail('agency_code', 'agency_role_mismatch');
    if (role === 'analyst' && code) fail('agency_code', 'agency_role_mismatch');
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    invites.push({ row, agencyId: agency?.id ?? null, agencyCode: agency ? code : null, name: name.data!, email: email.data!, role: role as 'reporter' | 'analyst' });
  }
  const preview = invites.slice(0, 50).map(({ agencyId: _a, ...i }) => (void _a, i));
  const summary: InviteImportResult = { rows: dataRows.length, invites: preview, inviteCount: invites.length, errors, written: false };
  if (errors.length || input.dryRun) return finish(input, summary);

  writeTransaction(db, (tx) => {
    invites.forEach((i, n) => {
      inviteUserTx(tx, actor.id, { displayName: i.name, email: i.email, role: i.role, agencyId: i.agencyId, language: input.language }, now, new Date(now.getTime() + n * INVITE_SPACING_MS));
    });
    writeAudit(tx, {
      actorId: actor.id,
      action: 'auth.invitation_import',
      entity: 'user',
      entityId: input.fileName,
      label: input.fileName,
      changes: [
        { field: 'rows', before: null, after: summary.rows },
        { field: 'invited', before: null, after: invites.length },
      ],
    }, now);
  });
  return { ...summary, written: true };
}

/** A real import with errors is refused as a whole; the dry run lists every row error. */
function finish(input: UserInviteImportInput, result: InviteImportResult): InviteImportResult {
  if (input.dryRun || result.errors.length === 0) return result;
  throw new AppError('BAD_REQUEST', { code: 'file_rejected', field: 'contentBase64', params: { errors: result.errors.length } });
}

/**
 * Active agencies that no active reporter with an address speaks for: nobody there receives the
 * period's notice or its reminders. Demo agencies (the ITA demo's synthetic ones) are left out.
 */
export function listUnreachableAgencies(db: Db, input: UnreachableAgenciesInput) {
  const reached = exists(
    db
      .select({ one: sql`1` })
      .from(users)
      .where(and(eq(users.agencyId, agencies.id), eq(users.role, 'reporter'), eq(users.active, true), isNotNull(users.email))),
  );
  const conditions: SQL[] = [eq(agencies.active, true), eq(agencies.isDemo, false), not(reached)];
  if (input.q) conditions.push(containsText(input.q, [agencies.code, agencies.nameTh, agencies.nameEn]));
  const where = and(...conditions);
  return paged(input, {
    rows: (limit, offset) =>
      db.select({ id: agencies.id, code: agencies.code, nameTh: agencies.nameTh, nameEn: agencies.nameEn, type: agencies.type, level: agencies.level }).from(agencies).where(where).orderBy(asc(agencies.code)).limit(limit).offset(offset).all(),
    total: () => db.select({ n: count() }).from(agencies).where(where).get()?.n ?? 0,
  });
}
