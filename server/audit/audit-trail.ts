import { and, count, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, auditLog, indicators, indicatorValues, users, valueSubmissions } from '../../db/schema';
import { AUDIT_ID_FIELDS, type AuditListInput } from '../../shared/schemas/audit';
import { paged } from '../lib/paging';
import { containsText } from '../lib/search';

const nextDay = (isoDate: string) => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

type Change = { field: string; before: unknown; after: unknown };
type Kind = keyof typeof AUDIT_ID_FIELDS;

/** The ids of agencies, indicators and users that the changes of these rows mention. */
function mentionedIds(rows: ReadonlyArray<{ changes: Change[] }>): Record<Kind, number[]> {
  const found: Record<Kind, Set<number>> = { agency: new Set(), indicator: new Set(), user: new Set() };
  for (const row of rows) {
    for (const change of row.changes) {
      for (const kind of Object.keys(AUDIT_ID_FIELDS) as Kind[]) {
        if (!(AUDIT_ID_FIELDS[kind] as readonly string[]).includes(change.field)) continue;
        for (const v of [change.before, change.after]) if (typeof v === 'number' && Number.isInteger(v)) found[kind].add(v);
      }
    }
  }
  return { agency: [...found.agency], indicator: [...found.indicator], user: [...found.user] };
}

/**
 * Names for the ids a page of audit rows mentions, so a person reads "OCSC สำนักงาน ก.พ."
 * rather than "agencyId: 22" (names as they are now; the row's own label is as it was then).
 */
function namesFor(db: Db, rows: ReadonlyArray<{ changes: Change[] }>) {
  const ids = mentionedIds(rows);
  const agencyRows = ids.agency.length
    ? db.select({ id: agencies.id, code: agencies.code, nameTh: agencies.nameTh, nameEn: agencies.nameEn }).from(agencies).where(inArray(agencies.id, ids.agency)).all()
    : [];
  const indicatorRows = ids.indicator.length
    ? db.select({ id: indicators.id, code: indicators.code, nameTh: indicators.nameTh, nameEn: indicators.nameEn }).from(indicators).where(inArray(indicators.id, ids.indicator)).all()
    : [];
  const userRows = ids.user.length ? db.select({ id: users.id, username: users.username, displayName: users.displayName }).from(users).where(inArray(users.id, ids.user)).all() : [];
  return { agencies: agencyRows, indicators: indicatorRows, users: userRows };
}

/**
 * The rows whose `value` is a yes/no indicator's (1 = มี, 0 = ไม่มี): a submission's or a
 * published value's, found through the row it names. A row deleted since reads as a number.
 */
function yesNoRowIds(db: Db, rows: ReadonlyArray<{ id: number; entity: string; entityId: string; changes: Change[] }>): Set<number> {
  const withValue = rows.filter((r) => (r.entity === 'submission' || r.entity === 'value') && r.changes.some((c) => c.field === 'value'));
  const idsOf = (entity: string) => [...new Set(withValue.filter((r) => r.entity === entity).map((r) => Number(r.entityId)).filter(Number.isInteger))];
  const submissionIds = idsOf('submission');
  const valueIds = idsOf('value');
  const yesNoSubmissions = new Set(
    submissionIds.length
      ? db.select({ id: valueSubmissions.id }).from(valueSubmissions).innerJoin(indicators, eq(indicators.id, valueSubmissions.indicatorId)).where(and(inArray(valueSubmissions.id, submissionIds), eq(indicators.unit, 'boolean'))).all().map((r) => r.id)
      : [],
  );
  const yesNoValues = new Set(
    valueIds.length
      ? db.select({ id: indicatorValues.id }).from(indicatorValues).innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId)).where(and(inArray(indicatorValues.id, valueIds), eq(indicators.unit, 'boolean'))).all().map((r) => r.id)
      : [],
  );
  return new Set(withValue.filter((r) => (r.entity === 'submission' ? yesNoSubmissions : yesNoValues).has(Number(r.entityId))).map((r) => r.id));
}

/** Browse the append-only audit trail, newest first, filtered by who, what and when, and paged. */
export function listAudit(db: Db, input: AuditListInput) {
  const conditions: SQL[] = [];
  if (input.entity) conditions.push(eq(auditLog.entity, input.entity));
  if (input.entityId) conditions.push(eq(auditLog.entityId, input.entityId));
  if (input.userId) conditions.push(eq(auditLog.userId, input.userId));
  if (input.action) conditions.push(eq(auditLog.action, input.action));
  if (input.search) conditions.push(containsText(input.search, [auditLog.entityLabel]));
  if (input.from) conditions.push(gte(auditLog.at, input.from));
  if (input.to) conditions.push(lt(auditLog.at, nextDay(input.to)));
  const where = conditions.length ? and(...conditions) : undefined;
  const page = paged(input, {
    rows: (limit, offset) =>
      db
        .select({
          id: auditLog.id,
          at: auditLog.at,
          userId: auditLog.userId,
          username: users.username,
          userDisplayName: users.displayName,
          action: auditLog.action,
          entity: auditLog.entity,
          entityId: auditLog.entityId,
          entityLabel: auditLog.entityLabel,
          changes: auditLog.changes,
          reason: auditLog.reason,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.userId))
        .where(where)
        .orderBy(desc(auditLog.id))
        .limit(limit)
        .offset(offset)
        .all(),
    total: () => db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0,
  });
  const yesNo = yesNoRowIds(db, page.rows);
  return { ...page, rows: page.rows.map((row) => ({ ...row, yesNo: yesNo.has(row.id) })), names: namesFor(db, page.rows) };
}

/** The values the filters can take: entities, actions and the users who wrote anything. */
export function auditFacets(db: Db) {
  const entities = db.selectDistinct({ entity: auditLog.entity }).from(auditLog).orderBy(auditLog.entity).all().map((r) => r.entity);
  const actions = db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action).all().map((r) => r.action);
  const actors = db
    .selectDistinct({ id: users.id, username: users.username, displayName: users.displayName })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.userId))
    .orderBy(users.username)
    .all();
  return { entities, actions, users: actors };
}
